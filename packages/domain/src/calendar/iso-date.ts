// Legal dates are calendar dates ('2024-03-31'), not moments. These helpers do day
// arithmetic on them through UTC so that clocks changing never shift a date.
import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar date in YYYY-MM-DD form (no 31 June, 29 February only in leap years). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
}

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Enter a real date in the form YYYY-MM-DD' });
/** A calendar date such as '2024-03-31'. */
export type IsoDate = z.infer<typeof isoDateSchema>;

/** A moment in time, stored in UTC and shown in Europe/London time. */
export const timestampSchema = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof timestampSchema>;

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
export function toEpochDay(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function fromEpochDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Adds calendar months, keeping the day where it exists and otherwise using the month's last day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const firstOfTarget = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0)).getUTCDate();
  firstOfTarget.setUTCDate(Math.min(d, lastDay));
  return firstOfTarget.toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toEpochDay(date) * DAY_MS).getUTCDay();
}

/**
 * The date a person born on `dateOfBirth` reaches `years` of age. Someone born on
 * 29 February reaches it on 1 March in a common year (the usual English legal reading).
 */
export function birthdayAt(dateOfBirth: IsoDate, years: number): IsoDate {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const candidate = `${String(y + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(candidate) ? candidate : `${String(y + years).padStart(4, '0')}-03-01`;
}

/** Age in whole years on a date. */
export function ageOn(dateOfBirth: IsoDate, onDate: IsoDate): number {
  const [by] = dateOfBirth.split('-').map(Number) as [number];
  const [oy] = onDate.split('-').map(Number) as [number];
  let age = oy - by;
  if (birthdayAt(dateOfBirth, age) > onDate) age -= 1;
  return age;
}

// Made once: building a formatter costs far more than using one.
const londonCalendarDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of a moment in Europe/London time ('en-CA' formats as YYYY-MM-DD). */
export function londonDateOf(timestamp: string): IsoDate {
  return londonCalendarDate.format(new Date(timestamp));
}
