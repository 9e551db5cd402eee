// Turns exact figures into figures fit to leave an authority: small counts withheld, further
// counts withheld so that no withheld one can be worked out from anything published with it
// (every withheld count has a witness, see witness-suppression.ts), the rest rounded to the
// nearest 5 after aggregation, and rates worked out from the published counts. An authority's
// own view stays exact. Figures published together must go through here together: see
// publication.ts, which protects every table of a financial year as one.
import { ratioOf } from '../measures/compute.js';
import type { MeasurePartition } from '../measures/measure.js';
import { measurePartitions } from '../measures/measure-catalogue.js';
import { suppressed, type CellValue, type Disclosure, type MeasureResult } from '../measures/measure-result.js';
import { cellIndex, modelOf, type ExtraGroupLine } from './suppression-model.js';
import { defaultSuppressionRules, suppressWithWitnesses, type SuppressionRules } from './witness-suppression.js';

export interface DisclosureOptions {
  readonly rules?: SuppressionRules;
  /** Published counts are rounded to a multiple of this (5, as StatsWales does). */
  readonly roundTo?: number;
  readonly partitions?: readonly MeasurePartition[];
  /** Sums between group rows the rows do not show by themselves (regions and their authorities). */
  readonly groupLines?: readonly ExtraGroupLine[];
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
  const { model, layout } = modelOf(result, options.partitions ?? measurePartitions, options.groupLines ?? []);
  const withheld = suppressWithWitnesses(model, options.rules ?? defaultSuppressionRules, roundTo);

  const width = result.columns.length;
  const values = new Map<string, CellValue[]>();
  layout.measureIds.forEach((id, m) => {
    const published: CellValue[] = new Array(result.rows.length * width);
    layout.rowNodes.forEach(([g, q], r) => {
      for (let c = 0; c < width; c += 1) {
        const at = cellIndex(model, m, g, q, c);
        published[r * width + c] = withheld[at] ? suppressed : roundToNearest(model.values[at]!, roundTo);
      }
    });
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
