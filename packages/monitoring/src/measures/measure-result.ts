// The shape of computed figures: one table per measure, rows for each combination of group
// values (with '*' margins for "all"), columns for the total and every breakdown value.
// Writers, disclosure control and tests all read figures through this one shape.
import type { Period } from '../period/financial-quarter.js';
import type { BreakdownDimension, GroupDimension } from './dimensions.js';
import { ALL, breakdowns } from './dimensions.js';
import type { MeasureDefinition, MeasureParameters } from './measure.js';

/** A figure withheld to protect children's privacy; every writer shows it as "[c]". */
export interface Suppressed {
  readonly suppressed: true;
}
export const suppressed: Suppressed = Object.freeze({ suppressed: true });

/** A count, a rate, a percentile, null where there is nothing to measure (a rate of 0 over 0), or suppressed. */
export type CellValue = number | null | Suppressed;

export function isSuppressed(value: CellValue | undefined): value is Suppressed {
  return typeof value === 'object' && value !== null && value.suppressed === true;
}

export interface Column {
  /** Null for the total column. */
  readonly dimension: BreakdownDimension | null;
  readonly value: string;
}

export type GroupRow = Readonly<Partial<Record<GroupDimension, string>>>;

export type Disclosure = 'exact' | 'published';

export interface MeasureResult {
  readonly period: Period;
  readonly groupBy: readonly GroupDimension[];
  readonly breakdown: readonly BreakdownDimension[];
  readonly parameters: MeasureParameters;
  readonly measures: readonly MeasureDefinition[];
  readonly rows: readonly GroupRow[];
  readonly columns: readonly Column[];
  /** Per measure id, values row by row: index = row x columns.length + column. */
  readonly values: ReadonlyMap<string, readonly CellValue[]>;
  readonly disclosure: Disclosure;
}

export const totalColumn: Column = { dimension: null, value: ALL };

export function columnsFor(breakdown: readonly BreakdownDimension[]): Column[] {
  return [totalColumn, ...breakdown.flatMap((dimension) => breakdowns[dimension].values.map((value) => ({ dimension, value: value.code })))];
}

export function rowKey(groupBy: readonly GroupDimension[], row: GroupRow): string {
  return groupBy.map((dimension) => row[dimension] ?? ALL).join('\u001f');
}

/** One figure, found by measure, row and column; undefined when the row or column does not exist. */
export function cellOf(result: MeasureResult, measureId: string, row: GroupRow, column: Column = totalColumn): CellValue | undefined {
  const rowIndex = result.rows.findIndex((candidate) => rowKey(result.groupBy, candidate) === rowKey(result.groupBy, row));
  const columnIndex = result.columns.findIndex((candidate) => candidate.dimension === column.dimension && candidate.value === column.value);
  const values = result.values.get(measureId);
  if (rowIndex < 0 || columnIndex < 0 || !values) return undefined;
  return values[rowIndex * result.columns.length + columnIndex];
}
