// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completedQuarters, financialQuarterOf, quarterCount, quarterLabel, quarterWithMonths, recentQuarters } from './quarters';

describe('financial quarters for exports and the dashboard', () => {
  it.each([
    { date: '2025-04-01', quarter: '2025-26 Q1' },
    { date: '2025-06-30', quarter: '2025-26 Q1' },
    { date: '2025-07-01', quarter: '2025-26 Q2' },
    { date: '2025-12-31', quarter: '2025-26 Q3' },
    { date: '2026-01-01', quarter: '2025-26 Q4' },
    { date: '2026-03-31', quarter: '2025-26 Q4' },
    { date: '2099-05-05', quarter: '2099-00 Q1' },
  ])('$date falls in $quarter (April to June is the first quarter)', ({ date, quarter }) => {
    expect(financialQuarterOf(date)).toBe(quarter);
  });

  it('lists the current quarter and those before it, newest first, across a year end', () => {
    expect(recentQuarters('2026-02-10', 5)).toEqual(['2025-26 Q4', '2025-26 Q3', '2025-26 Q2', '2025-26 Q1', '2024-25 Q4']);
  });

  it('offers only completed quarters for an export, so a running quarter is never under-counted', () => {
    expect(completedQuarters('2026-02-10', 2)).toEqual(['2025-26 Q3', '2025-26 Q2']);
  });
});

describe('quarters as each language writes them', () => {
  it('writes Q in English and Ch (chwarter) in Welsh', () => {
    expect(quarterLabel('2025-26 Q3', 'en')).toBe('2025-26 Q3');
    expect(quarterLabel('2025-26 Q3', 'cy')).toBe('2025-26 Ch3');
  });

  it('names the months of a quarter, the January to March quarter in the following calendar year', () => {
    expect(quarterWithMonths('2025-26 Q1', 'en')).toBe('2025-26 Q1 (April to June 2025)');
    expect(quarterWithMonths('2025-26 Q4', 'cy')).toBe('2025-26 Ch4 (Ionawr i Fawrth 2026)');
  });

  it('counts the quarters in a range across a year end', () => {
    expect(quarterCount('2024-25 Q4', '2025-26 Q1')).toBe(2);
    expect(quarterCount('2025-26 Q2', '2025-26 Q1')).toBe(0);
  });
});
