import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importFileKinds, type ImportFileKind } from './column-layout.js';
import { importFileTypes } from './import-file-types.js';
import { planListOf } from './import-plan.js';
import { planImport, type ImportFile } from './plan-import.js';
import { stableId } from './stable-id.js';
import { CARDIFF, csv, sampleFile, sampleStaff, sampleText, sampleWith } from './test-support/sample-files.js';

const sampleChildren = ['CDF-2019-0042', 'CDF-2021-0107', 'CDF-2023-0311', 'CDF-2024-0015', 'CDF-2020-0088'];
const rowsIn = (kind: ImportFileKind) => sampleText(kind).trim().split('\r\n').length - 1;
/** Children Cynnig already holds, with ids as the data layer made them (not minted by the import). */
const known = (...references: string[]) => new Map(references.map((reference, n) => [reference, `0b000000-0000-4000-8000-${String(n).padStart(12, '0')}`]));
const importAll = (files: ImportFile[], more: Partial<Parameters<typeof planImport>[0]> = {}) => planImport({ authorityCode: CARDIFF, files, staff: sampleStaff, ...more });

describe('a clean file of each kind', () => {
  it.each(importFileKinds)('plans every row of the %s sample with nothing to report', async (kind) => {
    const { plan, issues, summary } = await importAll([sampleFile(kind)], { knownChildren: known(...sampleChildren) });
    expect(issues).toEqual([]);
    expect(plan[planListOf[kind]]).toHaveLength(rowsIn(kind));
    expect(summary.files).toEqual([expect.objectContaining({ file: kind, rowsRead: rowsIn(kind), accepted: rowsIn(kind), rejected: 0, heldBack: 0, refused: false })]);
  });

  it('plans all six samples together, children referred to by case reference only', async () => {
    const { plan, issues, summary } = await importAll(importFileKinds.map(sampleFile));
    expect(issues).toEqual([]);
    const seren = plan.children.find((row) => row.caseReference === 'CDF-2019-0042')!;
    expect(seren.value).toEqual({
      id: stableId(CARDIFF, 'child', 'CDF-2019-0042'), authorityCode: CARDIFF, caseReference: 'CDF-2019-0042', givenName: 'Seren', familyName: 'Jones',
      dateOfBirth: '2012-03-31', legalStatus: 'full-care-order', preferredLanguage: 'cy', firstLanguage: 'cy', otherLanguageName: null,
      communicationNeeds: [], disability: 'none', asylumStatus: 'not-asylum-seeking',
    });
    expect(plan.reviews.filter((row) => row.caseReference === 'CDF-2019-0042').every((row) => row.value.childId === seren.value.id)).toBe(true);
    expect(summary.text.en.split('\n')[0]).toBe('All 33 rows are ready to import.');
    expect(summary.text.cy.split('\n')[0]).toBe('Mae pob un o\'r 33 rhes yn barod i\'w mewnforio.');
  });

  it('reads lists, Welsh yes and no, places outside Wales, staff references and UK times into the schema fields', async () => {
    const { plan } = await importAll(importFileKinds.map(sampleFile));
    const ofOsian = <T>(rows: readonly { caseReference: string; value: T }[]) => rows.filter((row) => row.caseReference === 'CDF-2021-0107');
    expect(plan.children.find((row) => row.caseReference === 'CDF-2021-0107')!.value.communicationNeeds).toEqual(['easy-read', 'symbols']);
    expect(ofOsian(plan.placements).map((row) => row.value.location)).toEqual([{ kind: 'wales', authorityCode: 'W06000014' }, { kind: 'outside-wales', description: 'Hereford' }]);
    expect(plan.placements.find((row) => row.caseReference === 'CDF-2020-0088')!.value.homeHasVisitingAdvocacy).toBe(true);
    expect(plan.reviews.find((row) => row.value.heldOn === '2024-03-18')!.value).toMatchObject({ iroUserId: null, spokeToChildPrivately: false });
    expect(plan.allocations.find((row) => row.caseReference === 'CDF-2021-0107' && row.value.end === null)!.value.userId).toBe(sampleStaff.get('SW-0207'));
    expect(ofOsian(plan.missingEpisodes)[0]!.value).toMatchObject({ startedAt: '2024-05-01T21:15:00.000Z', endedAt: '2024-05-02T08:40:00.000Z', exploitationIndicators: ['travel-out-of-area', 'older-associates'] });
  });

  it('gives rows about a child Cynnig already holds that child\'s id, and mints ids only for new children', async () => {
    const holds = known('CDF-2019-0042');
    const { plan, issues } = await importAll([sampleFile('children'), sampleFile('reviews')], { knownChildren: holds });
    expect(issues).toEqual([]);
    expect(plan.children.find((row) => row.caseReference === 'CDF-2019-0042')!.value.id).toBe(holds.get('CDF-2019-0042'));
    expect(plan.reviews.filter((row) => row.caseReference === 'CDF-2019-0042').map((row) => row.value.childId)).toEqual([holds.get('CDF-2019-0042'), holds.get('CDF-2019-0042')]);
    expect(plan.children.find((row) => row.caseReference === 'CDF-2021-0107')!.value.id).toBe(stableId(CARDIFF, 'child', 'CDF-2021-0107'));
  });

  it('matches staff references without regard to case', async () => {
    const { plan, issues } = await importAll([{ kind: 'allocations', source: sampleWith('allocations', ['W06000015,CDF-1,social-worker,sw-0193,2024-01-05,']) }], { knownChildren: known('CDF-1') });
    expect(issues).toEqual([]);
    expect(plan.allocations[0]!.value.userId).toBe(sampleStaff.get('SW-0193'));
  });

  it('keeps text as text: a name starting with "=" is stored as written, since exports neutralise', async () => {
    const { plan, issues, summary } = await importAll([{ kind: 'children', source: sampleWith('children', ['W06000015,CDF-1,=Nia,Rees,2011-01-01,full-care-order,en,en,,,none,not-asylum-seeking']) }]);
    expect(issues).toEqual([]);
    expect(summary.text.en.split('\n')).toEqual(['The 1 row is ready to import.', 'children.csv: 1 row read, 1 accepted, 0 rejected.']);
    expect(plan.children[0]!.value.givenName).toBe('=Nia');
  });
});

