// Everything published about one financial year, protected as one. Commissioners and providers
// read the same figures through many tables: by authority, by RPB region, by advocacy region, by
// provider, for Wales; broken down by age, legal status and the rest; for each quarter, beside
// the previous quarter, and for the whole year. Protecting each table on its own lets a reader
// difference one against another (a region less its other authorities, a quarter shown in one
// table and withheld in the next). So each financial year's figures are counted once, for every
// one of those groupings and breakdowns and every quarter, disclosure control runs over all of
// them together, and every published table (returns, annual reports, the figures the API
// serves) is read out of that one protected set.
import { localAuthorities, regionMemberships, regionOn, type ChildRecord } from '@cynnig/domain';
import { measureCounter, ratioOf, type MeasureCounter } from '../measures/compute.js';
import { ALL, breakdownDimensionIds, unknownGroupValues, type BreakdownDimension, type GroupDimension } from '../measures/dimensions.js';
import type { MeasureDefinition, MeasureParameters } from '../measures/measure.js';
import { measureCatalogue } from '../measures/measure-catalogue.js';
import { columnsFor, rowKey, suppressed, type CellValue, type Disclosure, type GroupRow, type MeasureResult } from '../measures/measure-result.js';
import { financialYear, quarterPeriod, quartersIn, type Period } from '../period/financial-quarter.js';
import { applyDisclosure } from './apply-disclosure.js';
import type { ExtraGroupLine } from './suppression-model.js';

/** The groupings published: one at a time (with Wales as their total), never crossed. */
export const publishedGroupings = ['authority', 'rpbRegion', 'advocacyRegion', 'provider'] as const;
export type PublishedGrouping = (typeof publishedGroupings)[number];

const cubeGroupBy: readonly GroupDimension[] = [...publishedGroupings, 'quarter'];

/**
 * Measures that are the referrals' own breakdown cells under another name: out-of-county
 * referrals are referrals in the "elsewhere in Wales" and "outside Wales" area columns, and
 * referrals of unaccompanied asylum-seeking children the "uasc" asylum column. Published figures
 * show them as exactly those cells (and their total), so they give nothing away the referrals do
 * not; their other breakdowns would be a second, overlapping cross-tabulation and are not published.
 */
export const referralColumnMeasures: readonly { readonly id: string; readonly dimension: BreakdownDimension; readonly values: readonly string[] }[] = [
  { id: 'referrals-out-of-county', dimension: 'area', values: ['elsewhere-in-wales', 'outside-wales'] },
  { id: 'referrals-uasc', dimension: 'asylumStatus', values: ['uasc'] },
];

export interface Publication {
  readonly startYear: number;
  /** Every grouping, quarter and breakdown, exact. Never leaves the server. */
  readonly exact: MeasureResult;
  /** The same figures after disclosure control over all of them together. */
  readonly published: MeasureResult;
}

export interface PublicationOptions {
  readonly parameters?: Partial<MeasureParameters>;
}

const counted: readonly MeasureDefinition[] = measureCatalogue.filter((measure) => !referralColumnMeasures.some((derived) => derived.id === measure.id));

/** Region kinds whose membership stays the same all year, so a region is exactly its authorities. */
function steadyRegionKinds(startYear: number): ('rpbRegion' | 'advocacyRegion')[] {
  const { from, to } = financialYear(startYear);
  const changes = regionMemberships.flatMap((membership) => [membership.from, membership.to]).filter((date): date is string => date !== null && date > from && date < to);
  return (['rpbRegion', 'advocacyRegion'] as const).filter((kind) =>
    localAuthorities.every((authority) => new Set([from, to, ...changes].map((date) => regionOn(authority.code, kind === 'rpbRegion' ? 'rpb' : 'advocacy', date)?.id)).size === 1),
  );
}

