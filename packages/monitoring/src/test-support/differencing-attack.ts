// An attacker for tests: takes published figures, writes down every sum a reader can see
// (rows, columns and grand totals of every breakdown of a measure, and measures that add up),
// and narrows each withheld cell by interval arithmetic until nothing changes. A withheld cell
// is recovered when its interval shrinks to one whole number.
import { ALL } from '../measures/dimensions.js';
import type { MeasurePartition } from '../measures/measure.js';
import { isSuppressed, type MeasureResult } from '../measures/measure-result.js';

export interface Knowledge {
  /** How far a published count may be from the truth (2 when rounded to 5, 0 when exact). */
  readonly publishedSlack: number;
  /** What the attacker assumes about a withheld cell's smallest value. */
  readonly withheldAtLeast: number;
}

export interface Recovered {
  readonly measureId: string;
  readonly row: number;
  readonly column: number;
  readonly value: number;
}

export function attack(published: MeasureResult, partitions: readonly MeasurePartition[], knowledge: Knowledge, truth?: MeasureResult): Recovered[] {
  const counts = published.measures.filter((measure) => measure.kind === 'count');
  const width = published.columns.length;
  const block = published.rows.length * width;
  const size = counts.length * block;
  const lo = new Float64Array(size);
  const hi = new Float64Array(size);
  const hidden = new Uint8Array(size);
  counts.forEach((measure, m) => {
    const values = published.values.get(measure.id)!;
    values.forEach((value, index) => {
      const at = m * block + index;
      if (isSuppressed(value)) {
        hidden[at] = 1;
        lo[at] = knowledge.withheldAtLeast;
        hi[at] = Infinity;
      } else {
        const known = value as number;
        // If the true value were the published one exactly, a truthful interval contains it.
        const exact = truth ? (truth.values.get(measure.id)![index] as number) : known;
        lo[at] = Math.max(0, known - knowledge.publishedSlack);
        hi[at] = known + knowledge.publishedSlack;
        if (exact < lo[at]! || exact > hi[at]!) throw new Error('published figure outside its own slack');
      }
    });
  });

  // Sums the reader can see. Quarters add up only for counts of things with one date, not of children.
  const sums: { total: number; parts: number[] }[] = [];
  counts.forEach((measure, m) => {
    const offset = m * block;
    for (const dimension of published.groupBy) {
      if (dimension === 'quarter' && measure.unit === 'child') continue;
      const families = new Map<string, { total: number; parts: number[] }>();
      published.rows.forEach((row, r) => {
        const key = published.groupBy.map((d) => (d === dimension ? '' : row[d])).join('|');
        const family = families.get(key) ?? { total: -1, parts: [] };
        families.set(key, family);
        if (row[dimension] === ALL) family.total = r;
        else family.parts.push(r);
      });
      for (const family of families.values()) {
        if (family.total < 0) continue;
        for (let c = 0; c < width; c += 1) sums.push({ total: offset + family.total * width + c, parts: family.parts.map((r) => offset + r * width + c) });
      }
    }
    for (const dimension of published.breakdown) {
      const columns = published.columns.flatMap((column, c) => (column.dimension === dimension ? [c] : []));
      for (let r = 0; r < published.rows.length; r += 1) sums.push({ total: offset + r * width, parts: columns.map((c) => offset + r * width + c) });
    }
  });
  for (const partition of partitions) {
    const total = counts.findIndex((measure) => measure.id === partition.total);
    const parts = partition.parts.map((id) => counts.findIndex((measure) => measure.id === id));
    if (total < 0 || parts.some((p) => p < 0)) continue;
    for (let index = 0; index < block; index += 1) sums.push({ total: total * block + index, parts: parts.map((p) => p * block + index) });
  }

  for (let pass = 0, changed = true; changed && pass < 200; pass += 1) {
    changed = false;
    const tighten = (cell: number, low: number, high: number) => {
      const newLo = Math.max(lo[cell]!, Math.ceil(low));
      const newHi = Math.min(hi[cell]!, Math.floor(high));
      if (newLo !== lo[cell] || newHi !== hi[cell]) {
        lo[cell] = newLo;
        hi[cell] = newHi;
        changed = true;
      }
    };
    for (const { total, parts } of sums) {
      let sumLo = 0;
      let sumHi = 0;
      for (const part of parts) {
        sumLo += lo[part]!;
        sumHi += hi[part]!;
      }
      tighten(total, sumLo, sumHi);
      for (const part of parts) tighten(part, lo[total]! - (sumHi - hi[part]!), hi[total]! - (sumLo - lo[part]!));
    }
  }

  const recovered: Recovered[] = [];
  counts.forEach((measure, m) => {
    for (let index = 0; index < block; index += 1) {
      const at = m * block + index;
      if (hidden[at] && lo[at] === hi[at]) recovered.push({ measureId: measure.id, row: Math.floor(index / width), column: index % width, value: lo[at]! });
    }
  });
  return recovered;
}
