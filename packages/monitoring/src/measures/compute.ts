// Counts every measure over a stream of child records in one pass. Memory grows with the
// number of output cells (rows x columns x measures), never with the number of children:
// each record is read, added to the cells it belongs in, and let go.
import type { ChildRecord, IsoDate } from '@cynnig/domain';
import { assertPeriod, financialQuarterOf, inPeriod, quarterPeriod, quartersIn, clipToPeriod, type Period } from '../period/financial-quarter.js';
import { childFactsOn, providerOn, type ChildFacts } from './child-facts.js';
import { ALL, breakdownDimensionIds, groupDimensionIds, type BreakdownDimension, type GroupDimension } from './dimensions.js';
import { referenceDateIn } from './entitlement.js';
import { defaultMeasureParameters, type ChildCountMeasure, type EpisodeCountMeasure, type MeasureDefinition, type MeasureParameters, type OfferCountMeasure, type OfferPercentileMeasure } from './measure.js';
import { checkMeasures, measureCatalogue } from './measure-catalogue.js';
import { columnsFor, type CellValue, type GroupRow, type MeasureResult } from './measure-result.js';

export interface ComputeOptions {
  readonly period: Period;
  readonly groupBy?: readonly GroupDimension[];
  readonly breakdown?: readonly BreakdownDimension[];
  readonly parameters?: Partial<MeasureParameters>;
  /** The catalogue unless given: a report may compute only its own measures. */
  readonly measures?: readonly MeasureDefinition[];
  /**
   * Which group dimensions may be set together in a row (the others are "all"), quarter aside.
   * By default every combination is counted (a full cross-tabulation with its margins); a
   * publication asks only for one dimension at a time: `[[], ['authority'], ['rpbRegion'], ...]`.
   * Must include every subset of each shape (at least `[]`), so each row has its margins.
   */
  readonly rowShapes?: readonly (readonly Exclude<GroupDimension, 'quarter'>[])[];
}

/** Counts records one at a time, so several periods can be counted in one pass over a stream. */
export interface MeasureCounter {
  add(record: ChildRecord): void;
  /** The figures counted so far. */
  result(): MeasureResult;
}

const SEPARATOR = '\u001f';

interface Window {
  readonly period: Period;
  /** The quarter this window is, or ALL for the whole period. */
  readonly quarter: string;
}

/**
 * Computes measures for a period, grouped and broken down. Figures are exact: pass the result
 * to `applyDisclosure` before it leaves the authority.
 *
 * ```ts
 * const result = await computeMeasures(streamChildRecords(db, scope), { period: financialYear(2024), groupBy: ['authority', 'quarter'], breakdown: ['ageBand'] });
 * ```
 */
export async function computeMeasures(records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>, options: ComputeOptions): Promise<MeasureResult> {
  const counter = measureCounter(options);
  for await (const record of records) counter.add(record);
  return counter.result();
}