/** Each region is the sum of its authorities; an advocacy region made of whole RPB regions is also their sum. */
function regionLines(startYear: number, kinds: readonly ('rpbRegion' | 'advocacyRegion')[]): ExtraGroupLine[] {
  const on = financialYear(startYear).to;
  const keyOf = (row: GroupRow) => rowKey(publishedGroupings, row);
  const regionOf = (authority: string, kind: 'rpbRegion' | 'advocacyRegion') => regionOn(authority, kind === 'rpbRegion' ? 'rpb' : 'advocacy', on)?.id ?? unknownGroupValues.region.code;
  const lines: ExtraGroupLine[] = [];
  for (const kind of kinds) {
    const members = new Map<string, string[]>();
    for (const authority of localAuthorities) members.set(regionOf(authority.code, kind), [...(members.get(regionOf(authority.code, kind)) ?? []), authority.code]);
    for (const [region, authorities] of members) lines.push({ margin: keyOf({ [kind]: region }), parts: authorities.map((authority) => keyOf({ authority })) });
  }
  if (kinds.includes('rpbRegion') && kinds.includes('advocacyRegion')) {
    const wider = new Map<string, Set<string>>();
    for (const authority of localAuthorities) {
      const rpb = regionOf(authority.code, 'rpbRegion');
      wider.set(rpb, (wider.get(rpb) ?? new Set()).add(regionOf(authority.code, 'advocacyRegion')));
    }
    const advocacy = new Map<string, string[]>();
    for (const [rpb, regions] of wider) {
      if (regions.size !== 1) continue;
      const [region] = regions;
      advocacy.set(region!, [...(advocacy.get(region!) ?? []), rpb]);
    }
    const whole = [...advocacy].filter(([region]) => [...wider].every(([, regions]) => regions.size === 1 || !regions.has(region)));
    for (const [region, rpbs] of whole) lines.push({ margin: keyOf({ advocacyRegion: region }), parts: rpbs.map((rpb) => keyOf({ rpbRegion: rpb })) });
  }
  return lines;
}

/** Counts one financial year for publication; feed it records, then ask for the publication. */
export function publicationCounter(startYear: number, options: PublicationOptions = {}): { add(record: ChildRecord): void; publication(): Publication } {
  const steady = steadyRegionKinds(startYear);
  const shapes = [[], ...publishedGroupings.filter((grouping) => grouping === 'authority' || grouping === 'provider' || steady.includes(grouping)).map((grouping) => [grouping])];
  const counter: MeasureCounter = measureCounter({
    period: financialYear(startYear),
    groupBy: cubeGroupBy,
    breakdown: [...breakdownDimensionIds],
    measures: counted,
    rowShapes: shapes,
    ...(options.parameters ? { parameters: options.parameters } : {}),
  });
  return {
    add: (record) => counter.add(record),
    publication: () => {
      const exact = counter.result();
      const published = applyDisclosure(exact, 'published', { groupLines: regionLines(startYear, steady) });
      return { startYear, exact: withReferralColumns(exact), published: withReferralColumns(published) };
    },
  };
}

/** Publications for several financial years, counted in one pass over the records. */
export async function computePublications(records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>, startYears: Iterable<number>, options: PublicationOptions = {}): Promise<Map<number, Publication>> {
  const counters = [...new Set(startYears)].map((startYear) => [startYear, publicationCounter(startYear, options)] as const);
  for await (const record of records) for (const [, counter] of counters) counter.add(record);
  return new Map(counters.map(([startYear, counter]) => [startYear, counter.publication()]));
}

/** The financial years (by starting calendar year) a period's quarters fall in. */
export function financialYearsOf(period: Period): number[] {
  return [...new Set(quartersIn(period).map((quarter) => Number(quarter.slice(0, 4))))];
}

/** Adds the out-of-county and asylum-seeking referral measures, read from the referrals' own cells. */
function withReferralColumns(result: MeasureResult): MeasureResult {
  const width = result.columns.length;
  const referrals = result.values.get('referrals')!;
  const values = new Map(result.values);
  const measures = [...result.measures];
  for (const derived of referralColumnMeasures) {
    const definition = measureCatalogue.find((measure) => measure.id === derived.id)!;
    const wanted = derived.values.map((value) => result.columns.findIndex((column) => column.dimension === derived.dimension && column.value === value));
    const cells: CellValue[] = new Array(result.rows.length * width);
    for (let r = 0; r < result.rows.length; r += 1) {
      // The total is the figures shown for its columns added up, so it tells nothing they do not.
      const parts = wanted.map((c) => referrals[r * width + c]!);
      cells[r * width] = parts.some((part) => typeof part !== 'number') ? suppressed : (parts as number[]).reduce((sum, part) => sum + part, 0);
      result.columns.forEach((column, c) => {
        if (c === 0) return;
        if (column.dimension !== derived.dimension) cells[r * width + c] = null;
        else cells[r * width + c] = derived.values.includes(column.value) ? referrals[r * width + c]! : 0;
      });
    }
    values.set(derived.id, cells);
    measures.push(definition);
  }
  const order = new Map(measureCatalogue.map((measure, index) => [measure.id, index]));
  measures.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { ...result, measures, values };
}

