// Spreadsheet formula injection: a cell a spreadsheet would read as a formula (=, +, -, @, tab,
// carriage return at the start) is prefixed with a single quote so it opens as plain text.
// Every text cell of every export goes through this; numbers are written as numbers.
import { suppressedMarker } from '../disclosure/legend.js';
import { isSuppressed, type CellValue } from '../measures/measure-result.js';

const dangerous = new Set(['=', '+', '-', '@', '\t', '\r']);

/** The text as it is safe to put in a spreadsheet cell. */
export function neutraliseFormula(text: string): string {
  return text.length > 0 && dangerous.has(text[0]!) ? `'${text}` : text;
}

/** A value from any export row, as a file cell: withheld figures become "[c]", blanks stay blank. */
export type ExportValue = string | number | null | undefined | CellValue;

export function toCellText(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'object') return isSuppressed(value) ? suppressedMarker : '';
  return neutraliseFormula(value);
}
