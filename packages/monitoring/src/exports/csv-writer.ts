// Writes an export table as CSV to a Node stream, row by row, so memory stays flat at any size.
// Text cells are neutralised against formula injection; a byte-order mark lets Excel read Welsh
// letters (â, ŵ, ŷ) as UTF-8.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ExportTable } from './export-row.js';
import { toCellText } from './spreadsheet-safe.js';

export interface CsvOptions {
  readonly byteOrderMark?: boolean;
}

const needsQuotes = /[",\r\n]/;

/** One CSV line (RFC 4180, CRLF) for a list of already safe cell texts. */
export function csvLine(cells: readonly string[]): string {
  let line = '';
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index]!;
    if (index > 0) line += ',';
    line += needsQuotes.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  }
  return `${line}\r\n`;
}

export async function writeCsv(table: ExportTable, out: Writable, options: CsvOptions = {}): Promise<number> {
  let written = 0;
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  if (options.byteOrderMark ?? true) await write('\uFEFF');
  await write(csvLine(table.columns.map((column) => toCellText(column.header))));
  let batch = '';
  for await (const row of table.rows) {
    batch += csvLine(table.columns.map((column) => toCellText(row[column.key])));
    written += 1;
    if (batch.length > 64_000) {
      await write(batch);
      batch = '';
    }
  }
  if (batch) await write(batch);
  for (const note of table.notes ?? []) {
    await write(csvLine([toCellText(note.en)]));
    await write(csvLine([toCellText(note.cy)]));
  }
  return written;
}
