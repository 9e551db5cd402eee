// GET /api/v1/monitoring/dashboard?from=2025-26 Q1&to=2025-26 Q4: the forms app's dashboard,
// a few headline series (take-up, offers on time, days to offer, missing episodes and timely
// return conversations) with one value per quarter, for the person's view and disclosure.
import { localAuthorities, type Bilingual } from '@cynnig/domain';
import { measureCatalogue, quartersIn, type CellValue } from '@cynnig/monitoring';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { gate } from '../../../auth/signed-in.js';
import { auditActorOf } from '../../../services/actor.js';
import { MonitoringQueryError, latestWholeQuarter, monitoringFigures, monitoringReaders, monitoringViewOf, parseReportingPeriod } from '../../../services/monitoring-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { queryProblem } from './get.js';
import { dashboardQuerySchema, dashboardSchema } from './schema.js';

/** The dashboard's series, in the order it shows them. */
export const dashboardMeasures: readonly { id: string; unit: 'percent' | 'count' | 'working-days' }[] = [
  { id: 'take-up-rate', unit: 'percent' },
  { id: 'offers-made', unit: 'count' },
  { id: 'offers-made-within-timescale-rate', unit: 'percent' },
  { id: 'working-days-to-offer-median', unit: 'working-days' },
  { id: 'missing-episodes', unit: 'count' },
  { id: 'return-conversation-in-time-rate', unit: 'percent' },
];

export const getDashboardRoute = createRoute({
  method: 'get',
  path: '/api/v1/monitoring/dashboard',
  tags: ['Monitoring'],
  summary: 'Headline series by quarter for the monitoring dashboard',
  middleware: [gate(monitoringReaders)] as const,
  request: { query: dashboardQuerySchema },
  responses: { 200: { description: 'The series', content: { 'application/json': { schema: dashboardSchema } } }, ...problemResponses(400, 401, 403, 422) },
});

const wales: Bilingual = { en: 'Wales', cy: 'Cymru' };

function asShown(value: CellValue | undefined, unit: string): number | null | { suppressed: true } {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return { suppressed: true };
  return unit === 'percent' ? Math.round(value * 1000) / 10 : value;
}

export function registerGetDashboard(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getDashboardRoute, async (c) => {
    const actor = actorFor(c, deps, monitoringReaders);
    const query = c.req.valid('query');
    let view;
    let period;
    try {
      view = monitoringViewOf(actor.user);
      const first = parseReportingPeriod(query.from ?? latestWholeQuarter(actor));
      const last = parseReportingPeriod(query.to ?? query.from ?? latestWholeQuarter(actor));
      if (first.quarter === null) throw new MonitoringQueryError('from', { en: 'give a quarter like 2025-26 Q1', cy: 'rhowch chwarter fel 2025-26 Q1' });
      if (last.quarter === null || last.period.to < first.period.from) throw new MonitoringQueryError('to', { en: 'give a quarter like 2025-26 Q4, not before from', cy: 'rhowch chwarter fel 2025-26 Q4, nid cyn from' });
      if (quartersIn({ from: first.period.from, to: last.period.to }).length > 12) throw new MonitoringQueryError('to', { en: 'ask for 12 quarters at most', cy: 'gofynnwch am 12 chwarter ar y mwyaf' });
      period = { ...first, period: { from: first.period.from, to: last.period.to } };
    } catch (error) {
      queryProblem(error);
    }
    const national = view.source.kind === 'national';
    const groupBy = national ? (['authority', 'quarter'] as const) : (['quarter'] as const);
    const figures = await monitoringFigures(deps.database.db, view, { measureIds: dashboardMeasures.map((measure) => measure.id), period, groupBy: [...groupBy], breakdown: [] });
    const quarters = quartersIn(period.period);
    const width = figures.columns.length;
    const rowIndex = new Map(figures.rows.map((row, index) => [`${row.authority ?? ''}|${row.quarter}`, index]));
    const groups: { code: string; name: Bilingual }[] = national
      ? [...localAuthorities.filter((authority) => rowIndex.has(`${authority.code}|*`)).map((authority) => ({ code: authority.code, name: authority.name })), { code: '*', name: wales }]
      : [{ code: '', name: view.source.kind === 'authority' ? (localAuthorities.find((authority) => authority.code === (view.source as { authorityCode: string }).authorityCode)?.name ?? wales) : { en: 'Referred to your provider', cy: 'Wedi\'u hatgyfeirio at eich darparwr' } }];
    await appendAudit(deps.database.db, auditActorOf(actor), { action: 'monitoring.read', detail: { period: `${quarters[0]} to ${quarters.at(-1)}`, measures: 'dashboard', disclosure: view.disclosure } }, actor.now);
    return c.json(
      {
        disclosure: figures.disclosure,
        quarters,
        series: dashboardMeasures.map(({ id, unit }) => {
          const measure = measureCatalogue.find((candidate) => candidate.id === id)!;
          const values = figures.values.get(id) ?? [];
          return {
            measureId: id,
            title: measure.name,
            unit,
            groupBy: national ? ('authority' as const) : view.source.kind === 'authority' ? ('authority' as const) : ('wales' as const),
            groups: groups.map((group) => ({
              code: group.code === '' ? (view.source.kind === 'authority' ? (view.source as { authorityCode: string }).authorityCode : 'provider') : group.code === '*' ? 'wales' : group.code,
              name: group.name,
              values: quarters.map((quarter) => {
                const index = rowIndex.get(`${national ? group.code : ''}|${quarter}`);
                return asShown(index === undefined ? undefined : values[index * width], unit);
              }),
            })),
          };
        }),
      },
      200,
    );
  });
}
