// Writes export tables as an XLSX workbook through exceljs's streaming writer: each row is
// committed as it is written, so a large extract never sits in memory. A second sheet carries
// the notes (the "[c]" legend) in English and Welsh.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ExportTable } from './export-row.js';
import { toCellText, type ExportValue } from './spreadsheet-safe.js';

export interface XlsxSheet extends ExportTable {
  /** Sheet names are limited to 31 characters by Excel. */
  readonly name: string;
}

function cellValue(value: ExportValue): string | number {
  return typeof value === 'number' && Number.isFinite(value) ? value : toCellText(value);
}

export async function writeXlsx(sheets: readonly XlsxSheet[], out: Writable): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  let written = 0;
  const notes: string[] = [];
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31));
    worksheet.addRow(sheet.columns.map((column) => toCellText(column.header))).commit();
    for await (const row of sheet.rows) {
      worksheet.addRow(sheet.columns.map((column) => cellValue(row[column.key]))).commit();
      written += 1;
    }
    worksheet.commit();
    for (const note of sheet.notes ?? []) notes.push(note.en, note.cy);
  }
  if (notes.length > 0) {
    const legend = workbook.addWorksheet('Notes - Nodiadau');
    for (const note of [...new Set(notes)]) legend.addRow([toCellText(note)]).commit();
    legend.commit();
  }
  await workbook.commit();
  return written;
}
