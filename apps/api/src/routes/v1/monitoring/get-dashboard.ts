// GET /api/v1/monitoring/dashboard?groupBy=rpb-region&from=2025-26 Q1&to=2025-26 Q4: the forms
// app's dashboard. A few headline series (take-up, offers, days from trigger to offer, missing
// episodes and return home conversations), one value per quarter for each group of the chosen
// grouping and for the view's total, computed by @cynnig/monitoring's measures and published
// through its disclosure control exactly as every other monitoring answer.
import { advocacyRegions, localAuthorities, regionOn, rpbRegions, type Bilingual } from '@cynnig/domain';
import { authoritiesReferringTo, listProviders } from '@cynnig/data';
import { ALL, groupValueLabel, measureCatalogue, unknownGroupValues, type CellValue, type GroupDimension } from '@cynnig/monitoring';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { gate } from '../../../auth/signed-in.js';
import { auditActorOf } from '../../../services/actor.js';
import { monitoringFigures, monitoringReaders, monitoringViewOf, type MonitoringView } from '../../../services/monitoring-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { dashboardGroupings, readDashboardQuery, type DashboardRequest } from './dashboard-query.js';
import { queryProblem } from './get.js';
import { dashboardQuerySchema, dashboardSchema } from './schema.js';

/** The dashboard's series, in the order it shows them. */
export const dashboardMeasures: readonly { id: string; unit: 'percent' | 'count' | 'working-days' }[] = [
  { id: 'take-up-rate', unit: 'percent' },
  { id: 'offers-made', unit: 'count' },
  { id: 'offers-made-within-timescale-rate', unit: 'percent' },
  { id: 'working-days-to-offer-median', unit: 'working-days' },
  { id: 'working-days-to-offer-p90', unit: 'working-days' },
  { id: 'missing-episodes', unit: 'count' },
  { id: 'return-conversation-offer-rate', unit: 'percent' },
  { id: 'return-conversation-accept-rate', unit: 'percent' },
  { id: 'return-conversation-in-time-rate', unit: 'percent' },
];

export const getDashboardRoute = createRoute({
  method: 'get',
  path: '/api/v1/monitoring/dashboard',
  tags: ['Monitoring'],
  summary: 'Headline series by quarter for the monitoring dashboard, grouped by authority, region or provider',
  description:
    'Figures for the person\'s view (every child in Wales for a commissioner, the children referred to a provider for its staff, both published: small counts withheld and counts rounded to 5; an authority\'s own children exactly for its staff), one figure per quarter for each group and for the view\'s total. A grouping the view cannot be split by, a quarter that cannot be read, a last quarter before the first or more than 12 quarters is a 400 naming the parameter.',
  middleware: [gate(monitoringReaders)] as const,
  request: { query: dashboardQuerySchema },
  responses: { 200: { description: 'The series', content: { 'application/json': { schema: dashboardSchema } } }, ...problemResponses(400, 401, 403) },
});

const wales: Bilingual = { en: 'Wales', cy: 'Cymru' };

function asShown(value: CellValue | undefined, unit: string): number | null | { suppressed: true } {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return { suppressed: true };
  return unit === 'percent' ? Math.round(value * 1000) / 10 : value;
}

/** Where each group goes in the list: authorities and regions in their published order, then names. */
function orderOf(dimension: GroupDimension): readonly string[] {
  if (dimension === 'authority') return localAuthorities.map((authority) => authority.code);
  if (dimension === 'rpbRegion') return rpbRegions.map((region) => region.id);
  if (dimension === 'advocacyRegion') return advocacyRegions.map((region) => region.id);
  return [];
}

const unknownCodes: readonly string[] = [unknownGroupValues.provider.code, unknownGroupValues.region.code];

async function groupNames(deps: RouteDeps, dimension: GroupDimension, codes: readonly string[]): Promise<Map<string, Bilingual>> {
  const providers = dimension === 'provider' ? new Map((await listProviders(deps.database.db)).map((provider) => [provider.id, provider.name])) : new Map<string, string>();
  return new Map(
    codes.map((code) => {
      const provider = providers.get(code);
      return [code, provider !== undefined ? { en: provider, cy: provider } : { en: groupValueLabel(dimension, code, 'en'), cy: groupValueLabel(dimension, code, 'cy') }];
    }),
  );
}

