import * as calendar from '@cynnig/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, londonDateOf, workingDaysBetween } from './working-day-index.js';

const date = fc.integer({ min: calendar.toEpochDay('1995-01-01'), max: calendar.toEpochDay('2035-12-31') }).map(calendar.fromEpochDay);

describe('the working-day index gives the domain calendar\'s answers', () => {
  it('for working days between two dates, either way round', () => {
    const span = fc.integer({ min: -1100, max: 1100 }); // up to three years either way, as due items are
    fc.assert(fc.property(date, span, (from, days) => {
      const to = calendar.addDays(from, days);
      // + 0: the domain gives -0 for an empty backwards span
      expect(workingDaysBetween(from, to)).toBe(calendar.workingDaysBetween(from, to) + 0);
    }), { numRuns: 300 });
  });

  it('for n working days after a date', () => {
    fc.assert(fc.property(date, fc.integer({ min: 0, max: 400 }), (from, count) => { expect(addWorkingDays(from, count)).toBe(calendar.addWorkingDays(from, count)); }), { numRuns: 500 });
  });

  it.each([
    ['2026-12-24', 1, '2026-12-29'],
    ['2025-04-17', 1, '2025-04-22'],
    ['2024-02-28', 1, '2024-02-29'],
  ] as const)('%s plus %i working day is %s', (from, count, expected) => {
    expect(addWorkingDays(from, count)).toBe(expected);
  });

  it('for the London date of a moment, across clock changes', () => {
    const moment = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2040-01-01T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
    fc.assert(fc.property(moment, (at) => { expect(londonDateOf(at)).toBe(calendar.londonDateOf(at)); }), { numRuns: 300 });
    expect(londonDateOf('2025-03-30T23:30:00Z')).toBe('2025-03-31');
    expect(londonDateOf('2025-10-26T23:30:00Z')).toBe('2025-10-26');
  });
});
