import { asylumStatuses, childSchema, communicationNeeds, disabilityStatuses, legalStatuses, spokenLanguages, type Child } from '@cynnig/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvLine, writeCsv } from '../exports/csv-writer.js';
import { collector } from '../test-support/collect.js';
import { childrenFile } from './file-types/children.js';
import { planImport } from './plan-import.js';
import { stableId } from './stable-id.js';
import { CARDIFF } from './test-support/sample-files.js';

// Letters a child's name may hold, with the characters that stress CSV and cell reading:
// separators, quotes, semicolons, formula starters, Welsh letters and line breaks inside a cell.
const nameCharacter = fc.constantFrom(...'aAbBdDfFwWyYâêîôûŵŷëïÂŴŶ -\'",;=+@.\n\t'.split(''), 'Ll', 'Dd', 'Ff', 'Ch', 'Rh', 'ï');
const nameText = (max: number) => fc.array(nameCharacter, { minLength: 1, maxLength: max }).map((parts) => parts.join(''));
const caseReference = fc.stringMatching(/^[A-Za-z0-9/_-]{1,40}$/);

const validChild = (fields: fc.Arbitrary<Record<string, unknown> & { caseReference: string }>): fc.Arbitrary<Child> =>
  fields
    .map((row) => childSchema.safeParse({ id: stableId(CARDIFF, 'child', row.caseReference), authorityCode: CARDIFF, ...row }))
    // The children the shared schema accepts, as it stores them (names trimmed). An empty other
    // language name is read back as null (an empty cell), so it is not a child to expect back.
    .filter((parsed) => parsed.success && parsed.data.otherLanguageName !== '')
    .map((parsed) => parsed.data!);

const childFields = fc.record({
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
});

const anyChild = validChild(childFields);

// writeCsv writes for spreadsheets: it puts a quote before text starting with = + - @ or a tab, on
// purpose. Children whose text starts that way are checked through csvLine, which writes cells as given.
const startsLikeFormula = (text: string | null) => text !== null && /^[=+\-@\t\r]/.test(text);
const spreadsheetSafeChild = anyChild.filter((child) => ![child.caseReference, child.givenName, child.familyName, child.otherLanguageName].some(startsLikeFormula));

const inChunks = (text: string, size: number) => {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return chunks;
};

async function importedChildren(chunks: Buffer[]) {
  const { plan, issues } = await planImport({ authorityCode: CARDIFF, files: [{ kind: 'children', source: chunks }] });
  expect(issues).toEqual([]);
  return new Map(plan.children.map((row) => [row.caseReference, row.value]));
}

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
  const children = (arbitrary: fc.Arbitrary<Child>) => fc.uniqueArray(arbitrary, { minLength: 1, maxLength: 5, selector: (child) => child.caseReference });
  const columns = childrenFile.layout.columns.map((column) => ({ key: column.name, header: column.name }));

  it('comes back unchanged through writeCsv (byte-order mark, quoting, CRLF), however the file is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(children(spreadsheetSafeChild), fc.integer({ min: 1, max: 64 }), async (written, chunkSize) => {
        const out = collector();
        const rows = written.map((child) => Object.fromEntries(childrenFile.layout.columns.map((column, index) => [column.name, cellsOf(child)[index]!])));
        await writeCsv({ columns, rows }, out.stream);
        const read = await importedChildren(inChunks(out.text(), chunkSize));
        for (const child of written) expect(read.get(child.caseReference)).toEqual(child);
      }),
      { numRuns: 100 },
    );
  });

  it('comes back unchanged through csvLine, text starting like a formula included (imports store text as text)', async () => {
    await fc.assert(
      fc.asyncProperty(children(anyChild), fc.integer({ min: 1, max: 64 }), async (written, chunkSize) => {
        const text = csvLine(columns.map((column) => column.header)) + written.map((child) => csvLine(cellsOf(child))).join('');
        const read = await importedChildren(inChunks(text, chunkSize));
        for (const child of written) expect(read.get(child.caseReference)).toEqual(child);
      }),
      { numRuns: 100 },
    );
  });
});