async function totalOf(deps: RouteDeps, view: MonitoringView): Promise<{ code: string; name: Bilingual }> {
  const { source } = view;
  if (source.kind === 'national') return { code: 'wales', name: wales };
  if (source.kind === 'authority') return { code: source.authorityCode, name: { en: groupValueLabel('authority', source.authorityCode, 'en'), cy: groupValueLabel('authority', source.authorityCode, 'cy') } };
  return { code: source.providerId, name: (await groupNames(deps, 'provider', [source.providerId])).get(source.providerId)! };
}

/**
 * The groups a provider's figures may be split into: the authorities its children come from,
 * or their regions at the end of the period. The national publication lists every authority;
 * a provider's dashboard shows none it has never had a referral from.
 */
async function providerGroups(deps: RouteDeps, providerId: string, dimension: GroupDimension, onDate: string): Promise<Set<string>> {
  const authorities = await authoritiesReferringTo(deps.database.db, providerId);
  if (dimension === 'authority') return new Set(authorities);
  const kind = dimension === 'rpbRegion' ? 'rpb' : 'advocacy';
  return new Set(authorities.flatMap((code) => regionOn(code, kind, onDate)?.id ?? []));
}

function reportingPeriodOf(request: DashboardRequest) {
  return { period: request.period, quarter: null, startYear: Number(request.period.from.slice(0, 4)), label: `${request.quarters[0]} to ${request.quarters.at(-1)}` };
}

export function registerGetDashboard(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getDashboardRoute, async (c) => {
    const actor = actorFor(c, deps, monitoringReaders);
    let view: MonitoringView;
    let request: DashboardRequest;
    try {
      view = monitoringViewOf(actor.user);
      request = readDashboardQuery(c.req.valid('query'), view, actor);
    } catch (error) {
      queryProblem(error);
    }
    const { dimension, quarters } = request;
    const figures = await monitoringFigures(deps.database.db, view, { measureIds: dashboardMeasures.map((measure) => measure.id), period: reportingPeriodOf(request), groupBy: [dimension, 'quarter'], breakdown: [] });
    const width = figures.columns.length;
    const rowIndex = new Map(figures.rows.map((row, index) => [`${row[dimension] ?? ALL}|${row.quarter ?? ALL}`, index]));
    const shown = view.source.kind === 'provider' ? await providerGroups(deps, view.source.providerId, dimension, request.period.to) : null;
    const present = [...new Set(figures.rows.map((row) => row[dimension] ?? ALL))].filter((code) => code !== ALL && (shown === null || shown.has(code)));
    const order = orderOf(dimension);
    const rank = (code: string) => (unknownCodes.includes(code) ? 2 : order.includes(code) ? 0 : 1);
    const names = await groupNames(deps, dimension, present);
    const codes = present.sort((a, b) => rank(a) - rank(b) || order.indexOf(a) - order.indexOf(b) || names.get(a)!.en.localeCompare(names.get(b)!.en));
    const total = await totalOf(deps, view);
    await appendAudit(
      deps.database.db,
      auditActorOf(actor),
      { action: 'monitoring.read', detail: { period: `${quarters[0]} to ${quarters.at(-1)}`, measures: 'dashboard', groupBy: request.grouping, disclosure: view.disclosure } },
      actor.now,
    );
    const line = (values: readonly CellValue[], unit: string, code: string) =>
      quarters.map((quarter) => {
        const index = rowIndex.get(`${code}|${quarter}`);
        return asShown(index === undefined ? undefined : values[index * width], unit);
      });
    return c.json(
      {
        disclosure: figures.disclosure,
        quarters: [...quarters],
        groupBy: request.grouping,
        groupings: [...dashboardGroupings(view)],
        series: dashboardMeasures.map(({ id, unit }) => {
          const values = figures.values.get(id) ?? [];
          return {
            measureId: id,
            title: measureCatalogue.find((candidate) => candidate.id === id)!.name,
            unit,
            groups: codes.map((code) => ({ code, name: names.get(code)!, values: line(values, unit, code) })),
            total: { ...total, values: line(values, unit, ALL) },
          };
        }),
      },
      200,
    );
  });
}
