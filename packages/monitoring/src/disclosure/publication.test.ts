import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualReport, quarterlyReturn } from '../exports/national-reporting-template.js';
import type { ExportRow } from '../exports/export-row.js';
import { computeMeasures } from '../measures/compute.js';
import { ALL, breakdownDimensionIds, type GroupDimension } from '../measures/dimensions.js';
import { cellOf, isSuppressed, suppressed, type MeasureResult } from '../measures/measure-result.js';
import { financialYear, quarterPeriod } from '../period/financial-quarter.js';
import { populationArbitrary, populationWithTinyAuthorities, tinyAuthorities } from '../test-support/arbitraries.js';
import { aChild, CARDIFF, PROVIDER_A, SWANSEA } from '../test-support/child-records.js';
import { attackTogether, truthFrom } from '../test-support/joint-attacker.js';
import { computePublications, figuresFrom, type FiguresRequest, type Publication } from './publication.js';

const collect = async <T>(rows: AsyncIterable<T> | Iterable<T>) => {
  const all: T[] = [];
  for await (const row of rows) all.push(row);
  return all;
};
const groupings: readonly (readonly GroupDimension[])[] = [['authority'], ['rpbRegion'], ['advocacyRegion'], ['provider'], []];
const allBreakdowns = [...breakdownDimensionIds];

/**
 * Every table published together for a quarter: by authority, each region, provider and for
 * Wales, with every breakdown; the same for the previous quarter (shown beside it in the return);
 * and the annual report's tables for the financial year, by quarter and for the whole year.
 */
function tablesPublishedWith(quarter: string, previous: string, startYear: number): FiguresRequest[] {
  const requests: FiguresRequest[] = [];
  for (const period of [quarterPeriod(quarter), quarterPeriod(previous)]) for (const groupBy of groupings) requests.push({ period, groupBy, breakdown: allBreakdowns });
  for (const groupBy of groupings) requests.push({ period: financialYear(startYear), groupBy: [...groupBy, 'quarter'], breakdown: allBreakdowns });
  return requests;
}

function attackEverything(publications: ReadonlyMap<number, Publication>, requests: readonly FiguresRequest[]) {
  const published = requests.map((request) => figuresFrom(publications, request));
  const exact = requests.map((request) => figuresFrom(publications, { ...request, disclosure: 'exact' }));
  return attackTogether(published, truthFrom(exact), { shown: 'rounded' });
}

describe('everything published together for a quarter', () => {
  it('lets no reader pin down a withheld count, even tiny authorities with 1 to 4 children, solving every table at once', async () => {
    await fc.assert(fc.asyncProperty(populationWithTinyAuthorities(30), fc.constantFrom(['2024-25 Q1', '2023-24 Q4'], ['2024-25 Q3', '2024-25 Q2']), async (population, [quarter, previous]) => {
      const publications = await computePublications(population, [2023, 2024]);
      const report = attackEverything(publications, tablesPublishedWith(quarter!, previous!, 2024));
      expect(report.pinned).toEqual([]);
    }), { numRuns: 4, endOnFailure: true });
  }, 600_000);

  it('lets no reader pin down a withheld count in larger populations either', async () => {
    await fc.assert(fc.asyncProperty(populationArbitrary(40, 20), async (population) => {
      const publications = await computePublications(population, [2024]);
      const report = attackEverything(publications, tablesPublishedWith('2024-25 Q3', '2024-25 Q2', 2024));
      expect(report.withheld).toBeGreaterThan(0);
      expect(report.pinned).toEqual([]);
    }), { numRuns: 3, endOnFailure: true });
  }, 600_000);

  it('shows each figure the same in every table it appears in, and the returns show those very figures', async () => {
    await fc.assert(fc.asyncProperty(populationWithTinyAuthorities(20), async (population) => {
      const publications = await computePublications(population, [2024]);
      const q2 = quarterPeriod('2024-25 Q2');
      const byAuthority = figuresFrom(publications, { period: q2, groupBy: ['authority'], breakdown: ['ageBand'] });
      const byRegion = figuresFrom(publications, { period: q2, groupBy: ['rpbRegion'], breakdown: [] });
      const wales = figuresFrom(publications, { period: q2, groupBy: [], breakdown: [] });
      const year = figuresFrom(publications, { period: financialYear(2024), groupBy: ['authority', 'quarter'], breakdown: [] });
      for (const measure of ['children-entitled', 'offers-made', 'referrals', 'missing-episodes']) {
        const walesFigure = cellOf(wales, measure, {});
        expect(cellOf(byAuthority, measure, { authority: ALL })).toEqual(walesFigure);
        expect(cellOf(byRegion, measure, { rpbRegion: ALL })).toEqual(walesFigure);
        expect(cellOf(year, measure, { authority: ALL, quarter: '2024-25 Q2' })).toEqual(walesFigure);
        for (const authority of tinyAuthorities) expect(cellOf(year, measure, { authority, quarter: '2024-25 Q2' }) ?? 0).toEqual(cellOf(byAuthority, measure, { authority }) ?? 0);
      }
      const annual = (await collect((await annualReport(publications, 2024, { language: 'en', groupBy: ['authority'] })).rows)) as ExportRow[];
      const quarterly = (await collect((await quarterlyReturn(publications, '2024-25 Q3', { language: 'en', groupBy: ['authority'] })).rows)) as ExportRow[];
      const shown = (value: unknown) => (isSuppressed(value as never) ? '[c]' : value);
      for (const row of quarterly.filter((candidate) => candidate.measure_id === 'offers-made')) {
        const sameInAnnual = annual.find((candidate) => candidate.measure_id === 'offers-made' && candidate.authority === row.authority && candidate.quarter === '2024-25 Q2');
        expect(shown(row.previous)).toEqual(shown(sameInAnnual?.value));
      }
    }), { numRuns: 4 });
  });
});