describe('a file with errors', () => {
  const faulty = sampleWith('children', [
    'W06000015,CDF-1,Nia,Rees,2011-01-01,full-care-order,en,en,,,none,not-asylum-seeking',
    'W06000015,CDF-2,Cai,,2012-02-30,care-order,en,en,,,none,not-asylum-seeking',
    'W06000015,CDF-3,Lowri,Hughes,2013-05-06,section-76,cy,cy,,easy-read;sign,maybe,uasc',
    'W06000015,CDF 4,Dylan,Morgan,2010-10-10,section-76,en,en,,,none,not-asylum-seeking,extra',
  ]);

  it('plans nothing and reports every error with its line and column, in English and Welsh', async () => {
    const { plan, issues } = await importAll([{ kind: 'children', source: faulty }]);
    expect(plan.children).toEqual([]);
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([
      [3, 'family_name'], [3, 'date_of_birth'], [3, 'legal_status'],
      [4, 'communication_needs'], [4, 'disability'],
      [5, null],
    ]);
    const dateOfBirth = issues[1]!;
    expect(dateOfBirth.message).toEqual({ en: 'Line 3, date_of_birth: enter a real date like 2012-03-31', cy: 'Llinell 3, date_of_birth: rhowch ddyddiad go iawn fel 2012-03-31' });
    expect(issues[0]!.message).toEqual({ en: 'Line 3, family_name: this cannot be empty', cy: 'Llinell 3, family_name: ni all hwn fod yn wag' });
    expect(issues[2]!.message.en).toBe('Line 3, legal_status: use one of: interim-care-order, full-care-order, placement-order, section-76, remand, emergency-protection, child-protection-enquiry, care-leaver');
    expect(issues[4]!.message.cy).toBe('Llinell 4, disability: defnyddiwch un o: none, disabled, not-recorded');
    expect(issues[5]!.message.en).toBe('Line 5: this line has 13 cells but the header has 12; check for a missing or extra comma');
    expect(dateOfBirth).toMatchObject({ code: 'import.invalid-cell', file: 'children', path: ['children', 3, 'date_of_birth'] });
    for (const issue of issues) {
      expect(issue.message.en.startsWith(`Line ${issue.line}${issue.column ? `, ${issue.column}` : ''}: `)).toBe(true);
      expect(issue.message.cy.startsWith(`Llinell ${issue.line}${issue.column ? `, ${issue.column}` : ''}: `)).toBe(true);
      expect(issue.message.cy.slice(8)).not.toBe(issue.message.en.slice(5));
    }
  });

  it('says in both languages that the valid rows were held back', async () => {
    const { summary } = await importAll([{ kind: 'children', source: faulty }]);
    expect(summary.files[0]).toMatchObject({ rowsRead: 4, accepted: 0, rejected: 3, heldBack: 1 });
    expect(summary.text.en).toBe('Nothing will be imported: 3 rows have errors. Correct them and import the files again.\nchildren.csv: 4 rows read, 0 accepted, 3 rejected; 1 valid row was held back because nothing is imported while any row has an error.');
    expect(summary.text.cy).toBe('Ni fydd dim yn cael ei fewnforio: mae gwallau mewn 3 rhes. Cywirwch nhw a mewnforiwch y ffeiliau eto.\nchildren.csv: darllenwyd 4 rhes, derbyniwyd 0, gwrthodwyd 3; daliwyd 1 rhes ddilys yn ôl gan nad oes dim yn cael ei fewnforio tra bo gwall mewn unrhyw res.');
  });

  it('holds back every other file too: one error anywhere and nothing is written', async () => {
    const files = importFileKinds.map(sampleFile);
    files[2] = { kind: 'placements', source: sampleWith('placements', ['W06000015,CDF-2019-0042,foster-la,2023-09-04,2023-09-01,W06000015,,,']) };
    const { plan, issues } = await importAll(files);
    expect(issues.map((issue) => issue.message.en)).toEqual(['Line 2, end_date: the end must be the same as or after start_date']);
    expect(Object.values(plan).filter(Array.isArray).every((rows) => rows.length === 0)).toBe(true);
  });

  it.each([
    ['children', 'W06000015,CDF-1,Nia,Rees,2011-01-01,full-care-order,en,en,,pmld;bsl;easy-read;symbols;interpreter;non-verbal;pmld,none,not-asylum-seeking', 'communication_needs', 'give at most 6; use any of pmld, non-verbal, bsl, easy-read, symbols, interpreter, separated by semicolons, or leave empty for none'],
    ['reviews', 'W06000015,CDF-2019-0042,first,2023-09-29,IRO-99,knows-and-declined,yes,', 'iro_staff_reference', 'no one with a Cynnig account has this staff reference; add the worker first'],
    ['entitlements', 'W06000015,CDF-2019-0042,looked-after,2023-09-04,2024-01-01,', 'end_reason', 'give both end_date and end_reason, or leave both empty'],
    ['placements', 'W06000015,CDF-2019-0042,foster-la,2023-09-04,,W06000015,Bristol,,', 'location_outside_wales', 'fill in location_authority_code or location_outside_wales, not both'],
    ['placements', 'W06000015,CDF-2019-0042,foster-la,2023-09-04,,,,,', 'location_authority_code', 'this cannot be empty; enter a Welsh council\'s GSS code like W06000015, or leave empty and fill in location_outside_wales'],
    ['placements', 'W06000015,CDF-2019-0042,foster-la,2023-09-04,,W06000015,,sometimes,', 'home_has_visiting_advocacy', 'enter yes or no (also true/false, 1/0, ie/na)'],
    ['placements', 'W06000015,CDF-2019-0042,foster-la,2023-09-04,,W06000015,,,-4', 'distance_from_home_km', 'enter a number of kilometres from 0 to 2000, like 12.5'],
    ['allocations', 'W06000015,CDF-2019-0042,social-worker,SW-9999,2023-09-04,', 'staff_reference', 'no one with a Cynnig account has this staff reference; add the worker first'],
    ['reviews', `W06000015,CDF-2019-0042,first,2023-09-29,,knows-and-declined,yes,${'a'.repeat(4001)}`, 'note', 'use 4000 characters or fewer'],
    ['missing-episodes', 'W06000015,CDF-2020-0088,missing,high,2024-03-09T20:45,2024-03-09T19:00,,,no,', 'ended_at', 'the return must be after started_at'],
    ['missing-episodes', 'W06000015,CDF-2020-0088,missing,high,09/03/2024 20:45,,,,no,', 'started_at', 'enter a date and time like 2024-05-01T14:30 (UK time) or 2024-05-01T13:30:00Z'],
  ] as const)('in %s, refuses "%s" at %s: %s', async (kind, row, column, reason) => {
    const { issues } = await importAll([{ kind, source: sampleWith(kind, [row]) }], { knownChildren: known(...sampleChildren) });
    expect(issues.map((issue) => [issue.column, issue.message.en])).toEqual([[column, `Line 2, ${column}: ${reason}`]]);
    expect(issues[0]!.message.cy).toMatch(new RegExp(`^Llinell 2, ${column}: \\S`));
    expect(issues[0]!.message.cy).not.toBe(issues[0]!.message.en.replace('Line', 'Llinell'));
  });
});

