import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { financialYear } from '../period/financial-quarter.js';
import { populationArbitrary } from '../test-support/arbitraries.js';
import { aChild, CARDIFF } from '../test-support/child-records.js';
import { childExtractRows } from './child-extract.js';
import { checkCrossBorderMissing, crossBorderMissingRows, validateCrossBorderMissing, type CrossBorderMissingRow } from './cross-border-missing.js';
import type { ExportRow } from './export-row.js';
import { annualReport, nationalReportingSections, quarterlyReturn } from './national-reporting-template.js';

const KEY = 'authority-secret-key-for-tests';
const collect = async <T>(rows: AsyncIterable<T> | Iterable<T>) => {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
};
const england = { kind: 'outside-wales' as const, description: 'Bristol' };

describe('the cross-border missing extract', () => {
  const placedInBristol = aChild({
    dateOfBirth: '2010-02-03',
    placements: [{ type: 'residential-independent', start: '2024-01-01', end: null, location: england, homeHasVisitingAdvocacy: false, distanceFromHomeKm: 70 }],
    missingEpisodes: [
      { kind: 'away', startedAt: '2024-06-01T23:30:00Z', endedAt: '2024-06-02T08:00:00Z' },
      { kind: 'missing', startedAt: '2024-07-10T10:00:00Z', endedAt: null },
    ],
  });
  const placedInCardiff = aChild({ placements: [{ type: 'foster-la', start: '2024-01-01', end: null, location: { kind: 'wales', authorityCode: CARDIFF }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 1 }], missingEpisodes: [{}] });

  it('lists episodes of children placed in England in England\'s columns, dates as dd/mm/yyyy in London time', async () => {
    const rows = await collect(crossBorderMissingRows([placedInBristol, placedInCardiff], financialYear(2024), KEY));
    // 23:30 UTC on 1 June is 00:30 on 2 June in London (summer time).
    expect(rows.map(({ DOB, MISSING, MIS_START, MIS_END }) => [DOB, MISSING, MIS_START, MIS_END])).toEqual([
      ['03/02/2010', 'A', '02/06/2024', '02/06/2024'],
      ['03/02/2010', 'M', '10/07/2024', ''],
    ]);
    expect(rows[0]!.CHILD).toMatch(/^P[0-9a-f]{16}$/);
    expect(validateCrossBorderMissing(rows)).toEqual([]);
  });

  it('passes England\'s checks for every generated population', async () => {
    await fc.assert(fc.asyncProperty(populationArbitrary(30), async (population) => {
      const rows = await collect(crossBorderMissingRows(population, { from: '2023-01-01', to: '2026-12-31' }, KEY));
      expect(validateCrossBorderMissing(rows)).toEqual([]);
    }), { numRuns: 20 });
  });

  it('checks the records before a file is written, naming each row at fault and its pseudonym, never a name', async () => {
    // Gwion is placed in Bristol; his record holds an episode in 2009, before he was born in
    // 2010 (row 1), and two episodes in June 2024 that overlap (rows 2 and 3).
    const gwion = aChild({
      givenName: 'Gwion',
      dateOfBirth: '2010-02-03',
      placements: [{ type: 'residential-independent', start: '2009-01-01', end: null, location: england, homeHasVisitingAdvocacy: false, distanceFromHomeKm: 70 }],
      missingEpisodes: [
        { startedAt: '2009-06-01T10:00:00Z', endedAt: '2009-06-01T20:00:00Z' },
        { startedAt: '2024-06-01T10:00:00Z', endedAt: '2024-06-05T10:00:00Z' },
        { startedAt: '2024-06-03T10:00:00Z', endedAt: '2024-06-04T10:00:00Z' },
      ],
    });
    const issues = await checkCrossBorderMissing([placedInBristol, gwion], { from: '2009-04-01', to: '2025-03-31' }, KEY);
    // Bristol's child comes first with two good rows, so Gwion's rows are 3, 4 and 5.
    expect(issues.map((issue) => [issue.row, issue.field, issue.code])).toEqual([[3, 'MIS_START', 'missing.start-before-birth'], [5, 'MIS_START', 'missing.overlap']]);
    expect(issues[0]!.child).toMatch(/^P[0-9a-f]{16}$/);
    expect(JSON.stringify(issues)).not.toContain('Gwion');
    expect(await checkCrossBorderMissing([placedInBristol, placedInCardiff], financialYear(2024), KEY)).toEqual([]);
  });

  it('lists every child placed outside Wales, since the country they are placed in is not recorded', async () => {
    const inScotland = aChild({ placements: [{ type: 'secure', start: '2024-01-01', end: null, location: { kind: 'outside-wales', description: 'Glasgow' }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 500 }], missingEpisodes: [{}] });
    expect(await collect(crossBorderMissingRows([inScotland], financialYear(2024), KEY))).toHaveLength(1);
  });

  const good: CrossBorderMissingRow = { CHILD: 'P1', DOB: '03/02/2010', MISSING: 'M', MIS_START: '01/06/2024', MIS_END: '02/06/2024' };
  it.each([
    ['an unknown code', { MISSING: 'X' }, 'MISSING', 'missing.code-invalid'],
    ['a date that does not exist', { MIS_START: '31/06/2024' }, 'MIS_START', 'missing.start-invalid'],
    ['an end before the start', { MIS_END: '31/05/2024' }, 'MIS_END', 'missing.end-before-start'],
    ['a start before birth', { DOB: '03/02/2025', MIS_START: '01/06/2024' }, 'MIS_START', 'missing.start-before-birth'],
  ])('refuses %s, naming the field', (_name, change, field, code) => {
    const issues = validateCrossBorderMissing([{ ...good, ...change } as CrossBorderMissingRow]);
    expect(issues.map((issue) => [issue.row, issue.field, issue.code])).toContainEqual([1, field, code]);
    expect(issues.every((issue) => issue.message.en.length > 0 && issue.message.cy.length > 0)).toBe(true);
  });

  it('refuses overlapping episodes for a child, and a second episode after one still open', () => {
    expect(validateCrossBorderMissing([good, { ...good, MIS_START: '02/06/2024', MIS_END: '03/06/2024' }]).map((i) => i.code)).toEqual([]);
    expect(validateCrossBorderMissing([good, { ...good, MIS_START: '01/06/2024', MIS_END: '05/06/2024' }]).map((i) => [i.row, i.code])).toEqual([[2, 'missing.overlap']]);
    expect(validateCrossBorderMissing([{ ...good, MIS_END: '' }, { ...good, MIS_START: '09/06/2024', MIS_END: '' }]).map((i) => [i.row, i.code])).toEqual([[2, 'missing.overlap']]);
  });
});

