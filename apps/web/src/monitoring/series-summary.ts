// The words and numbers every chart on the dashboard is read through: a figure in
// its unit ("62%", "8 working days"), "[c]" for a withheld one, and a one-paragraph
// summary (the total over the quarters, highest and lowest, how many withheld) for
// people who do not see the chart.
import type { Language } from '@cynnig/domain';
import { isSuppressedCell, type Cell, type DashboardSeries } from '../api/monitoring';
import { formatNumber } from '../i18n/format';
import { quarterLabel } from './quarters';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function cellText(cell: Cell | undefined, unit: DashboardSeries['unit'], language: Language, t: Translate): string {
  if (cell === undefined || cell === null) return t('dashboard.noFigure');
  if (isSuppressedCell(cell)) return '[c]';
  if (unit === 'percent') return `${formatNumber(Math.round(cell * 10) / 10, language)}%`;
  if (unit === 'working-days') return t('dashboard.workingDays', { count: cell, value: formatNumber(Math.round(cell * 10) / 10, language) });
  return formatNumber(cell, language);
}

/** The numeric value of a cell, or null when it is withheld or there is nothing to measure. */
export function plotted(cell: Cell | undefined): number | null {
  return typeof cell === 'number' ? cell : null;
}

export interface SeriesFacts {
  readonly quarter: string;
  readonly highest: { name: string; value: number } | null;
  readonly lowest: { name: string; value: number } | null;
  /** The view's total (Wales) in the first and latest quarters, where it is published. */
  readonly total: { name: string; first: Cell | undefined; last: Cell | undefined };
  readonly withheld: number;
  readonly cells: number;
}

/** The facts the summary states: the groups' highest and lowest in the latest quarter, the total's first and latest figures, what is withheld. */
export function seriesFacts(series: DashboardSeries, quarters: readonly string[], language: Language): SeriesFacts {
  const last = quarters.length - 1;
  const latest = series.groups.map((group) => ({ name: group.name[language], value: plotted(group.values[last]) })).filter((entry): entry is { name: string; value: number } => entry.value !== null);
  const sorted = [...latest].sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : 1));
  const cells = [...series.groups, series.total].flatMap((group) => group.values);
  return {
    quarter: quarters[last] ?? '',
    highest: sorted[0] ?? null,
    lowest: sorted.length > 1 ? (sorted.at(-1) ?? null) : null,
    total: { name: series.total.name[language], first: series.total.values[0], last: series.total.values[last] },
    withheld: cells.filter((cell) => isSuppressedCell(cell)).length,
    cells: cells.length,
  };
}

/** One paragraph saying what the chart shows, for people who do not see it. */
export function seriesSummary(series: DashboardSeries, quarters: readonly string[], language: Language, t: Translate): string {
  const facts = seriesFacts(series, quarters, language);
  const quarter = quarterLabel(facts.quarter, language);
  const parts: string[] = [];
  if (quarters.length > 1) {
    parts.push(t('dashboard.summaryTotalOver', { name: facts.total.name, first: cellText(facts.total.first, series.unit, language, t), firstQuarter: quarterLabel(quarters[0] ?? '', language), last: cellText(facts.total.last, series.unit, language, t), quarter }));
  } else {
    parts.push(t('dashboard.summaryTotal', { name: facts.total.name, value: cellText(facts.total.last, series.unit, language, t), quarter }));
  }
  if (facts.highest) parts.push(t('dashboard.summaryHighest', { quarter, name: facts.highest.name, value: cellText(facts.highest.value, series.unit, language, t) }));
  if (facts.lowest) parts.push(t('dashboard.summaryLowest', { name: facts.lowest.name, value: cellText(facts.lowest.value, series.unit, language, t) }));
  if (!facts.highest && series.groups.length > 0) parts.push(t('dashboard.summaryNothing', { quarter }));
  parts.push(facts.withheld > 0 ? t('dashboard.summaryWithheld', { count: facts.withheld }) : t('dashboard.summaryNoneWithheld'));
  return parts.join(' ');
}
