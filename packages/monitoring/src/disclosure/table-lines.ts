// The sums a reader of published figures can see: every row and column of every table with its
// margin (group totals, breakdown totals, the grand total), and counts that add up across
// measures (outcomes = accepted + declined + could not contact). Each is a line: margin = sum of parts.
import { ALL } from '../measures/dimensions.js';
import type { MeasurePartition } from '../measures/measure.js';
import type { MeasureResult } from '../measures/measure-result.js';

export interface Line {
  /** Index of the cell holding the total. */
  readonly margin: number;
  readonly parts: readonly number[];
}

/** Cells of all count measures laid end to end: measure block, then row, then column. */
export interface CountCells {
  readonly measureIds: readonly string[];
  readonly blockSize: number;
  readonly values: Float64Array;
}

export function countCellsOf(result: MeasureResult): CountCells {
  const measureIds = result.measures.filter((measure) => measure.kind === 'count').map((measure) => measure.id);
  const blockSize = result.rows.length * result.columns.length;
  const values = new Float64Array(measureIds.length * blockSize);
  measureIds.forEach((id, block) => {
    const cells = result.values.get(id)!;
    for (let index = 0; index < blockSize; index += 1) {
      const value = cells[index];
      if (typeof value !== 'number') throw new Error(`count ${id} has a cell that is not a number`);
      values[block * blockSize + index] = value;
    }
  });
  return { measureIds, blockSize, values };
}

export function linesOf(result: MeasureResult, cells: CountCells, partitions: readonly MeasurePartition[]): Line[] {
  const width = result.columns.length;
  const lines: Line[] = [];
  const shapes: { margin: number; parts: number[] }[] = [];
  /** Lines along the quarter: a child counts in every quarter they were entitled, so children do not add up over quarters. */
  const quarterShapes: { margin: number; parts: number[] }[] = [];

  // Along each group dimension: rows that differ only in that dimension, with its "all" row as the margin.
  result.groupBy.forEach((dimension) => {
    const target = dimension === 'quarter' ? quarterShapes : shapes;
    const families = new Map<string, { margin: number; parts: number[] }>();
    result.rows.forEach((row, rowIndex) => {
      const key = result.groupBy.map((other) => (other === dimension ? '' : row[other])).join('\u001f');
      let family = families.get(key);
      if (!family) families.set(key, (family = { margin: -1, parts: [] }));
      if (row[dimension] === ALL) family.margin = rowIndex;
      else family.parts.push(rowIndex);
    });
    for (const family of families.values()) {
      if (family.margin < 0 || family.parts.length === 0) continue;
      for (let column = 0; column < width; column += 1) {
        target.push({ margin: family.margin * width + column, parts: family.parts.map((row) => row * width + column) });
      }
    }
  });

  // Along each breakdown: a row's values for that breakdown add up to the row's total column.
  for (const dimension of result.breakdown) {
    const parts = result.columns.flatMap((column, index) => (column.dimension === dimension ? [index] : []));
    for (let row = 0; row < result.rows.length; row += 1) shapes.push({ margin: row * width, parts: parts.map((column) => row * width + column) });
  }

  cells.measureIds.forEach((id, block) => {
    const offset = block * cells.blockSize;
    const measure = result.measures.find((candidate) => candidate.id === id);
    const additiveOverQuarters = measure?.kind === 'count' && measure.unit !== 'child';
    for (const shape of additiveOverQuarters ? [...shapes, ...quarterShapes] : shapes) {
      lines.push({ margin: offset + shape.margin, parts: shape.parts.map((part) => offset + part) });
    }
  });

  for (const partition of partitions) {
    const total = cells.measureIds.indexOf(partition.total);
    const parts = partition.parts.map((id) => cells.measureIds.indexOf(id));
    if (total < 0 || parts.some((part) => part < 0)) continue;
    for (let index = 0; index < cells.blockSize; index += 1) {
      lines.push({ margin: total * cells.blockSize + index, parts: parts.map((part) => part * cells.blockSize + index) });
    }
  }
  return lines;
}
