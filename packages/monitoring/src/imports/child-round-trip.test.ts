import { asylumStatuses, childSchema, communicationNeeds, disabilityStatuses, legalStatuses, spokenLanguages, type Child } from '@cynnig/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine } from '../exports/csv-writer.js';
import { childrenFile } from './file-types/children.js';
import { planImport } from './plan-import.js';
import { stableId } from './stable-id.js';
import { CARDIFF } from './test-support/sample-files.js';

// Letters a child's name may hold, with the characters that stress CSV and cell reading:
// separators, quotes, semicolons, formula starters, Welsh letters and line breaks inside a cell.
const nameCharacter = fc.constantFrom(...'aAbBdDfFwWyYâêîôûŵŷëïÂŴŶ -\'",;=+@.\n\t'.split(''), 'Ll', 'Dd', 'Ff', 'Ch', 'Rh', 'ï');
const nameText = (max: number) => fc.array(nameCharacter, { minLength: 1, maxLength: max }).map((parts) => parts.join(''));
const caseReference = fc.stringMatching(/^[A-Za-z0-9/_-]{1,40}$/);

const childArbitrary: fc.Arbitrary<Child> = fc
  .record({
    caseReference,
    givenName: nameText(30),
    familyName: nameText(30),
    dateOfBirth: fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    legalStatus: fc.constantFrom(...legalStatuses.codes),
    preferredLanguage: fc.constantFrom(...spokenLanguages.codes),
    firstLanguage: fc.constantFrom(...spokenLanguages.codes),
    otherLanguageName: fc.option(nameText(20), { nil: null }),
    communicationNeeds: fc.subarray([...communicationNeeds.codes]),
    disability: fc.constantFrom(...disabilityStatuses.codes),
    asylumStatus: fc.constantFrom(...asylumStatuses.codes),
  })
  .map((fields) => childSchema.safeParse({ id: stableId(CARDIFF, 'child', fields.caseReference), authorityCode: CARDIFF, ...fields }))
  // Keep the children the shared schema accepts, as it would store them (names trimmed); blank names are not valid children.
  .filter((parsed) => parsed.success && (parsed.data.otherLanguageName === null || parsed.data.otherLanguageName !== ''))
  .map((parsed) => parsed.data!);

/** A child as the cells of a children.csv row, in the layout's column order. */
function cellsOf(child: Child): string[] {
  const byColumn: Record<string, string> = {
    authority_code: child.authorityCode,
    case_reference: child.caseReference,
    given_name: child.givenName,
    family_name: child.familyName,
    date_of_birth: child.dateOfBirth,
    legal_status: child.legalStatus,
    preferred_language: child.preferredLanguage,
    first_language: child.firstLanguage,
    other_language_name: child.otherLanguageName ?? '',
    communication_needs: child.communicationNeeds.join(';'),
    disability: child.disability,
    asylum_status: child.asylumStatus,
  };
  return childrenFile.layout.columns.map((column) => byColumn[column.name]!);
}

describe('a valid child written as CSV and imported', () => {
  it('comes back unchanged, however the file is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(childArbitrary, { minLength: 1, maxLength: 5, selector: (child) => child.caseReference }), fc.integer({ min: 1, max: 64 }), async (children, chunkSize) => {
        const text = `\uFEFF${csvLine(childrenFile.layout.columns.map((column) => column.name))}${children.map((child) => csvLine(cellsOf(child))).join('')}`;
        const bytes = Buffer.from(text);
        const chunks = [];
        for (let at = 0; at < bytes.length; at += chunkSize) chunks.push(bytes.subarray(at, at + chunkSize));
        const { plan, issues } = await planImport({ authorityCode: CARDIFF, files: [{ kind: 'children', source: chunks }] });
        expect(issues).toEqual([]);
        const byReference = new Map(plan.children.map((row) => [row.caseReference, row.value]));
        for (const child of children) expect(byReference.get(child.caseReference)).toEqual(child);
      }),
      { numRuns: 150 },
    );
  });
});
