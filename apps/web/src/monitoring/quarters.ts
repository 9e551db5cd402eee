// The financial quarters (April to June is Q1) people choose from when exporting or
// reading take-up figures: the most recent first, written as the National Reporting
// Template writes them ("2025-26 Q1").
import type { IsoDate } from '@cynnig/domain';

export function financialQuarterOf(date: IsoDate): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const startYear = month >= 4 ? year : year - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')} Q${quarter}`;
}

/** The quarter a date falls in and the `count - 1` before it, newest first. */
export function recentQuarters(today: IsoDate, count: number): string[] {
  const quarters: string[] = [];
  let year = Number(today.slice(0, 4));
  let month = Number(today.slice(5, 7));
  for (let index = 0; index < count; index += 1) {
    quarters.push(financialQuarterOf(`${year}-${String(month).padStart(2, '0')}-01`));
    month -= 3;
    if (month < 1) {
      month += 12;
      year -= 1;
    }
  }
  return quarters;
}

/** Completed quarters only: a quarter still running would under-count. */
export function completedQuarters(today: IsoDate, count: number): string[] {
  return recentQuarters(today, count + 1).slice(1);
}
