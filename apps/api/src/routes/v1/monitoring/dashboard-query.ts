// What the dashboard may be asked for: a grouping the person's view can be split by and a run
// of whole financial quarters. Each mistake is a MonitoringQueryError naming the parameter, so
// the route answers 400 in the reader's language.
import { addMonths } from '@cynnig/domain';
import { quartersIn, type GroupDimension, type Period, type QuarterCode } from '@cynnig/monitoring';
import type { Actor } from '../../../services/actor.js';
import { latestWholeQuarter, MonitoringQueryError, parseReportingPeriod, type MonitoringView } from '../../../services/monitoring-service.js';

/** Groupings as the URL spells them. */
export const dashboardGroupingNames = ['authority', 'rpb-region', 'advocacy-region', 'provider'] as const;
export type DashboardGrouping = (typeof dashboardGroupingNames)[number];

export const dimensionOfGrouping: Readonly<Record<DashboardGrouping, GroupDimension>> = {
  authority: 'authority',
  'rpb-region': 'rpbRegion',
  'advocacy-region': 'advocacyRegion',
  provider: 'provider',
};

/** The most quarters one dashboard covers: three years, enough to see a trend, little enough to read. */
export const maxDashboardQuarters = 12;
/** Quarters shown when none are asked for: the latest whole year's worth. */
const defaultQuarterCount = 4;

/**
 * The groupings each view can be split by, the default first. A commissioner sees every child
 * in Wales and may split them any way; regions come first, as seven lines can be read at once.
 * Authority staff see their own children only: split by region that would pass one authority
 * off as a region, so they split them by provider. A provider sees the children referred to
 * it, split by where they come from. The view's own total is never one of its groups.
 */
export function dashboardGroupings(view: MonitoringView): readonly DashboardGrouping[] {
  if (view.source.kind === 'national') return ['rpb-region', 'advocacy-region', 'authority', 'provider'];
  if (view.source.kind === 'authority') return ['provider'];
  return ['authority', 'rpb-region', 'advocacy-region'];
}

export interface DashboardQuery {
  readonly groupBy?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export interface DashboardRequest {
  readonly grouping: DashboardGrouping;
  readonly dimension: GroupDimension;
  readonly period: Period;
  readonly quarters: readonly QuarterCode[];
}

/** One quarter, or an error naming the parameter it came from. */
function quarterOf(parameter: 'from' | 'to', text: string): { code: QuarterCode; period: Period } {
  const hint = { en: `give one financial quarter like 2025-26 Q${parameter === 'from' ? 1 : 4} (April to June is Q1)`, cy: `rhowch un chwarter ariannol fel 2025-26 Q${parameter === 'from' ? 1 : 4} (Ebrill i Fehefin yw Q1)` };
  let parsed;
  try {
    parsed = parseReportingPeriod(text);
  } catch (error) {
    if (error instanceof MonitoringQueryError) throw new MonitoringQueryError(parameter, hint);
    throw error;
  }
  if (parsed.quarter === null) throw new MonitoringQueryError(parameter, hint);
  return { code: parsed.quarter, period: parsed.period };
}

/** The quarter `count - 1` quarters before `last`, so that the run has `count` quarters. */
function quartersBefore(last: Period, count: number): Period {
  return { from: addMonths(last.from, -3 * (count - 1)), to: last.to };
}

/** Checks the dashboard's parameters for this person; throws a MonitoringQueryError naming the one at fault. */
export function readDashboardQuery(query: DashboardQuery, view: MonitoringView, actor: Pick<Actor, 'now'>): DashboardRequest {
  const allowed = dashboardGroupings(view);
  const grouping = (query.groupBy ?? allowed[0]!) as DashboardGrouping;
  if (!allowed.includes(grouping)) {
    const list = allowed.join(', ');
    throw new MonitoringQueryError('groupBy', { en: `your figures can be grouped by ${list}`, cy: `gellir grwpio eich ffigurau fesul ${list}` });
  }
  const last = quarterOf('to', query.to ?? latestWholeQuarter(actor));
  const first = query.from === undefined ? null : quarterOf('from', query.from);
  if (first && first.period.from > last.period.from) {
    throw new MonitoringQueryError('to', { en: 'the last quarter cannot come before the first (from)', cy: 'ni all y chwarter olaf ddod cyn y cyntaf (from)' });
  }
  const period = first ? { from: first.period.from, to: last.period.to } : quartersBefore(last.period, defaultQuarterCount);
  const quarters = quartersIn(period);
  if (quarters.length > maxDashboardQuarters) {
    throw new MonitoringQueryError('to', { en: `ask for ${maxDashboardQuarters} quarters at most (you asked for ${quarters.length})`, cy: `gofynnwch am ${maxDashboardQuarters} chwarter ar y mwyaf (gofynnoch am ${quarters.length})` });
  }
  return { grouping, dimension: dimensionOfGrouping[grouping], period, quarters };
}