describe('the pseudonymised child extract', () => {
  it('carries no name, case reference, full date of birth or free text, and the same pseudonym each time', async () => {
    const child = aChild({ givenName: 'Siân', familyName: 'Huws', caseReference: 'CARD/12345', dateOfBirth: '2011-09-17' });
    const [row] = await collect(childExtractRows([child], financialYear(2024), KEY));
    const text = JSON.stringify(row);
    for (const identifying of ['Siân', 'Huws', 'CARD/12345', '2011-09-17']) expect(text).not.toContain(identifying);
    expect(row!.birth_month).toBe('2011-09');
    const [again] = await collect(childExtractRows([child], financialYear(2024), KEY));
    expect(again!.pseudonym).toBe(row!.pseudonym);
  });
});

describe('the National Reporting Template', () => {
  const population = Array.from({ length: 12 }, (_, n) =>
    aChild({ offers: [{ trigger: n % 2 ? 'complaint' : 'became-looked-after', triggeredOn: '2024-07-01', referredOn: '2024-07-02', offerMadeOn: '2024-07-03', mode: 'instructed', outcome: 'accepted', outcomeOn: '2024-07-04' }] }),
  );

  it('gives every section its measures for the quarter, with the previous quarter beside them, figures published', async () => {
    const table = await quarterlyReturn(population, '2024-25 Q2', { language: 'cy' });
    const rows = (await collect(table.rows)) as ExportRow[];
    const sections = new Set(rows.map((row) => row.section));
    expect(sections.size).toBe(nationalReportingSections.length);
    expect(sections.has('Cwynion')).toBe(true);
    // 12 referrals this quarter (published as 10), none the quarter before.
    expect(rows.find((row) => row.measure_id === 'referrals')).toMatchObject({ quarter: '2024-25 Q2', value: 10, previous: 0 });
    // 6 prompted by a complaint: rounded to 5.
    expect(rows.find((row) => row.measure_id === 'referrals-trigger-complaint')?.value).toBe(5);
    expect(table.notes?.[0]?.cy).toContain('[c]');
  });

  it('gives the annual report the same sections for each quarter and the whole year', async () => {
    const table = await annualReport(population, 2024, { language: 'en', disclosure: 'exact' });
    const referrals = ((await collect(table.rows)) as ExportRow[]).filter((row) => row.measure_id === 'referrals');
    expect(referrals.map((row) => [row.quarter, row.value])).toEqual([['2024-25 Q1', 0], ['2024-25 Q2', 12], ['2024-25 Q3', 0], ['2024-25 Q4', 0], ['Whole year', 12]]);
  });
});
