// Works out a date from a fact and an offset: n working days, calendar days or months after it,
// days before it, or n hours after a moment (giving that moment's London date).
import { addDays, addMonths, type IsoDate } from '@cynnig/domain';
import { addWorkingDays, londonDateOf } from '@cynnig/domain';

/** The offsets of a date expression once its parameters have been filled in. */
export interface DateOffsets {
  workingDays?: number;
  days?: number;
  daysBefore?: number;
  months?: number;
  hours?: number;
}

const isMoment = (value: string) => value.includes('T');

/**
 * Applies offsets in a fixed order: hours (on a moment), months, days, days before, working days.
 * A missing start gives no date.
 *
 * @example
 * shiftDate('2026-12-24', { workingDays: 1 }); // '2026-12-29'
 */
export function shiftDate(start: unknown, offsets: DateOffsets): IsoDate | null {
  if (typeof start !== 'string' || start.length < 10) return null;
  let date: IsoDate;
  if (isMoment(start)) date = londonDateOf(new Date(Date.parse(start) + (offsets.hours ?? 0) * 3_600_000).toISOString());
  else date = start;
  if (offsets.months) date = addMonths(date, offsets.months);
  if (offsets.days) date = addDays(date, offsets.days);
  if (offsets.daysBefore) date = addDays(date, -offsets.daysBefore);
  if (offsets.workingDays) date = addWorkingDays(date, offsets.workingDays);
  return date;
}
