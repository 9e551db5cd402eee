// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { completedQuarters, financialQuarterOf, recentQuarters } from './quarters';

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
