// The figures disclosure control works on, seen as a four-way table of counts: measure x group x
// quarter x column. Each way (an axis) has its own lines, margin = sum of parts: measures that
// add up (outcomes = accepted + declined + could not contact), groups that add up (authorities to
// their region and to Wales), quarters to the year (for things with one date), and each breakdown
// to the total column. Every line runs along one axis with the other three held, so a change that
// balances every line of each axis separately, multiplied across the axes, balances them all.
import { ALL, type GroupDimension } from '../measures/dimensions.js';
import type { MeasurePartition } from '../measures/measure.js';
import { rowKey, type MeasureResult } from '../measures/measure-result.js';

/** A margin and the parts that add up to it, as node indices on one axis. */
export interface AxisLine {
  readonly margin: number;
  readonly parts: readonly number[];
}

export interface Axis {
  readonly size: number;
  readonly lines: readonly AxisLine[];
}

export interface SuppressionModel {
  /** Count measures, with the partitions between them. */
  readonly measures: Axis;
  /** Group rows without the quarter (Wales, each authority, region, provider...). */
  readonly groups: Axis;
  /** Quarters and the whole period; the lines hold for things with one date only. */
  readonly quarters: Axis;
  /** The total column and every breakdown value. */
  readonly columns: Axis;
  /** Per measure node: true when it counts children in each window (quarters do not add up). */
  readonly countsChildren: readonly boolean[];
  /** The quarter node of the whole period, or -1 when figures are not by quarter. */
  readonly wholePeriod: number;
  /**
   * Per group node: true when a child stays in it from one window to the next (an authority, a
   * region, Wales), so their quarter's count is at most the year's in the total column. Not a
   * provider: a child's provider is read as of each window's last day.
   */
  readonly keepsChildrenAcrossWindows: readonly boolean[];
  /** index = ((measure x groups + group) x quarters + quarter) x columns + column. */
  readonly values: Float64Array;
}

export function cellIndex(model: SuppressionModel, measure: number, group: number, quarter: number, column: number): number {
  return ((measure * model.groups.size + group) * model.quarters.size + quarter) * model.columns.size + column;
}

/** Where each row of a result sits on the group and quarter axes, and the count measures' order. */
export interface ModelLayout {
  readonly measureIds: readonly string[];
  readonly groupKeys: readonly string[];
  readonly quarterValues: readonly string[];
  /** Per result row: [group node, quarter node]. */
  readonly rowNodes: readonly (readonly [number, number])[];
}

const SEPARATOR = '\u001f';

/** Lines between group rows a result cannot show by itself (an authority within its region). */
export type ExtraGroupLine = { readonly margin: string; readonly parts: readonly string[] };

/**
 * Builds the model of a result's count measures. Group lines come from the rows themselves
 * (rows that differ only in one dimension add up to its "all" row); `extraGroupLines` adds lines
 * between rows of different dimensions, keyed like `groupKeyOf` (used for regions and their
 * authorities in a publication).
 */
export function modelOf(result: MeasureResult, partitions: readonly MeasurePartition[], extraGroupLines: readonly ExtraGroupLine[] = []): { model: SuppressionModel; layout: ModelLayout } {
  const counts = result.measures.filter((measure) => measure.kind === 'count');
  const measureIds = counts.map((measure) => measure.id);
  const groupDimensions = result.groupBy.filter((dimension) => dimension !== 'quarter');
  const byQuarter = result.groupBy.includes('quarter');

  const groupKeys: string[] = [];
  const groupIndex = new Map<string, number>();
  const quarterValues: string[] = [];
  const quarterIndex = new Map<string, number>();
  const rowNodes = result.rows.map((row): [number, number] => {
    const group = groupKeyOf(groupDimensions, row);
    let g = groupIndex.get(group);
    if (g === undefined) groupIndex.set(group, (g = groupKeys.push(group) - 1));
    const quarter = byQuarter ? (row.quarter ?? ALL) : ALL;
    let q = quarterIndex.get(quarter);
    if (q === undefined) quarterIndex.set(quarter, (q = quarterValues.push(quarter) - 1));
    return [g, q];
  });
  if (groupKeys.length === 0) groupKeys.push('');
  if (quarterValues.length === 0) quarterValues.push(ALL);

  // Group lines: rows that differ only in one dimension add up to the row with "all" there.
  const groupLines: AxisLine[] = [];
  groupDimensions.forEach((dimension, position) => {
    const families = new Map<string, { margin: number; parts: number[] }>();
    groupKeys.forEach((key, node) => {
      const parts = key.split(SEPARATOR);
      const value = parts[position];
      parts[position] = '';
      const familyKey = parts.join(SEPARATOR);
      const family = families.get(familyKey) ?? { margin: -1, parts: [] };
      families.set(familyKey, family);
      if (value === ALL) family.margin = node;
      else family.parts.push(node);
    });
    for (const family of families.values()) if (family.margin >= 0 && family.parts.length > 0) groupLines.push(family);
  });
  for (const line of extraGroupLines) {
    const margin = groupIndex.get(line.margin);
    const parts = line.parts.map((part) => groupIndex.get(part)).filter((part): part is number => part !== undefined);
    if (margin !== undefined && parts.length > 0) groupLines.push({ margin, parts });
  }

  const wholePeriod = byQuarter ? (quarterIndex.get(ALL) ?? -1) : -1;
  const quarterLines: AxisLine[] = wholePeriod >= 0 && quarterValues.length > 1 ? [{ margin: wholePeriod, parts: quarterValues.flatMap((value, node) => (value === ALL ? [] : [node])) }] : [];

  const columnLines: AxisLine[] = result.breakdown.map((dimension) => ({ margin: 0, parts: result.columns.flatMap((column, index) => (column.dimension === dimension ? [index] : [])) }));

  const measureLines: AxisLine[] = [];
  for (const partition of partitions) {
    const total = measureIds.indexOf(partition.total);
    const parts = partition.parts.map((id) => measureIds.indexOf(id));
    if (total >= 0 && parts.every((part) => part >= 0)) measureLines.push({ margin: total, parts });
  }

  const model: SuppressionModel = {
    measures: { size: measureIds.length, lines: measureLines },
    groups: { size: groupKeys.length, lines: groupLines },
    quarters: { size: quarterValues.length, lines: quarterLines },
    columns: { size: result.columns.length, lines: columnLines },
    countsChildren: counts.map((measure) => measure.unit === 'child'),
    wholePeriod,
    keepsChildrenAcrossWindows: groupKeys.map((key) => {
      const position = groupDimensions.indexOf('provider');
      return position < 0 || key.split(SEPARATOR)[position] === ALL;
    }),
    values: new Float64Array(measureIds.length * groupKeys.length * quarterValues.length * result.columns.length),
  };
  const width = result.columns.length;
  counts.forEach((measure, m) => {
    const cells = result.values.get(measure.id)!;
    rowNodes.forEach(([g, q], r) => {
      for (let c = 0; c < width; c += 1) {
        const value = cells[r * width + c];
        if (typeof value !== 'number') throw new Error(`count ${measure.id} has a cell that is not a number`);
        model.values[cellIndex(model, m, g, q, c)] = value;
      }
    });
  });
  return { model, layout: { measureIds, groupKeys, quarterValues, rowNodes } };
}

/** The key of a row's groups (quarter left out), as the model and extra lines name them. */
export function groupKeyOf(dimensions: readonly GroupDimension[], row: MeasureResult['rows'][number]): string {
  return rowKey(dimensions, row);
}
