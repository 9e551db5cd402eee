// Turns the text of a CSV cell into the value the domain schema expects. A cell that cannot be
// converted is passed on as its text, so the shared zod schema rejects it and the message says
// which column and what a good value looks like. Text is stored as text: nothing is neutralised.
import { londonWallTimeToUtc } from './london-time.js';

/** Trimmed text, or null for an empty cell. */
export function textCell(cell: string | undefined): string | null {
  const text = (cell ?? '').trim();
  return text === '' ? null : text;
}

const yes = new Set(['yes', 'y', 'true', '1', 'ie', 'do', 'oes', 'ydy']);
const no = new Set(['no', 'n', 'false', '0', 'na', 'naddo', 'nac oes', 'nac ydy']);

/** yes/no, true/false, 1/0 and Welsh ie/na (and the other Welsh answers) in any case; empty is null. */
export function yesNoCell(cell: string | undefined): boolean | string | null {
  const text = textCell(cell);
  if (text === null) return null;
  const folded = text.toLowerCase();
  if (yes.has(folded)) return true;
  if (no.has(folded)) return false;
  return text;
}

/** A list separated by semicolons; an empty cell is an empty list. Codes are matched without regard to case. */
export function codesCell(cell: string | undefined): string[] {
  const text = textCell(cell);
  if (text === null) return [];
  return text.split(';').map((item) => item.trim().toLowerCase()).filter((item) => item !== '');
}

/** A code from a code list, matched without regard to case. */
export function codeCell(cell: string | undefined): string | null {
  return textCell(cell)?.toLowerCase() ?? null;
}

const decimal = /^-?\d+(?:\.\d+)?$/;

export function numberCell(cell: string | undefined): number | string | null {
  const text = textCell(cell);
  if (text === null) return null;
  return decimal.test(text) ? Number(text) : text;
}

const moment = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * A moment as a UTC timestamp ('2024-05-01T13:30:00.000Z'), so the same moment always reads the
 * same and re-importing finds the same episode. A time with no offset is UK (Europe/London) time.
 */
export function timestampCell(cell: string | undefined): string | null {
  const text = textCell(cell);
  if (text === null) return null;
  const match = moment.exec(text);
  if (!match) return text;
  const [, y, mo, d, h, mi, s = '0', fraction = '', offset] = match;
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5], Math.round(Number(fraction || '0') * 1000));
  const check = new Date(wall);
  if (check.getUTCFullYear() !== parts[0] || check.getUTCMonth() !== parts[1] - 1 || check.getUTCDate() !== parts[2] || parts[3] > 23 || parts[4] > 59 || parts[5] > 59) return text;
  if (offset === undefined) return new Date(londonWallTimeToUtc(wall)).toISOString();
  if (offset.toUpperCase() === 'Z') return check.toISOString();
  const sign = offset.startsWith('-') ? -1 : 1;
  const [oh, om] = offset.slice(1).split(':').map(Number) as [number, number];
  if (oh > 14 || om > 59) return text;
  return new Date(wall - sign * (oh * 60 + om) * 60_000).toISOString();
}