export interface FiguresRequest {
  /** Whole quarters, within the financial years of the publications given. */
  readonly period: Period;
  readonly groupBy: readonly GroupDimension[];
  readonly breakdown: readonly BreakdownDimension[];
  /** Only these measures (all when null or left out). */
  readonly measureIds?: readonly string[] | null;
  /**
   * An authority's or a provider's own published figures: that row of the publication is its
   * "all", and no other authority's or provider's figures are shown.
   */
  readonly own?: { readonly grouping: 'authority' | 'provider'; readonly value: string };
  readonly disclosure?: Disclosure;
}

/**
 * One table out of the publications: any period of whole quarters, grouped by one published
 * grouping (or none), with or without quarters, with any breakdowns. Rows of two groupings
 * crossed (an authority's figures for one provider) are not published and show as withheld. For
 * a period longer than a quarter that is not one financial year, the whole-period row adds up the
 * published quarters for counts of things, and withholds counts of children (a child counts in
 * every quarter, so those would be new figures).
 */
export function figuresFrom(publications: ReadonlyMap<number, Publication>, request: FiguresRequest): MeasureResult {
  const disclosure = request.disclosure ?? 'published';
  const quarters = quartersIn(request.period);
  if (quarterPeriod(quarters[0]!).from !== request.period.from || quarterPeriod(quarters.at(-1)!).to !== request.period.to) {
    throw new RangeError(`published figures are for whole quarters: ${request.period.from} to ${request.period.to}`);
  }
  const publicationOf = (quarter: string) => {
    const publication = publications.get(Number(quarter.slice(0, 4)));
    if (!publication) throw new RangeError(`no publication for the financial year of ${quarter}`);
    return disclosure === 'published' ? publication.published : publication.exact;
  };
  const first = publicationOf(quarters[0]!);
  const wholeYear = quarters.length === 4 && quarters[0]!.endsWith('Q1') && quarters.every((quarter) => quarter.slice(0, 7) === quarters[0]!.slice(0, 7));
  const periodKind = quarters.length === 1 ? 'quarter' : wholeYear ? 'year' : 'span';
  if (periodKind === 'span' && disclosure === 'exact') throw new RangeError('exact figures from a publication are for one quarter or one financial year');

  const groupDimensions = request.groupBy.filter((dimension): dimension is PublishedGrouping => dimension !== 'quarter');
  const byQuarter = request.groupBy.includes('quarter');
  const own = request.own;
  // The values each grouping takes in the publications (an authority or provider sees only itself).
  const valuesOf = new Map<PublishedGrouping, string[]>();
  for (const dimension of groupDimensions) {
    if (own && dimension === own.grouping) {
      valuesOf.set(dimension, [own.value]);
      continue;
    }
    const seen = new Set<string>();
    for (const quarter of quarters) for (const row of publicationOf(quarter).rows) if (row[dimension] !== ALL && shapeOf(row).length === 1) seen.add(row[dimension]!);
    valuesOf.set(dimension, [...seen].sort());
  }
  let groupRows: GroupRow[] = [{}];
  for (const dimension of request.groupBy) {
    if (dimension === 'quarter') continue;
    groupRows = groupRows.flatMap((row) => [...valuesOf.get(dimension as PublishedGrouping)!, ALL].map((value) => ({ ...row, [dimension]: value })));
  }
  const periodRows = byQuarter ? [...quarters, ALL] : [ALL];
  const rows: GroupRow[] = [];
  for (const group of groupRows) for (const quarter of periodRows) rows.push(byQuarter ? orderedRow(request.groupBy, { ...group, quarter }) : orderedRow(request.groupBy, group));
  if (byQuarter) rows.sort((a, b) => compareRows(request.groupBy, a, b));

  const columns = columnsFor(request.breakdown);
  const columnIndex = columns.map((column) => first.columns.findIndex((candidate) => candidate.dimension === column.dimension && candidate.value === column.value));
  const wanted = request.measureIds ? new Set(request.measureIds) : null;
  const measures = first.measures.filter((measure) => !wanted || wanted.has(measure.id));
  const cubeWidth = first.columns.length;
  const indexes = new Map<MeasureResult, Map<string, number>>();
  const cubeRow = (cube: MeasureResult, row: GroupRow): number => {
    let index = indexes.get(cube);
    if (!index) indexes.set(cube, (index = new Map(cube.rows.map((candidate, r) => [rowKey(cubeGroupBy, candidate), r]))));
    return index.get(rowKey(cubeGroupBy, row)) ?? -1;
  };
  /** The cube's row for a requested group in one quarter (ALL for the whole year), or null when not published. */
  const sourceRow = (group: GroupRow): GroupRow | null => {
    const set = groupDimensions.filter((dimension) => group[dimension] !== ALL && group[dimension] !== undefined);
    if (own) {
      if (set.some((dimension) => dimension !== own.grouping)) return null;
      return { [own.grouping]: own.value };
    }
    if (set.length > 1) return null;
    return set.length === 0 ? {} : { [set[0]!]: group[set[0]!] };
  };
  /** Where one requested row's figure for one quarter (ALL: the whole year) is in the cube: [cube, row] or null when not published. */
  const locate = (group: GroupRow, quarter: string): readonly [MeasureResult, number] | null => {
    const source = sourceRow(group);
    if (source === null) return null;
    const cube = publicationOf(quarter === ALL ? quarters[0]! : quarter);
    return [cube, cubeRow(cube, { ...source, quarter })];
  };
  const cellAt = (measure: MeasureDefinition, located: readonly [MeasureResult, number] | null, column: number): CellValue => {
    if (located === null) return suppressed;
    const [cube, r] = located;
    if (r < 0) return measure.kind === 'count' ? 0 : null;
    return cube.values.get(measure.id)![r * cubeWidth + column]!;
  };

  const values = new Map<string, CellValue[]>();
  const countIds = measures.filter((measure) => measure.kind === 'count').map((measure) => measure.id);
  const inputs = new Set([...countIds, ...measures.flatMap((measure) => (measure.kind === 'ratio' ? [measure.numeratorId, measure.denominatorId] : measure.kind === 'percentile' ? [measure.countId] : []))]);
  const allMeasures = first.measures.filter((measure) => inputs.has(measure.id) || measures.includes(measure));
  for (const measure of allMeasures) values.set(measure.id, []);
  for (const row of rows) {
    const group = Object.fromEntries(groupDimensions.map((dimension) => [dimension, row[dimension]]));
    const quarter = byQuarter && row.quarter !== ALL ? row.quarter! : null;
    const sources = quarter !== null || periodKind === 'quarter' ? [locate(group, quarter ?? quarters[0]!)] : periodKind === 'year' ? [locate(group, ALL)] : quarters.map((q) => locate(group, q));
    for (const measure of allMeasures) {
      const cells = values.get(measure.id)!;
      for (const column of columnIndex) {
        cells.push(sources.length === 1 ? cellAt(measure, sources[0]!, column) : spanCell(measure, sources.map((source) => cellAt(measure, source, column))));
      }
    }
  }
  // Rates over a span are worked out again from the span's counts.
  if (periodKind === 'span') {
    const width = columns.length;
    for (const measure of allMeasures) {
      if (measure.kind !== 'ratio' || !values.has(measure.id)) continue;
      const top = values.get(measure.numeratorId) ?? [];
      const bottom = values.get(measure.denominatorId) ?? [];
      values.set(measure.id, values.get(measure.id)!.map((cell, index) => {
        const quarter = rows[Math.floor(index / width)]!.quarter;
        return byQuarter && quarter !== ALL ? cell : ratioOf(top[index] ?? null, bottom[index] ?? null);
      }));
    }
  }
  for (const id of [...values.keys()]) if (!measures.some((measure) => measure.id === id)) values.delete(id);
  return { period: request.period, groupBy: request.groupBy, breakdown: request.breakdown, parameters: first.parameters, measures, rows, columns, values, disclosure };
}

