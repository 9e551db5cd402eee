import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, birthdayAt, isIsoDate, londonDateOf } from './iso-date.js';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-06-31', false],
    ['24-06-01', false],
    ['2024-6-1', false],
  ])('%s is a real date: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('adds months without running past the end of a month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2023-11-15', 3)).toBe('2024-02-15');
  });

  it('gives a leap-day child their birthday on 1 March in a common year', () => {
    expect(birthdayAt('2008-02-29', 16)).toBe('2024-02-29');
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-03-01');
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('turns 16 on the day of the 16th birthday, not the day after', () => {
    expect(ageOn('2010-11-22', '2026-11-21')).toBe(15);
    expect(ageOn('2010-11-22', '2026-11-22')).toBe(16);
  });

  it('reads a moment as a London date, across midnight in summer time', () => {
    expect(londonDateOf('2026-07-01T23:30:00Z')).toBe('2026-07-02');
    expect(londonDateOf('2026-12-01T23:30:00Z')).toBe('2026-12-01');
  });
});
