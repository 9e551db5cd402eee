// The financial quarters (April to June is Q1) people choose from when exporting or
// reading take-up figures: the most recent first, written as the National Reporting
// Template writes them ("2025-26 Q1").
import type { IsoDate, Language } from '@cynnig/domain';

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

const QUARTER = /^(\d{4})-(\d{2}) Q([1-4])$/;

/** A quarter's place in time, counted in quarters, so ranges can be measured; NaN if not a quarter. */
export function quarterNumber(code: string): number {
  const match = QUARTER.exec(code);
  return match ? Number(match[1]) * 4 + Number(match[3]) - 1 : Number.NaN;
}

/** How many quarters run from `from` to `to`, both counted (0 or less when `to` comes first). */
export function quarterCount(from: string, to: string): number {
  return quarterNumber(to) - quarterNumber(from) + 1;
}

/** "2025-26 Q1" in English; "2025-26 Ch1" (chwarter) in Welsh. */
export function quarterLabel(code: string, language: Language): string {
  const match = QUARTER.exec(code);
  if (!match) return code;
  return `${match[1]}-${match[2]} ${language === 'cy' ? 'Ch' : 'Q'}${match[3]}`;
}

/** The quarter and its year written apart, for an axis with little room: ["Q1", "2025-26"]. */
export function quarterLabelParts(code: string, language: Language): [string, string] {
  const match = QUARTER.exec(code);
  if (!match) return [code, ''];
  return [`${language === 'cy' ? 'Ch' : 'Q'}${match[3]}`, `${match[1]}-${match[2]}`];
}

const months: Record<Language, readonly string[]> = {
  en: ['April to June', 'July to September', 'October to December', 'January to March'],
  // After "i" the second month takes its soft mutation: Mehefin, Medi, Rhagfyr, Mawrth.
  cy: ['Ebrill i Fehefin', 'Gorffennaf i Fedi', 'Hydref i Ragfyr', 'Ionawr i Fawrth'],
};

/** "2025-26 Q3 (October to December 2025)" / "2025-26 Ch3 (Hydref i Ragfyr 2025)". */
export function quarterWithMonths(code: string, language: Language): string {
  const match = QUARTER.exec(code);
  if (!match) return code;
  const quarter = Number(match[3]);
  const year = quarter === 4 ? Number(match[1]) + 1 : Number(match[1]);
  return `${quarterLabel(code, language)} (${months[language][quarter - 1]} ${year})`;
}