describe('a publication from hand-built children', async () => {
  // Seven children in seven authorities, one each: Wales has 7, which would be shown as 5. A
  // reader who knows each withheld authority has at least 1 would then know Wales is exactly 7
  // and every authority exactly 1. So Wales is withheld too.
  const seven = ['W06000001', 'W06000002', 'W06000003', 'W06000011', 'W06000015', 'W06000018', 'W06000024'].map((authorityCode) => aChild({ authorityCode }));
  const publications = await computePublications(seven, [2024]);
  const q2 = quarterPeriod('2024-25 Q2');

  it('withholds a total whose withheld parts, each at least 1, would add up to it exactly', () => {
    const table = figuresFrom(publications, { period: q2, groupBy: ['authority'], breakdown: [] });
    expect(cellOf(table, 'children-entitled', { authority: CARDIFF })).toEqual(suppressed);
    expect(cellOf(table, 'children-entitled', { authority: ALL })).toEqual(suppressed);
    expect(attackEverything(publications, tablesPublishedWith('2024-25 Q2', '2024-25 Q1', 2024)).pinned).toEqual([]);
  }, 120_000);

  it('shows figures that differ from the exact ones only by rounding, and an authority\'s own figures exactly', async () => {
    const many = Array.from({ length: 23 }, (_, n) => aChild({ authorityCode: n % 2 ? CARDIFF : SWANSEA }));
    const big = await computePublications(many, [2024]);
    const table = figuresFrom(big, { period: q2, groupBy: ['authority'], breakdown: [] });
    // Cardiff 11 (shown as 10), Swansea 12 (10), Wales 23 (25).
    expect([CARDIFF, SWANSEA, ALL].map((authority) => cellOf(table, 'children-entitled', { authority }))).toEqual([10, 10, 25]);
    const own = await computeMeasures(many.filter((child) => child.child.authorityCode === CARDIFF), { period: q2 });
    expect(cellOf(own, 'children-entitled', {})).toBe(11);
    expect(cellOf(figuresFrom(big, { period: q2, groupBy: ['authority'], breakdown: [], disclosure: 'exact' }), 'children-entitled', { authority: CARDIFF })).toBe(11);
  });

  it('does not publish two groupings crossed: an authority\'s figures for one provider show as withheld', async () => {
    const referred = Array.from({ length: 12 }, () => aChild({ offers: [{ triggeredOn: '2024-07-01', providerId: PROVIDER_A, referredOn: '2024-07-02' }] }));
    const table = figuresFrom(await computePublications(referred, [2024]), { period: q2, groupBy: ['authority', 'provider'], breakdown: [] });
    expect(cellOf(table, 'referrals', { authority: CARDIFF, provider: PROVIDER_A })).toEqual(suppressed);
    expect(cellOf(table, 'referrals', { authority: CARDIFF, provider: ALL })).toBe(10);
    expect(cellOf(table, 'referrals', { authority: ALL, provider: PROVIDER_A })).toBe(10);
  });

  it('gives a provider its own row as its total, and nothing about anyone else', async () => {
    const referred = Array.from({ length: 12 }, (_, n) => aChild({ offers: [{ triggeredOn: '2024-07-01', providerId: n < 8 ? PROVIDER_A : null, referredOn: n < 8 ? '2024-07-02' : null }] }));
    const table = figuresFrom(await computePublications(referred, [2024]), { period: q2, groupBy: ['provider'], breakdown: [], own: { grouping: 'provider', value: PROVIDER_A } });
    expect(table.rows).toEqual([{ provider: PROVIDER_A }, { provider: ALL }]);
    // 8 referrals to the provider, shown as 10; the 4 rounds never referred are not the provider's.
    expect(cellOf(table, 'referrals', { provider: ALL })).toBe(10);
    expect(cellOf(table, 'offers-due', { provider: ALL })).toBe(10);
  });

  it('adds up a period of several quarters from the quarters\' published figures, and withholds children counted across them', async () => {
    const spread = ['2024-04-10', '2024-05-10', '2024-07-10', '2024-08-10', '2024-08-20', '2024-09-01'].flatMap((date) => Array.from({ length: 5 }, () => aChild({ offers: [{ triggeredOn: date }] })));
    const publications2 = await computePublications(spread, [2024]);
    const half = figuresFrom(publications2, { period: { from: '2024-04-01', to: '2024-09-30' }, groupBy: [], breakdown: [] });
    // Q1: 10 rounds due, Q2: 20; the half year adds the published quarters.
    expect(cellOf(half, 'offers-due', {})).toBe(30);
    expect(cellOf(half, 'children-entitled', {})).toEqual(suppressed);
  });
});
