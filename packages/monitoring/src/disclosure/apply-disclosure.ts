// Turns exact figures into figures fit to leave an authority: small counts withheld, counts that
// would let a withheld one be worked out withheld too, the rest rounded to the nearest 5 after
// aggregation, and rates worked out from the published counts. An authority's own view stays exact.
import { ratioOf } from '../measures/compute.js';
import type { MeasurePartition } from '../measures/measure.js';
import { measurePartitions } from '../measures/measure-catalogue.js';
import { suppressed, type CellValue, type Disclosure, type MeasureResult } from '../measures/measure-result.js';
import { defaultSuppressionRules, suppressCells, type SuppressionRules } from './secondary-suppression.js';
import { countCellsOf, linesOf } from './table-lines.js';

export interface DisclosureOptions {
  readonly rules?: SuppressionRules;
  /** Published counts are rounded to a multiple of this (5, as StatsWales does). */
  readonly roundTo?: number;
  readonly partitions?: readonly MeasurePartition[];
}

export function roundToNearest(value: number, multiple: number): number {
  return Math.round(value / multiple) * multiple;
}

/**
 * `'exact'` for an authority looking at its own children; `'published'` for anything that
 * leaves the authority (commissioners, Welsh Government, providers' national returns).
 */
export function applyDisclosure(result: MeasureResult, disclosure: Disclosure, options: DisclosureOptions = {}): MeasureResult {
  if (disclosure === 'exact') return { ...result, disclosure };
  if (result.disclosure === 'published') return result;
  const roundTo = options.roundTo ?? 5;
  const cells = countCellsOf(result);
  const lines = linesOf(result, cells, options.partitions ?? measurePartitions);
  const withheld = suppressCells(cells.values, lines, options.rules ?? defaultSuppressionRules);

  const values = new Map<string, CellValue[]>();
  cells.measureIds.forEach((id, block) => {
    const published: CellValue[] = new Array(cells.blockSize);
    for (let index = 0; index < cells.blockSize; index += 1) {
      const at = block * cells.blockSize + index;
      published[index] = withheld[at] ? suppressed : roundToNearest(cells.values[at]!, roundTo);
    }
    values.set(id, published);
  });
  for (const measure of result.measures) {
    if (measure.kind === 'percentile') {
      const counts = values.get(measure.countId)!;
      values.set(measure.id, result.values.get(measure.id)!.map((value, index) => (typeof counts[index] === 'number' ? value : suppressed)));
    }
  }
  for (const measure of result.measures) {
    if (measure.kind !== 'ratio') continue;
    const numerator = values.get(measure.numeratorId)!;
    const denominator = values.get(measure.denominatorId)!;
    values.set(measure.id, numerator.map((top, index) => ratioOf(top, denominator[index]!)));
  }
  return { ...result, values, disclosure };
}
