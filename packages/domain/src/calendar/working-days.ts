// Working days on the England and Wales calendar: Monday to Friday, not a bank holiday.
// Offer deadlines and review timescales (20 working days) are counted with these. Whole
// populations are evaluated at once, so answers come from a running count of working days
// (built lazily, a decade at a time) instead of walking day by day.
import { isBankHoliday } from './bank-holidays.js';
import { addDays, dayOfWeek, fromEpochDay, toEpochDay, type IsoDate } from './iso-date.js';

export function isWorkingDay(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isBankHoliday(date);
}

const FIRST_INDEXED = toEpochDay('1990-01-01');
const LAST_INDEXED = toEpochDay('2100-12-31');
/** runningCount[i] = working days in (FIRST_INDEXED, FIRST_INDEXED + i]. */
let runningCount = new Int32Array(0);

function indexUpTo(day: number): void {
  if (day - FIRST_INDEXED < runningCount.length) return;
  const size = Math.min(LAST_INDEXED - FIRST_INDEXED + 1, Math.max(day - FIRST_INDEXED + 1, runningCount.length + 3653));
  const next = new Int32Array(size);
  next.set(runningCount);
  for (let i = Math.max(runningCount.length, 1); i < size; i += 1) {
    next[i] = (next[i - 1] as number) + (isWorkingDay(fromEpochDay(FIRST_INDEXED + i)) ? 1 : 0);
  }
  runningCount = next;
}

const indexed = (day: number) => day >= FIRST_INDEXED && day <= LAST_INDEXED;

/**
 * The date `count` working days after `date` (the start day itself is not counted).
 * `addWorkingDays('2026-12-24', 1)` is '2026-12-29': 25 December, the weekend and
 * the Boxing Day substitute on 28 December are skipped. A count of 0 gives the date itself.
 */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('working-day count must be a whole number, 0 or more');
  const start = toEpochDay(date);
  // A run of n working days never spans more than 2n + 14 calendar days on this calendar.
  const horizon = start + count * 2 + 14;
  if (!indexed(start) || !indexed(horizon)) {
    let day = date;
    for (let left = count; left > 0; ) {
      day = addDays(day, 1);
      if (isWorkingDay(day)) left -= 1;
    }
    return day;
  }
  if (count === 0) return date;
  indexUpTo(horizon);
  const target = (runningCount[start - FIRST_INDEXED] as number) + count;
  let low = start - FIRST_INDEXED + 1;
  let high = horizon - FIRST_INDEXED;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((runningCount[middle] as number) >= target) high = middle;
    else low = middle + 1;
  }
  return fromEpochDay(FIRST_INDEXED + low);
}

/**
 * Working days after `from` up to and including `to`; negative when `to` is before `from`.
 * This is the "age in working days" of something due on `from` and still open on `to`.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysBetween(to, from);
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  if (!indexed(a) || !indexed(b)) {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
    return count;
  }
  indexUpTo(b);
  return (runningCount[b - FIRST_INDEXED] as number) - (runningCount[a - FIRST_INDEXED] as number);
}
