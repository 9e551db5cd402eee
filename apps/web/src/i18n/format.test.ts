// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatTimestamp } from './format';

describe('writing dates and numbers in each language', () => {
  it('writes a calendar date with the month name in the language', () => {
    expect(formatDate('2026-03-27', 'en')).toBe('27 March 2026');
    expect(formatDate('2026-03-27', 'cy')).toBe('27 Mawrth 2026');
  });

  it('never moves a calendar date to the day before, whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
  });

  it('shows a moment in UK time: summer time in July, GMT in January', () => {
    expect(formatTimestamp('2026-07-01T23:30:00Z', 'en')).toMatch(/^2 July 2026.*00:30$/);
    expect(formatTimestamp('2026-01-15T23:30:00Z', 'en')).toMatch(/^15 January 2026.*23:30$/);
    expect(formatTimestamp('2026-07-01T23:30:00Z', 'cy')).toMatch(/^2 Gorffennaf 2026.*00:30$/);
  });

  it('groups thousands', () => {
    expect(formatNumber(7198, 'en')).toBe('7,198');
    expect(formatNumber(7198, 'cy')).toBe('7,198');
  });

  it('refuses a value that is not a date rather than showing a wrong one', () => {
    expect(() => formatDate('2026-02-30', 'en')).toThrow();
    expect(() => formatTimestamp('yesterday', 'en')).toThrow();
  });
});
