// GET /api/v1/monitoring: take-up and missing-from-care figures for the person's view (national
// and published for commissioners, the provider's referred children and published for provider
// managers, their own authority exactly for authority staff). GET /api/v1/monitoring/measures:
// what every measure means, in English and Welsh.
import { breakdowns, groupDimensionNames, groupValueLabel, legendFor, measureCatalogue, type GroupDimension } from '@cynnig/monitoring';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { gate } from '../../../auth/signed-in.js';
import { ProblemError } from '../../../problems/problem-error.js';
import { auditActorOf } from '../../../services/actor.js';
import {
  breakdownParameterNames,
  groupParameterNames,
  MonitoringQueryError,
  monitoringFigures,
  monitoringReaders,
  monitoringViewOf,
  readMonitoringQuery,
  type MonitoringView,
} from '../../../services/monitoring-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { measureCatalogueSchema, monitoringFiguresSchema, monitoringQuerySchema } from './schema.js';

/** A query mistake as a 400 problem naming the parameter. */
export function queryProblem(error: unknown): never {
  if (error instanceof MonitoringQueryError) {
    throw new ProblemError('malformed-request', {
      detail: { en: `${error.parameter}: ${error.reason.en}`, cy: `${error.parameter}: ${error.reason.cy}` },
      fields: [{ path: [error.parameter], message: error.reason }],
    });
  }
  throw error;
}

const toParameter = (dimension: string) => dimension.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

export function scopeDescription(view: MonitoringView, language: 'en' | 'cy'): string {
  const { source } = view;
  if (source.kind === 'national') return language === 'en' ? 'Every child in Wales (published figures)' : 'Pob plentyn yng Nghymru (ffigurau cyhoeddedig)';
  if (source.kind === 'provider') return language === 'en' ? 'Children referred to your provider (published figures)' : 'Plant a atgyfeiriwyd at eich darparwr (ffigurau cyhoeddedig)';
  const name = groupValueLabel('authority', source.authorityCode, language);
  return language === 'en' ? `Children of ${name} (exact figures)` : `Plant ${name} (ffigurau union)`;
}

export const getMonitoringRoute = createRoute({
  method: 'get',
  path: '/api/v1/monitoring',
  tags: ['Monitoring'],
  summary: 'Monitoring figures for a period, grouped and broken down',
  middleware: [gate(monitoringReaders)] as const,
  request: { query: monitoringQuerySchema },
  responses: { 200: { description: 'The figures', content: { 'application/json': { schema: monitoringFiguresSchema } } }, ...problemResponses(400, 401, 403, 422) },
});

export const getMeasuresRoute = createRoute({
  method: 'get',
  path: '/api/v1/monitoring/measures',
  tags: ['Monitoring'],
  summary: 'Every measure: what it counts, over what, placed in which period, in English and Welsh',
  middleware: [gate(monitoringReaders)] as const,
  responses: { 200: { description: 'The catalogue', content: { 'application/json': { schema: measureCatalogueSchema } } }, ...problemResponses(401, 403) },
});

export function registerGetMonitoring(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getMeasuresRoute, (c) => {
    actorFor(c, deps, monitoringReaders);
    return c.json(
      {
        measures: measureCatalogue.map((measure) => ({
          id: measure.id, kind: measure.kind, name: measure.name, definition: measure.definition, numerator: measure.numerator,
          denominator: measure.denominator, periodRule: measure.periodRule, whatCounts: measure.whatCounts,
        })),
        groupBy: groupParameterNames.map((id, index) => ({ id, name: groupDimensionNames[(['authority', 'rpbRegion', 'advocacyRegion', 'provider', 'quarter'] as const)[index]!] })),
        breakdown: breakdownParameterNames.map((id) => {
          const definition = Object.values(breakdowns).find((candidate) => toParameter(candidate.id) === id)!;
          return { id, name: definition.name, values: definition.values.map((value) => ({ code: value.code, en: value.en, cy: value.cy })) };
        }),
      },
      200,
    );
  });

  router.openapi(getMonitoringRoute, async (c) => {
    const actor = actorFor(c, deps, monitoringReaders);
    const language = c.get('language') ?? 'en';
    let view: MonitoringView;
    let request;
    try {
      view = monitoringViewOf(actor.user);
      request = readMonitoringQuery(c.req.valid('query'), actor);
    } catch (error) {
      queryProblem(error);
    }
    const figures = await monitoringFigures(deps.database.db, view, request);
    await appendAudit(deps.database.db, auditActorOf(actor), { action: 'monitoring.read', detail: { period: request.period.label, measures: request.measureIds?.join(',') ?? 'all', disclosure: view.disclosure } }, actor.now);
    const width = figures.columns.length;
    return c.json(
      {
        period: { ...figures.period, label: request.period.label },
        disclosure: figures.disclosure,
        scope: scopeDescription(view, language),
        legend: legendFor(figures)[language],
        groupBy: figures.groupBy.map(toParameter),
        breakdown: figures.breakdown.map(toParameter),
        rows: figures.rows.map((row) => ({
          values: Object.fromEntries(figures.groupBy.map((dimension) => [toParameter(dimension), row[dimension] ?? '*'])),
          labels: Object.fromEntries(figures.groupBy.map((dimension: GroupDimension) => [toParameter(dimension), groupValueLabel(dimension, row[dimension] ?? '*', language)])),
        })),
        columns: figures.columns.map((column) => ({
          breakdown: column.dimension === null ? null : toParameter(column.dimension),
          value: column.value,
          label: column.dimension === null ? (language === 'en' ? 'All' : 'Y cyfan') : (breakdowns[column.dimension].values.find((value) => value.code === column.value)?.[language] ?? column.value),
        })),
        measures: figures.measures.map((measure) => {
          const values = figures.values.get(measure.id)!;
          return { id: measure.id, name: measure.name[language], kind: measure.kind, values: figures.rows.map((_, row) => values.slice(row * width, row * width + width).map((value) => (typeof value === 'object' && value !== null ? { suppressed: true as const } : value))) };
        }),
      },
      200,
    );
  });
}