describe('keeping the valid rows with acceptValidRows', () => {
  it('plans the valid rows, rejects the rest and rows about a child whose own row failed', async () => {
    const children = sampleWith('children', [
      'W06000015,CDF-1,Nia,Rees,2011-01-01,full-care-order,en,en,,,none,not-asylum-seeking',
      'W06000015,CDF-2,Cai,Price,not a date,full-care-order,en,en,,,none,not-asylum-seeking',
    ]);
    const placements = sampleWith('placements', [
      'W06000015,CDF-1,foster-la,2024-01-05,,W06000015,,,2',
      'W06000015,CDF-2,foster-la,2024-01-05,,W06000015,,,2',
      'W06000015,CDF-1,foster-la,2024-02-30,,W06000015,,,2',
    ]);
    const { plan, issues, summary } = await importAll([{ kind: 'children', source: children }, { kind: 'placements', source: placements }], { acceptValidRows: true });
    expect(plan.children.map((row) => row.caseReference)).toEqual(['CDF-1']);
    expect(plan.placements.map((row) => [row.caseReference, row.value.start])).toEqual([['CDF-1', '2024-01-05']]);
    expect(issues.map((issue) => issue.message.en)).toEqual([
      'Line 3, date_of_birth: enter a real date like 2012-03-31',
      'Line 3, case_reference: the child\'s row (line 3 of children.csv) has errors, so this row cannot be imported',
      'Line 4, start_date: enter a real date like 2012-03-31',
    ]);
    expect(summary.files.map((file) => [file.file, file.accepted, file.rejected, file.heldBack])).toEqual([['children', 1, 1, 0], ['placements', 1, 2, 0]]);
    expect(summary.text.en.split('\n')[0]).toBe('2 rows are ready to import; 3 rows have errors, and those will not be imported.');
    expect(summary.text.cy.split('\n')[0]).toBe('Mae 2 rhes yn barod i\'w mewnforio; mae gwallau mewn 3 rhes, ac ni fydd y rheini\'n cael eu mewnforio.');
  });

  it('without it, the same files plan nothing and do not blame the placement for its child', async () => {
    const children = sampleWith('children', ['W06000015,CDF-2,Cai,Price,not a date,full-care-order,en,en,,,none,not-asylum-seeking']);
    const placements = sampleWith('placements', ['W06000015,CDF-2,foster-la,2024-01-05,,W06000015,,,2']);
    const { plan, issues, summary } = await importAll([{ kind: 'children', source: children }, { kind: 'placements', source: placements }]);
    expect(plan.children).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(summary.files[1]).toMatchObject({ rejected: 0, heldBack: 1 });
  });
});

