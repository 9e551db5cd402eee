// Bank holidays in England and Wales: the regular ones are computed (with substitute days
// when they fall at a weekend) and the moved and one-off days are listed from the
// proclamations published on GOV.UK. Add a future one-off day to `proclaimedChanges`.
import { addDays, dayOfWeek, fromEpochDay, toEpochDay, type IsoDate } from './iso-date.js';

interface ProclaimedChange {
  readonly year: number;
  /** Regular holidays that did not happen that year. */
  readonly removed: readonly IsoDate[];
  /** Days that were holidays instead or as well. */
  readonly added: readonly IsoDate[];
  readonly why: string;
}

/** Moved and extra bank holidays by royal proclamation. */
export const proclaimedChanges: readonly ProclaimedChange[] = [
  { year: 1995, removed: ['1995-05-01'], added: ['1995-05-08'], why: 'Early May bank holiday moved for VE Day 50th anniversary' },
  { year: 1999, removed: [], added: ['1999-12-31'], why: 'Millennium' },
  { year: 2002, removed: ['2002-05-27'], added: ['2002-06-03', '2002-06-04'], why: 'Golden Jubilee' },
  { year: 2011, removed: [], added: ['2011-04-29'], why: 'Royal wedding' },
  { year: 2012, removed: ['2012-05-28'], added: ['2012-06-04', '2012-06-05'], why: 'Diamond Jubilee' },
  { year: 2020, removed: ['2020-05-04'], added: ['2020-05-08'], why: 'Early May bank holiday moved for VE Day 75th anniversary' },
  { year: 2022, removed: ['2022-05-30'], added: ['2022-06-02', '2022-06-03'], why: 'Platinum Jubilee' },
  { year: 2022, removed: [], added: ['2022-09-19'], why: 'State funeral of Queen Elizabeth II' },
  { year: 2023, removed: [], added: ['2023-05-08'], why: 'Coronation of King Charles III' },
];

function easterSunday(year: number): IsoDate {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function firstMonday(year: number, month: number): IsoDate {
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  return addDays(first, (8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number): IsoDate {
  const last = fromEpochDay(toEpochDay(`${year}-${String(month + 1).padStart(2, '0')}-01`) - 1);
  return addDays(last, -((dayOfWeek(last) + 6) % 7));
}

/** Moves a weekend holiday to the next weekday not already taken. */
function substitute(date: IsoDate, taken: Set<IsoDate>): IsoDate {
  let day = date;
  while (dayOfWeek(day) === 0 || dayOfWeek(day) === 6 || taken.has(day)) day = addDays(day, 1);
  return day;
}

const cache = new Map<number, readonly IsoDate[]>();

/** The bank holidays in England and Wales in a year, in date order. */
export function bankHolidaysIn(year: number): readonly IsoDate[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const taken = new Set<IsoDate>();
  const add = (date: IsoDate) => {
    const day = substitute(date, taken);
    taken.add(day);
  };
  add(`${year}-01-01`);
  taken.add(addDays(easter, -2));
  taken.add(addDays(easter, 1));
  taken.add(firstMonday(year, 5));
  taken.add(lastMonday(year, 5));
  taken.add(lastMonday(year, 8));
  add(`${year}-12-25`);
  add(`${year}-12-26`);
  for (const change of proclaimedChanges.filter((c) => c.year === year)) {
    for (const day of change.removed) taken.delete(day);
    for (const day of change.added) taken.add(day);
  }
  const days = [...taken].sort();
  cache.set(year, days);
  return days;
}

export function isBankHoliday(date: IsoDate): boolean {
  return bankHolidaysIn(Number(date.slice(0, 4))).includes(date);
}
