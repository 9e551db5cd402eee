// UK financial-year quarters (Q1 = April to June) and the reporting periods built from them.
// Commissioners receive the National Reporting Template by these quarters, so every measure
// that is grouped by quarter places its dates with these functions.
import { addDays, addMonths, isIsoDate, type IsoDate } from '@cynnig/domain';

/** A span of calendar dates, both ends included. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** '2024-25 Q1' style label: the financial year starting in April 2024, April to June. */
export type QuarterCode = `${number}-${string} Q${1 | 2 | 3 | 4}`;

const QUARTER = /^(\d{4})-(\d{2}) Q([1-4])$/;

/** The financial year (by its starting calendar year) and quarter a date falls in. */
export function financialQuarterOf(date: IsoDate): QuarterCode {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const startYear = month >= 4 ? year : year - 1;
  const quarter = Math.floor(((month + 8) % 12) / 3) + 1;
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')} Q${quarter}` as QuarterCode;
}

/** The dates a quarter covers: '2024-25 Q4' is 2025-01-01 to 2025-03-31. */
export function quarterPeriod(code: QuarterCode | string): Period {
  const match = QUARTER.exec(code);
  if (!match) throw new RangeError(`not a financial quarter: ${code}`);
  const startYear = Number(match[1]);
  const quarter = Number(match[3]);
  const from = addMonths(`${startYear}-04-01`, (quarter - 1) * 3);
  return { from, to: addDays(addMonths(from, 3), -1) };
}

/** The whole financial year starting in April of `startYear`: the annual report's period. */
export function financialYear(startYear: number): Period {
  return { from: `${startYear}-04-01`, to: `${startYear + 1}-03-31` };
}

/** Every quarter that overlaps a period, in order. */
export function quartersIn(period: Period): QuarterCode[] {
  assertPeriod(period);
  const quarters: QuarterCode[] = [];
  let cursor = quarterPeriod(financialQuarterOf(period.from)).from;
  while (cursor <= period.to) {
    quarters.push(financialQuarterOf(cursor));
    cursor = addMonths(cursor, 3);
  }
  return quarters;
}

/** The part of `period` inside a quarter (a period need not start on a quarter boundary). */
export function clipToPeriod(inner: Period, outer: Period): Period | null {
  const from = inner.from > outer.from ? inner.from : outer.from;
  const to = inner.to < outer.to ? inner.to : outer.to;
  return from <= to ? { from, to } : null;
}

export function inPeriod(date: IsoDate | null, period: Period): date is IsoDate {
  return date !== null && period.from <= date && date <= period.to;
}

/** True when something that ran from `start` to `end` (open when null) touched the period. */
export function overlapsPeriod(start: IsoDate, end: IsoDate | null, period: Period): boolean {
  return start <= period.to && (end === null || end >= period.from);
}

export function assertPeriod(period: Period): void {
  if (!isIsoDate(period.from) || !isIsoDate(period.to) || period.to < period.from) {
    throw new RangeError(`not a period: ${period.from} to ${period.to}`);
  }
}
