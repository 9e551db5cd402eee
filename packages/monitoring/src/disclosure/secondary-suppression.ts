// Primary and secondary suppression. Counts of 1 to 4 are withheld; then, so no withheld count
// can be worked out by subtraction, any line (row, column or sum of measures, with its total)
// that has exactly one withheld cell has its next smallest non-zero cell withheld too, until stable.
import type { Line } from './table-lines.js';

export interface SuppressionRules {
  /** Counts from 1 up to this are withheld (StatsWales practice: 1 to 4). */
  readonly smallestWithheld: number;
  readonly largestWithheld: number;
}

export const defaultSuppressionRules: SuppressionRules = { smallestWithheld: 1, largestWithheld: 4 };

/** Marks cells to withhold: 1 where withheld. Zero is never withheld (it cannot identify a child). */
export function suppressCells(values: Float64Array, lines: readonly Line[], rules: SuppressionRules = defaultSuppressionRules): Uint8Array {
  const withheld = new Uint8Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index]!;
    if (value >= rules.smallestWithheld && value <= rules.largestWithheld) withheld[index] = 1;
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      let count = withheld[line.margin]!;
      for (const part of line.parts) count += withheld[part]!;
      if (count !== 1) continue;
      let choice = -1;
      for (const cell of [...line.parts, line.margin]) {
        if (withheld[cell] || values[cell] === 0) continue;
        if (choice < 0 || values[cell]! < values[choice]!) choice = cell;
      }
      // A line whose only non-zero cell is withheld adds up to that cell alone, and its margin
      // is the same non-zero number, so a choice always exists; guard anyway.
      if (choice >= 0) {
        withheld[choice] = 1;
        changed = true;
      }
    }
  }
  return withheld;
}
