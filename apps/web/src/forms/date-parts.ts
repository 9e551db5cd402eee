// The day, month and year boxes of a date question and the one calendar date
// (YYYY-MM-DD) they stand for. Each way the boxes can be wrong has its own plain
// message, as the Design System's date input pattern asks.
import { isIsoDate, type IsoDate } from '@cynnig/domain';
import { z } from 'zod';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

/** Translation keys under dateInput.errors, one per way a date can be wrong. */
export type DateProblem = 'required' | 'missingDay' | 'missingMonth' | 'missingYear' | 'missingDayMonth' | 'missingDayYear' | 'missingMonthYear' | 'notReal' | 'yearDigits';

export type DatePartsResult = { ok: true; date: IsoDate } | { ok: false; problem: DateProblem; parts: DatePart[] };

const missingProblem: Record<string, DateProblem> = {
  day: 'missingDay',
  month: 'missingMonth',
  year: 'missingYear',
  'day,month': 'missingDayMonth',
  'day,year': 'missingDayYear',
  'month,year': 'missingMonthYear',
};

export const emptyDateParts: DateParts = { day: '', month: '', year: '' };

export function datePartsToIsoDate(raw: DateParts): DatePartsResult {
  const parts = { day: raw.day.trim(), month: raw.month.trim(), year: raw.year.trim() };
  const missing = (['day', 'month', 'year'] as const).filter((part) => parts[part] === '');
  if (missing.length === 3) return { ok: false, problem: 'required', parts: ['day', 'month', 'year'] };
  if (missing.length > 0) return { ok: false, problem: missingProblem[missing.join(',')] ?? 'notReal', parts: missing };
  if (!/^\d{1,2}$/.test(parts.day) || !/^\d{1,2}$/.test(parts.month)) return { ok: false, problem: 'notReal', parts: ['day', 'month', 'year'] };
  if (!/^\d{4}$/.test(parts.year)) return { ok: false, problem: 'yearDigits', parts: ['year'] };
  const date = `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
  if (!isIsoDate(date)) return { ok: false, problem: 'notReal', parts: ['day', 'month', 'year'] };
  return { ok: true, date };
}

/** Fills the boxes from a stored date, e.g. when changing an answer from check your answers. */
export function isoDateToParts(date: IsoDate | null | undefined): DateParts {
  if (!date || !isIsoDate(date)) return { ...emptyDateParts };
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * A zod schema for a date question: takes the three boxes, gives the calendar date.
 * Messages are translation keys (dateInput.errors.*) so the form shows them in either language.
 */
export function datePartsSchema() {
  return z.object({ day: z.string(), month: z.string(), year: z.string() }).transform((parts, ctx): IsoDate => {
    const result = datePartsToIsoDate(parts);
    if (result.ok) return result.date;
    ctx.addIssue({ code: 'custom', message: `dateInput.errors.${result.problem}`, input: parts });
    return z.NEVER;
  });
}