/** A counter for one set of options; `computeMeasures` is one of these fed a whole stream. */
export function measureCounter(options: ComputeOptions): MeasureCounter {
  const { period } = options;
  assertPeriod(period);
  const groupBy = [...(options.groupBy ?? [])];
  const breakdown = [...(options.breakdown ?? [])];
  for (const dimension of groupBy) if (!groupDimensionIds.includes(dimension)) throw new RangeError(`unknown group: ${dimension}`);
  for (const dimension of breakdown) if (!breakdownDimensionIds.includes(dimension)) throw new RangeError(`unknown breakdown: ${dimension}`);
  if (new Set(groupBy).size !== groupBy.length || new Set(breakdown).size !== breakdown.length) throw new RangeError('a dimension is named twice');
  const parameters: MeasureParameters = { ...defaultMeasureParameters, ...options.parameters };
  const measures = options.measures ?? measureCatalogue;
  checkMeasures(measures);

  const columns = columnsFor(breakdown);
  const columnIndex = new Map(columns.map((column, index) => [`${column.dimension ?? ''}=${column.value}`, index]));
  const byQuarter = groupBy.includes('quarter');
  const windows: Window[] = [{ period, quarter: ALL }];
  if (byQuarter) {
    for (const quarter of quartersIn(period)) windows.push({ period: clipToPeriod(quarterPeriod(quarter), period)!, quarter });
  }

  const childCounts = measures.filter((m): m is ChildCountMeasure => m.kind === 'count' && m.unit === 'child');
  const offerCounts = measures.filter((m): m is OfferCountMeasure => m.kind === 'count' && m.unit === 'offer');
  const episodeCounts = measures.filter((m): m is EpisodeCountMeasure => m.kind === 'count' && m.unit === 'missing-episode');
  const percentiles = measures.filter((m): m is OfferPercentileMeasure => m.kind === 'percentile');

  const sums = new Map<string, Map<string, Float64Array>>(measures.filter((m) => m.kind === 'count').map((m) => [m.id, new Map()]));
  const histograms = new Map<string, Map<string, Map<number, number>[]>>(percentiles.map((m) => [m.id, new Map()]));
  const seenRows = new Set<string>();

  for (const shape of options.rowShapes ?? []) {
    for (const dimension of shape) if (!groupBy.includes(dimension)) throw new RangeError(`a row shape names ${dimension}, which is not grouped by`);
  }
  const shapes = options.rowShapes?.map((shape) => new Set<string>(shape));
  /** Row keys a thing belongs in: its own value and the "all" margin of every group dimension. */
  const rowKeysFor = (facts: ChildFacts, quarters: readonly string[]): string[] => {
    if (shapes) {
      const keys: string[] = [];
      for (const shape of shapes) {
        for (const quarter of quarters) {
          const key = groupBy.map((dimension) => (dimension === 'quarter' ? quarter : shape.has(dimension) ? facts[dimension] : ALL)).join(SEPARATOR);
          keys.push(key);
          seenRows.add(key);
        }
      }
      return keys;
    }
    let keys = [''];
    groupBy.forEach((dimension, position) => {
      const options = dimension === 'quarter' ? quarters : [facts[dimension], ALL];
      const next: string[] = [];
      for (const key of keys) for (const option of options) next.push(position === 0 ? option : key + SEPARATOR + option);
      keys = next;
    });
    for (const key of keys) seenRows.add(key);
    return keys;
  };
  const columnsOf = (facts: ChildFacts): number[] => [0, ...breakdown.map((dimension) => columnIndex.get(`${dimension}=${facts[dimension]}`)!)];

  const addCount = (measureId: string, rows: readonly string[], cols: readonly number[], amount: number) => {
    const table = sums.get(measureId)!;
    for (const row of rows) {
      let cells = table.get(row);
      if (!cells) table.set(row, (cells = new Float64Array(columns.length)));
      for (const col of cols) cells[col]! += amount;
    }
  };
  const addValue = (measureId: string, rows: readonly string[], cols: readonly number[], value: number) => {
    const table = histograms.get(measureId)!;
    for (const row of rows) {
      let cells = table.get(row);
      if (!cells) table.set(row, (cells = columns.map(() => new Map<number, number>())));
      for (const col of cols) cells[col]!.set(value, (cells[col]!.get(value) ?? 0) + 1);
    }
  };
  const eventQuarters = (date: IsoDate) => [financialQuarterOf(date), ALL];

  const add = (record: ChildRecord) => {
    const factsCache = new Map<string, ChildFacts>();
    const factsOn = (on: IsoDate, provider?: string | null) => {
      const key = `${on}|${provider === undefined ? '?' : (provider ?? '-')}`;
      let facts = factsCache.get(key);
      if (!facts) factsCache.set(key, (facts = childFactsOn(record, on, provider)));
      return facts;
    };

    for (const window of windows) {
      if (childCounts.length === 0) break;
      const on = referenceDateIn(record, window.period);
      const facts = factsOn(on);
      let rows: string[] | undefined;
      let cols: number[] | undefined;
      for (const measure of childCounts) {
        const amount = measure.count({ record, window: window.period, on, parameters });
        if (amount === 0) continue;
        rows ??= rowKeysFor(facts, [window.quarter]);
        cols ??= columnsOf(facts);
        addCount(measure.id, rows, cols, amount);
      }
    }

    for (const offer of record.offers) {
      for (const measure of offerCounts) {
        const date = measure.dateOf(offer);
        if (!inPeriod(date, period) || !measure.counts(offer, record, parameters)) continue;
        const facts = factsOn(date, offer.providerId);
        addCount(measure.id, rowKeysFor(facts, eventQuarters(date)), columnsOf(facts), 1);
      }
      for (const measure of percentiles) {
        const date = measure.dateOf(offer);
        if (!inPeriod(date, period)) continue;
        const value = measure.value(offer, record, parameters);
        if (value === null) continue;
        const facts = factsOn(date, offer.providerId);
        addValue(measure.id, rowKeysFor(facts, eventQuarters(date)), columnsOf(facts), value);
      }
    }

    for (const episode of record.missingEpisodes) {
      for (const measure of episodeCounts) {
        const date = measure.dateOf(episode);
        if (!inPeriod(date, period) || !measure.counts(episode, record, parameters)) continue;
        const facts = factsOn(date, providerOn(record, date));
        addCount(measure.id, rowKeysFor(facts, eventQuarters(date)), columnsOf(facts), 1);
      }
    }
  };

  const result = (): MeasureResult => {
    if (groupBy.length === 0) seenRows.add('');
    if (byQuarter) {
      // Every group that had anything gets a row for every quarter, so a quiet quarter shows as 0.
      const position = groupBy.indexOf('quarter');
      for (const key of [...seenRows]) {
        const parts = key.split(SEPARATOR);
        for (const window of windows) {
          parts[position] = window.quarter;
          seenRows.add(parts.join(SEPARATOR));
        }
      }
    }
    const rowKeys = [...seenRows].sort(compareRowKeys);
    const rows: GroupRow[] = rowKeys.map((key) => {
      const parts = key.split(SEPARATOR);
      return Object.fromEntries(groupBy.map((dimension, index) => [dimension, parts[index]!]));
    });

    const values = new Map<string, CellValue[]>();
    for (const measure of measures) {
      if (measure.kind === 'count') {
        const table = sums.get(measure.id)!;
        values.set(measure.id, rowKeys.flatMap((key) => {
          const cells = table.get(key);
          return cells ? Array.from(cells) : columns.map(() => 0);
        }));
      } else if (measure.kind === 'percentile') {
        const table = histograms.get(measure.id)!;
        values.set(measure.id, rowKeys.flatMap((key) => {
          const cells = table.get(key);
          return cells ? cells.map((histogram) => nearestRank(histogram, measure.percentile)) : columns.map(() => null);
        }));
      }
    }
    for (const measure of measures) {
      if (measure.kind !== 'ratio') continue;
      const numerator = values.get(measure.numeratorId)!;
      const denominator = values.get(measure.denominatorId)!;
      values.set(measure.id, numerator.map((top, index) => ratioOf(top, denominator[index]!)));
    }

    return { period, groupBy, breakdown, parameters, measures, rows, columns, values, disclosure: 'exact' };
  };
  return { add, result };
}

/** A count over a count; null over nothing; suppressed when either side is. */
export function ratioOf(numerator: CellValue, denominator: CellValue): CellValue {
  if (typeof numerator === 'object' && numerator !== null) return numerator;
  if (typeof denominator === 'object' && denominator !== null) return denominator;
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

/** Nearest-rank percentile of a histogram of whole numbers: the value at position ceil(p/100 x n). */
export function nearestRank(histogram: ReadonlyMap<number, number>, percentile: number): number | null {
  let total = 0;
  for (const count of histogram.values()) total += count;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil((percentile / 100) * total));
  let seen = 0;
  for (const value of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(value)!;
    if (seen >= rank) return value;
  }
  return null;
}

/** Rows in order of their values with each "all" margin after the values it totals. */
function compareRowKeys(a: string, b: string): number {
  const left = a.split(SEPARATOR);
  const right = b.split(SEPARATOR);
  for (let index = 0; index < left.length; index += 1) {
    const x = left[index]!;
    const y = right[index]!;
    if (x === y) continue;
    if (x === ALL) return 1;
    if (y === ALL) return -1;
    return x < y ? -1 : 1;
  }
  return 0;
}