describe('importing again', () => {
  it('gives an identical plan for the same files, so applying it again changes nothing', async () => {
    const first = await importAll(importFileKinds.map(sampleFile));
    const second = await importAll(importFileKinds.map(sampleFile));
    expect(second.plan).toEqual(first.plan);
  });

  it('gives every planned row its own id, so applying the plan twice leaves the same rows', async () => {
    const { plan } = await importAll(importFileKinds.map(sampleFile));
    const rows = importFileKinds.flatMap((kind) => plan[planListOf[kind]] as readonly { key: string; value: { id: string } }[]);
    expect(new Set(rows.map((row) => row.value.id)).size).toBe(rows.length);
    expect(new Set(rows.map((row) => row.key)).size).toBe(rows.length);
    const store = new Map<string, unknown>();
    const apply = async () => {
      const again = await importAll(importFileKinds.map(sampleFile));
      for (const kind of importFileKinds) for (const row of again.plan[planListOf[kind]] as readonly { value: { id: string } }[]) store.set(row.value.id, row.value);
      return structuredClone([...store.entries()]);
    };
    const once = await apply();
    expect(await apply()).toEqual(once);
    expect(once).toHaveLength(rows.length);
  });

  it('keys rows by authority, case reference and natural key, whatever order the rows come in', async () => {
    const [header, ...rows] = sampleText('placements').trim().split('\r\n');
    const reversed = csv(header!, ...rows.reverse());
    const knownSamples = { knownChildren: known(...sampleChildren) };
    const inOrder = await importAll([sampleFile('placements')], knownSamples);
    const backwards = await importAll([{ kind: 'placements', source: reversed }], knownSamples);
    expect(backwards.plan.placements.map((row) => [row.key, row.value])).toEqual(inOrder.plan.placements.map((row) => [row.key, row.value]));
    expect(inOrder.plan.placements[0]!.key).toBe('W06000015/placements/CDF-2019-0042/2023-09-04');
    expect(inOrder.plan.placements[0]!.value.id).toBe(stableId(CARDIFF, 'placements', 'CDF-2019-0042', '2023-09-04'));
  });

  it('finds the same episode whether its start is written in UK time or UTC', async () => {
    const knownOne = { knownChildren: known('CDF-1') };
    const uk = await importAll([{ kind: 'missing-episodes', source: sampleWith('missing-episodes', ['W06000015,CDF-1,missing,low,2024-07-01T10:00,,,,no,']) }], knownOne);
    const utc = await importAll([{ kind: 'missing-episodes', source: sampleWith('missing-episodes', ['W06000015,CDF-1,missing,low,2024-07-01T09:00:00Z,,,,no,']) }], knownOne);
    expect(uk.plan.missingEpisodes[0]!.value.id).toBe(utc.plan.missingEpisodes[0]!.value.id);
  });
});

