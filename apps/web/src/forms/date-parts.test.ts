// @vitest-environment node
import { fromEpochDay } from '@cynnig/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datePartsSchema, datePartsToIsoDate, isoDateToParts } from './date-parts';

describe('a date typed into day, month and year boxes', () => {
  it.each([
    { day: '27', month: '3', year: '2007', expected: '2007-03-27' },
    { day: ' 1 ', month: '01', year: '2024', expected: '2024-01-01' },
    { day: '29', month: '2', year: '2024', expected: '2024-02-29' },
  ])('$day/$month/$year is $expected', ({ day, month, year, expected }) => {
    expect(datePartsToIsoDate({ day, month, year })).toEqual({ ok: true, date: expected });
  });

  it.each([
    { parts: { day: '', month: '', year: '' }, problem: 'required' },
    { parts: { day: '', month: '3', year: '2007' }, problem: 'missingDay' },
    { parts: { day: '27', month: '', year: '2007' }, problem: 'missingMonth' },
    { parts: { day: '27', month: '3', year: '' }, problem: 'missingYear' },
    { parts: { day: '', month: '', year: '2007' }, problem: 'missingDayMonth' },
    { parts: { day: '', month: '3', year: '' }, problem: 'missingDayYear' },
    { parts: { day: '27', month: '', year: '' }, problem: 'missingMonthYear' },
    { parts: { day: '29', month: '2', year: '2023' }, problem: 'notReal' },
    { parts: { day: '31', month: '4', year: '2024' }, problem: 'notReal' },
    { parts: { day: '1', month: '13', year: '2024' }, problem: 'notReal' },
    { parts: { day: 'first', month: '3', year: '2024' }, problem: 'notReal' },
    { parts: { day: '1', month: '3', year: '24' }, problem: 'yearDigits' },
  ])('$parts.day/$parts.month/$parts.year gives the message "$problem"', ({ parts, problem }) => {
    expect(datePartsToIsoDate(parts)).toMatchObject({ ok: false, problem });
  });

  it('gives back every real date it was shown (boxes filled from a stored date)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 60_000 }), (epochDay) => {
        const date = fromEpochDay(epochDay);
        expect(datePartsToIsoDate(isoDateToParts(date))).toEqual({ ok: true, date });
      }),
    );
  });

  it('as a form schema, yields the YYYY-MM-DD date or a translation key for the message', () => {
    expect(datePartsSchema().parse({ day: '5', month: '11', year: '2025' })).toBe('2025-11-05');
    const failed = datePartsSchema().safeParse({ day: '5', month: '', year: '2025' });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.message).toBe('dateInput.errors.missingMonth');
    expect(failed.error?.issues[0]?.path).toEqual([]);
  });
});