/** The whole-period figure of a span from its quarters' published figures. */
function spanCell(measure: MeasureDefinition, parts: readonly CellValue[]): CellValue {
  if (measure.kind === 'count' && measure.unit !== 'child') {
    let sum = 0;
    for (const part of parts) {
      if (typeof part !== 'number') return suppressed;
      sum += part;
    }
    return sum;
  }
  if (measure.kind === 'count') return parts.every((part) => part === 0) ? 0 : suppressed;
  if (measure.kind === 'ratio') return null;
  return suppressed;
}

function shapeOf(row: GroupRow): string[] {
  return publishedGroupings.filter((dimension) => row[dimension] !== undefined && row[dimension] !== ALL);
}

function orderedRow(groupBy: readonly GroupDimension[], row: GroupRow): GroupRow {
  return Object.fromEntries(groupBy.map((dimension) => [dimension, row[dimension] ?? ALL]));
}

/** Rows in order of their values with each "all" after the values it totals (as computeMeasures orders them). */
function compareRows(groupBy: readonly GroupDimension[], a: GroupRow, b: GroupRow): number {
  for (const dimension of groupBy) {
    const x = a[dimension]!;
    const y = b[dimension]!;
    if (x === y) continue;
    if (x === ALL) return 1;
    if (y === ALL) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}
