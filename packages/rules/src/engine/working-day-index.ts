// Fast answers to the domain calendar's questions, for evaluating whole populations: a running
// count of working days (built lazily from the domain's own isWorkingDay) turns "working days
// between" and "n working days after" into lookups instead of day-by-day walks, and one London
// date formatter is made once instead of per call. Tests check every answer against @cynnig/domain.
import * as calendar from '@cynnig/domain';
import { fromEpochDay, toEpochDay, type IsoDate } from '@cynnig/domain';

const ORIGIN = toEpochDay('1990-01-01');
const LAST = toEpochDay('2100-12-31');
/** counts[i]: working days in (ORIGIN, ORIGIN + i]. */
let counts = new Int32Array(0);

function countUpTo(day: number): void {
  if (day - ORIGIN < counts.length) return;
  const size = Math.min(LAST - ORIGIN + 1, Math.max(day - ORIGIN + 1, counts.length + 3660));
  const next = new Int32Array(size);
  next.set(counts);
  for (let i = counts.length; i < size; i += 1) next[i] = (i === 0 ? 0 : next[i - 1] as number) + (i > 0 && calendar.isWorkingDay(fromEpochDay(ORIGIN + i)) ? 1 : 0);
  counts = next;
}

const inRange = (day: number) => day >= ORIGIN && day <= LAST;

/** Working days after `from` up to and including `to` (negative when `to` is earlier), as `workingDaysBetween` in @cynnig/domain. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const a = toEpochDay(from);
  const b = toEpochDay(to);
  if (!inRange(a) || !inRange(b)) return calendar.workingDaysBetween(from, to);
  countUpTo(Math.max(a, b));
  return (counts[b - ORIGIN] as number) - (counts[a - ORIGIN] as number);
}

/** The date `count` working days after `date`, as `addWorkingDays` in @cynnig/domain. */
export function addWorkingDays(date: IsoDate, count: number): IsoDate {
  const start = toEpochDay(date);
  if (!Number.isInteger(count) || count <= 0 || !inRange(start) || !inRange(start + count * 3 + 30)) return calendar.addWorkingDays(date, count);
  countUpTo(start + count * 3 + 30);
  const target = (counts[start - ORIGIN] as number) + count;
  // the first day whose running count reaches the target is the count-th working day
  let low = start - ORIGIN + 1;
  let high = start - ORIGIN + count * 3 + 30;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((counts[middle] as number) >= target) high = middle;
    else low = middle + 1;
  }
  return fromEpochDay(ORIGIN + low);
}

const londonFormatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date of a moment in Europe/London time, as `londonDateOf` in @cynnig/domain. */
export function londonDateOf(timestamp: string): IsoDate {
  return londonFormatter.format(new Date(timestamp));
}