describe('headers and whole files', () => {
  it('gives one error naming the missing and unknown columns', async () => {
    const source = csv('authority_code,case_reference,given_name,surname,dob,legal_status,preferred_language,first_language,disability,asylum_status', 'W06000015,CDF-1,Nia,Rees,2011-01-01,full-care-order,en,en,none,not-asylum-seeking');
    const { issues, summary } = await importAll([{ kind: 'children', source }]);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message.en).toBe('Line 1: the header row does not match the layout (missing columns: family_name, date_of_birth; unknown columns: surname, dob). The columns are: authority_code, case_reference, given_name, family_name, date_of_birth, legal_status, preferred_language, first_language, other_language_name, communication_needs, disability, asylum_status');
    expect(issues[0]!.message.cy).toMatch(/^Llinell 1: nid yw'r rhes pennawd yn cyfateb i'r cynllun \(colofnau ar goll: family_name, date_of_birth; colofnau anhysbys: surname, dob\)/);
    expect(summary.files[0]).toMatchObject({ refused: true, rowsRead: 0 });
  });

  it('ignores columns with an empty header, as spreadsheets leave them, while their cells stay empty', async () => {
    const header = `${sampleText('entitlements').split('\r\n')[0]!},,`;
    const source = csv(header, 'W06000015,CDF-1,looked-after,2024-01-05,,,,', 'W06000015,CDF-1,care-leaver,2024-01-05,,,,oops');
    const { plan, issues } = await importAll([{ kind: 'entitlements', source }], { knownChildren: known('CDF-1'), acceptValidRows: true });
    expect(plan.entitlements).toHaveLength(1);
    expect(issues.map((issue) => issue.message.en)).toEqual(['Line 3: cell 8 has a value but its column has no header; name the column or empty the cell']);
  });

  it('names a column given twice', async () => {
    const header = sampleText('entitlements').split('\r\n')[0]!;
    const { issues } = await importAll([{ kind: 'entitlements', source: csv(`${header},basis`) }]);
    expect(issues[0]!.message.en).toContain('(columns given twice: basis)');
  });

  it('accepts headers in any order and case, codes in any case, and leaves out columns that may be omitted', async () => {
    const source = csv('Case_Reference,AUTHORITY_CODE,given_name,family_name,date_of_birth,legal_status,preferred_language,first_language,disability,asylum_status', 'CDF-1,w06000015,Nia,Rees,2011-01-01,Full-Care-Order,EN,en,none,not-asylum-seeking');
    const { plan, issues } = await importAll([{ kind: 'children', source }]);
    expect(issues).toEqual([]);
    expect(plan.children[0]!.value).toMatchObject({ caseReference: 'CDF-1', otherLanguageName: null, communicationNeeds: [] });
  });

  it('refuses a file for another authority as a whole, even when valid rows are kept', async () => {
    const source = sampleWith('children', ['W06000015,CDF-1,Nia,Rees,2011-01-01,full-care-order,en,en,,,none,not-asylum-seeking', 'W06000011,SWA-1,Gwen,Rees,2011-01-01,full-care-order,en,en,,,none,not-asylum-seeking']);
    const { plan, issues, summary } = await importAll([{ kind: 'children', source }], { acceptValidRows: true });
    expect(plan.children).toEqual([]);
    expect(issues.map((issue) => issue.message)).toEqual([{
      en: 'Line 3, authority_code: this file is for W06000011 (Swansea) but you are importing for W06000015 (Cardiff); nothing in it was imported',
      cy: 'Llinell 3, authority_code: mae\'r ffeil hon ar gyfer W06000011 (Abertawe) ond rydych yn mewnforio ar gyfer W06000015 (Caerdydd); ni fewnforiwyd dim ohoni',
    }]);
    expect(summary.files[0]).toMatchObject({ rowsRead: 2, accepted: 0, rejected: 2, refused: true });
  });

  it('refuses an empty file and a file whose quotes never close, saying where', async () => {
    const { issues } = await importAll([
      { kind: 'children', source: '' },
      { kind: 'placements', source: sampleWith('placements', ['W06000015,CDF-1,foster-la,2024-01-05,,W06000015,"Bristol,,', 'W06000015,CDF-1,foster-la,2024-02-05,,W06000015,,,']) },
    ]);
    expect(issues.map((issue) => issue.message.en)).toEqual([
      'children.csv: the file is empty: it needs a header row naming its columns',
      'Line 2: a quoted cell starting on this line is never closed, so the rest of the file cannot be read; nothing in it was imported',
    ]);
  });

  it('refuses a second file of the same kind', async () => {
    const { issues } = await importAll([sampleFile('children'), sampleFile('children')]);
    expect(issues.map((issue) => issue.code)).toEqual(['import.file-repeated']);
  });

  it('counts lines as an editor shows them: quoted line breaks, blank lines and a byte-order mark', async () => {
    const source = `\uFEFF${csv(
      sampleText('reviews').split('\r\n')[0]!,
      'W06000015,CDF-1,first,2023-09-29,,knows-and-declined,yes,"Two\r\nline note"',
      '',
      ',,,,,,,',
      'W06000015,CDF-1,second,2023-12-40,,knows-and-declined,yes,',
    )}`;
    const { issues } = await importAll([{ kind: 'reviews', source }], { knownChildren: known('CDF-1') });
    expect(issues.map((issue) => [issue.line, issue.column])).toEqual([[6, 'held_on']]);
  });
});

