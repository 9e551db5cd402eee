// The row and column shape every writer (CSV, XLSX, JSON) takes, so one report can be written
// in any format from the same async stream of rows.
import type { Bilingual } from '@cynnig/domain';
import type { ExportValue } from './spreadsheet-safe.js';

export interface ExportColumn {
  readonly key: string;
  readonly header: string;
}

export type ExportRow = Readonly<Record<string, ExportValue>>;

export type RowSource = Iterable<ExportRow> | AsyncIterable<ExportRow>;

export interface ExportTable {
  readonly columns: readonly ExportColumn[];
  readonly rows: RowSource;
  /** Shown beside the figures (the "[c]" legend, the period), in both languages. */
  readonly notes?: readonly Bilingual[];
}
