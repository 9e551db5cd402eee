// Working days on the England and Wales calendar: Monday to Friday, not a bank holiday.
// Offer deadlines and review timescales (20 working days) are counted with these.
import { isBankHoliday } from './bank-holidays.js';
import { addDays, dayOfWeek, type IsoDate } from './iso-date.js';

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date);
}

/**
 * The date `count` working days after `date` (the start day itself is not counted).
 * `addWorkingDays('2026-12-24', 1)` is '2026-12-29': 25 December, the weekend and
 * the Boxing Day substitute on 28 December are skipped. A count of 0 gives the date itself.
 */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('working-day count must be a whole number, 0 or more');
  let day = date;
  let left = count;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is before `from`.
 * This is the "age in working days" of something due on `from` and still open on `to`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysBetween(to, from);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
  return count;
}