describe('checks across rows', () => {
  const knownTwo = known('CDF-1', 'CDF-2');

  it('refuses a row about a child neither in children.csv nor known to Cynnig', async () => {
    const placements = sampleWith('placements', ['W06000015,CDF-1,foster-la,2024-01-05,,W06000015,,,', 'W06000015,CDF-9,foster-la,2024-01-05,,W06000015,,,']);
    const { issues } = await importAll([{ kind: 'placements', source: placements }], { knownChildren: knownTwo });
    expect(issues.map((issue) => issue.message)).toEqual([{
      en: 'Line 3, case_reference: no child has this case reference in children.csv or in Cynnig for your council',
      cy: 'Llinell 3, case_reference: nid oes gan unrhyw blentyn y cyfeirnod achos hwn yn children.csv nac yn Cynnig ar gyfer eich cyngor',
    }]);
  });

  it('refuses overlapping missing episodes of one child (an open one overlaps every later one), each naming an episode it overlaps, but not episodes of different children', async () => {
    const episodes = sampleWith('missing-episodes', [
      'W06000015,CDF-1,missing,low,2024-07-01T10:00,2024-07-02T10:00,,,no,',
      'W06000015,CDF-1,away,low,2024-07-02T09:00,2024-07-02T12:00,,,no,',
      'W06000015,CDF-2,missing,low,2024-07-01T11:00,2024-07-01T12:00,,,no,',
      'W06000015,CDF-1,missing,low,2024-07-02T10:00,,,,no,',
      'W06000015,CDF-1,missing,low,2024-08-01T10:00,2024-08-01T12:00,,,no,',
    ]);
    const { issues } = await importAll([{ kind: 'missing-episodes', source: episodes }], { knownChildren: knownTwo });
    expect(issues.map((issue) => [issue.line, issue.message.en])).toEqual([
      [2, 'Line 2, started_at: this episode overlaps the episode on line 3 for the same child; episodes never overlap'],
      [3, 'Line 3, started_at: this episode overlaps the episode on line 2 for the same child; episodes never overlap'],
      [5, 'Line 5, started_at: this episode overlaps the episode on line 3 for the same child; episodes never overlap'],
      [6, 'Line 6, started_at: this episode overlaps the episode on line 5 for the same child; episodes never overlap'],
    ]);
  });

  it('refuses every row that repeats another row\'s key', async () => {
    const allocations = sampleWith('allocations', [
      'W06000015,CDF-1,social-worker,SW-0193,2024-01-05,',
      'W06000015,CDF-1,iro,IRO-07,2024-01-05,',
      'W06000015,CDF-1,social-worker,SW-0207,2024-01-05,',
    ]);
    const { issues } = await importAll([{ kind: 'allocations', source: allocations }], { knownChildren: knownTwo });
    expect(issues.map((issue) => issue.message.en)).toEqual([
      'Line 2, start_date: line 4 has the same case_reference and role and start_date; keep one row',
      'Line 4, start_date: line 2 has the same case_reference and role and start_date; keep one row',
    ]);
    expect(issues[0]!.message.cy).toBe('Llinell 2, start_date: mae gan linell 4 yr un case_reference a role a start_date; cadwch un rhes');
  });

  it('refuses a child given twice in children.csv', async () => {
    const row = 'W06000015,CDF-1,Nia,Rees,2011-01-01,full-care-order,en,en,,,none,not-asylum-seeking';
    const { issues } = await importAll([{ kind: 'children', source: sampleWith('children', [row, row.replace('Nia', 'Nina')]) }]);
    expect(issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([[2, 'case_reference', 'import.duplicate-row'], [3, 'case_reference', 'import.duplicate-row']]);
  });

  it('refuses an entitlement, placement, review or episode before the child was born', async () => {
    const children = sampleWith('children', ['W06000015,CDF-1,Nia,Rees,2020-06-01,full-care-order,en,en,,,none,not-asylum-seeking']);
    const files: ImportFile[] = [
      { kind: 'children', source: children },
      { kind: 'entitlements', source: sampleWith('entitlements', ['W06000015,CDF-1,looked-after,2020-05-31,,']) },
      { kind: 'placements', source: sampleWith('placements', ['W06000015,CDF-1,foster-la,2020-06-01,,W06000015,,,']) },
      { kind: 'reviews', source: sampleWith('reviews', ['W06000015,CDF-1,first,2019-01-01,,does-not-know,yes,']) },
      { kind: 'missing-episodes', source: sampleWith('missing-episodes', ['W06000015,CDF-1,missing,low,2020-05-31T23:30:00Z,,,,no,']) },
    ];
    const { issues } = await importAll(files);
    expect(issues.map((issue) => [issue.file, issue.column, issue.code])).toEqual([
      ['entitlements', 'start_date', 'import.before-birth'],
      ['reviews', 'held_on', 'import.before-birth'],
    ]);
  });
});

describe('progress', () => {
  it('reports rows and bytes read as the file streams in, reaching the file\'s size', async () => {
    const text = sampleText('placements');
    const bytes = Buffer.from(text);
    const chunks = function* () {
      for (let at = 0; at < bytes.length; at += 7) yield bytes.subarray(at, at + 7);
    };
    const seen: { rowsRead: number; bytesRead: number; totalBytes: number | null }[] = [];
    const { issues } = await importAll([{ kind: 'placements', source: chunks(), sizeBytes: bytes.length }], {
      knownChildren: known(...sampleChildren),
      onProgress: ({ rowsRead, bytesRead, totalBytes }) => seen.push({ rowsRead, bytesRead, totalBytes }),
    });
    expect(issues).toEqual([]);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((step, index) => index === 0 || (step.bytesRead >= seen[index - 1]!.bytesRead && step.rowsRead >= seen[index - 1]!.rowsRead))).toBe(true);
    expect(seen.at(-1)).toEqual({ rowsRead: rowsIn('placements'), bytesRead: bytes.length, totalBytes: bytes.length });
  });

  it('streams a large file through back-pressure without piling up listeners', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const rows = Array.from({ length: 3000 }, (_, n) => `W06000015,CDF-${n},foster-la,2024-01-05,,W06000015,,,`);
    const bytes = Buffer.from(sampleWith('placements', rows));
    const stream = Readable.from((function* () {
      for (let at = 0; at < bytes.length; at += 1024) yield bytes.subarray(at, at + 1024);
    })());
    const { plan, issues } = await importAll([{ kind: 'placements', source: stream, sizeBytes: bytes.length }], { knownChildren: known(...rows.map((_, n) => `CDF-${n}`)) });
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    expect(issues).toEqual([]);
    expect(plan.placements).toHaveLength(3000);
    expect(warnings).toEqual([]);
  });

  it('passes on a failure to read the file itself, rather than reporting it as a row', async () => {
    const failing = (async function* () {
      yield Buffer.from(sampleText('children'));
      throw new Error('disk read failed');
    })();
    await expect(importAll([{ kind: 'children', source: failing }])).rejects.toThrow('disk read failed');
  });

  it('reads Welsh letters split across chunks', async () => {
    const bytes = Buffer.from(sampleWith('placements', ['W06000015,CDF-1,kinship,2024-01-05,,,Ynys Môn (Llŷn),,']));
    const chunks = [...Array(bytes.length).keys()].map((at) => bytes.subarray(at, at + 1));
    const { plan } = await importAll([{ kind: 'placements', source: chunks }], { knownChildren: known('CDF-1') });
    expect(plan.placements[0]!.value.location).toEqual({ kind: 'outside-wales', description: 'Ynys Môn (Llŷn)' });
  });
});

describe('the layouts', () => {
  it.each(importFileKinds)('name a column of the %s layout for every field of its schema', (kind) => {
    const type = importFileTypes[kind];
    const names = new Set(type.layout.columns.map((column) => column.name));
    const shape = (type.schema as unknown as { shape?: Record<string, unknown>; def: { in?: { shape: Record<string, unknown> } } });
    const fields = Object.keys(shape.shape ?? shape.def.in?.shape ?? {});
    expect(fields.length).toBeGreaterThan(3);
    for (const field of fields) expect(names.has(type.columnOf([field]))).toBe(true);
  });
});
