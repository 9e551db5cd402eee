import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, fromEpochDay, toEpochDay } from './iso-date.js';
import { bankHolidaysIn, isBankHoliday } from './bank-holidays.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';

describe('bank holidays in England and Wales', () => {
  it.each([
    // year, the published list
    [2022, ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27']],
    [2023, ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26']],
    [2020, ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28']],
    [2021, ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28']],
    [2026, ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']],
    [2027, ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']],
  ])('lists the published holidays for %i, including substitute and one-off days', (year, expected) => {
    expect(bankHolidaysIn(year)).toEqual(expected);
  });

  it('knows the state funeral and the coronation were holidays', () => {
    expect(isBankHoliday('2022-09-19')).toBe(true);
    expect(isBankHoliday('2023-05-08')).toBe(true);
    expect(isBankHoliday('2022-05-30')).toBe(false);
  });
});

describe('working days', () => {
  it('skips Christmas, the weekend and the Boxing Day substitute day', () => {
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
  });

  it('counts 20 working days across Easter 2026', () => {
    // 1 April 2026 is a Wednesday; Good Friday 3 April and Easter Monday 6 April do not count.
    expect(addWorkingDays('2026-04-01', 20)).toBe('2026-05-01');
  });

  it('treats a count of zero as the same day', () => {
    expect(addWorkingDays('2026-11-22', 0)).toBe('2026-11-22');
  });

  it('counts working days between two dates in either direction', () => {
    expect(workingDaysBetween('2026-12-24', '2026-12-29')).toBe(1);
    expect(workingDaysBetween('2026-12-29', '2026-12-24')).toBe(-1);
    expect(workingDaysBetween('2026-11-20', '2026-11-20')).toBe(0);
  });

  it('never lands a deadline on a weekend or bank holiday', () => {
    for (let count = 1; count <= 60; count += 1) expect(isWorkingDay(addWorkingDays('2022-05-27', count))).toBe(true);
  });

  it('agrees with itself: counting the days between a date and its deadline gives the count back', () => {
    for (let count = 0; count <= 40; count += 3) expect(workingDaysBetween('2023-04-28', addWorkingDays('2023-04-28', count))).toBe(count);
  });
});

describe('working days agree with counting day by day', () => {
  // The plain definitions, walked one day at a time, as the reference for the fast index.
  const walkAdd = (date: string, count: number) => {
    let day = date;
    for (let left = count; left > 0; ) {
      day = addDays(day, 1);
      if (isWorkingDay(day)) left -= 1;
    }
    return day;
  };
  const walkBetween = (from: string, to: string) => {
    const [a, b, sign] = from <= to ? [from, to, 1] : [to, from, -1];
    let count = 0;
    for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (isWorkingDay(day)) count += 1;
    return sign * count;
  };
  const anyDate = fc.integer({ min: toEpochDay('1985-01-01'), max: toEpochDay('2105-12-31') }).map(fromEpochDay);

  it('for any date and count, including dates outside the indexed years', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: 0, max: 400 }), (date, count) => addWorkingDays(date, count) === walkAdd(date, count)), { numRuns: 400 });
  });

  it('for any two dates, in either order', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -500, max: 500 }), (from, offset) => {
      const to = addDays(from, offset);
      return workingDaysBetween(from, to) === walkBetween(from, to);
    }), { numRuns: 400 });
  });
});
