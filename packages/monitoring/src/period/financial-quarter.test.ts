import { describe, expect, it } from 'vitest';
import { financialQuarterOf, financialYear, quarterPeriod, quartersIn } from './financial-quarter.js';

describe('financial quarters', () => {
  it.each([
    ['2024-04-01', '2024-25 Q1'],
    ['2024-06-30', '2024-25 Q1'],
    ['2024-07-01', '2024-25 Q2'],
    ['2024-12-31', '2024-25 Q3'],
    ['2025-01-01', '2024-25 Q4'],
    ['2025-03-31', '2024-25 Q4'],
    ['1999-04-01', '1999-00 Q1'],
  ])('places %s in %s (Q1 is April to June)', (date, quarter) => {
    expect(financialQuarterOf(date)).toBe(quarter);
  });

  it('gives the dates a quarter covers, ending on the last day of its third month', () => {
    expect(quarterPeriod('2024-25 Q4')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(quarterPeriod('2023-24 Q3')).toEqual({ from: '2023-10-01', to: '2023-12-31' });
  });

  it('lists the four quarters of a financial year in order', () => {
    expect(quartersIn(financialYear(2024))).toEqual(['2024-25 Q1', '2024-25 Q2', '2024-25 Q3', '2024-25 Q4']);
  });

  it('lists quarters a period only partly covers', () => {
    expect(quartersIn({ from: '2024-06-15', to: '2024-07-02' })).toEqual(['2024-25 Q1', '2024-25 Q2']);
  });
});
