// GET /api/v1/exports/{kind}: a monitoring export streamed as a file (CSV, XLSX or JSON) with a
// clear file name. Returns go to commissioners with disclosure control; child-level extracts
// (pseudonymised) stay with the authority's own staff. Each export is audited.
import { PassThrough, Readable } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { ProblemError } from '../../../problems/problem-error.js';
import { auditActorOf } from '../../../services/actor.js';
import { exportFormats, exportKinds, MissingExtractRefused, prepareExport, pseudonymSecret, type ExportFormat, type ExportKind } from '../../../services/export-service.js';
import { MonitoringQueryError, latestWholeQuarter, monitoringExporters, monitoringViewOf, parseReportingPeriod } from '../../../services/monitoring-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { queryProblem } from '../monitoring/get.js';
import { exportFileSchema, exportJsonSchema, exportParamsSchema, exportQuerySchema } from './schema.js';

export const getExportRoute = createRoute({
  method: 'get',
  path: '/api/v1/exports/{kind}',
  tags: ['Monitoring'],
  summary: 'Download a monitoring export: quarterly return, annual report, measures, child extract or cross-border missing extract',
  middleware: [gate(monitoringExporters)] as const,
  request: { params: exportParamsSchema, query: exportQuerySchema },
  responses: {
    200: {
      description: 'The file, streamed as an attachment',
      content: {
        'text/csv': { schema: exportFileSchema },
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: exportFileSchema },
        'application/json': { schema: exportJsonSchema },
      },
    },
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

export function registerGetExport(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getExportRoute, async (c) => {
    const actor = actorFor(c, deps, monitoringExporters);
    const asked = c.req.valid('param').kind;
    // The forms app asks for the National Reporting Template by its name.
    const kind = asked === 'national-reporting-template' ? 'quarterly-return' : asked;
    if (!(exportKinds as readonly string[]).includes(kind)) throw new ProblemError('not-found');
    const query = c.req.valid('query');
    const format = (query.format ?? 'csv').toLowerCase();
    let prepared;
    try {
      if (!(exportFormats as readonly string[]).includes(format)) throw new MonitoringQueryError('format', { en: 'use csv, xlsx or json', cy: 'defnyddiwch csv, xlsx neu json' });
      const view = monitoringViewOf(actor.user);
      const period = parseReportingPeriod(query.period ?? query.quarter ?? latestWholeQuarter(actor));
      prepared = await prepareExport(deps.database.db, view, auditActorOf(actor), { kind: kind as ExportKind, period, format: format as ExportFormat, language: c.get('language') ?? 'en' }, {
        pseudonymSecret: pseudonymSecret(deps.config.dataDirectory),
        now: actor.now,
      });
    } catch (error) {
      if (error instanceof MonitoringQueryError && error.parameter === 'kind') throw new ProblemError('forbidden', { detail: error.reason });
      if (error instanceof MissingExtractRefused) {
        throw new ProblemError('validation-failed', {
          detail: error.bilingual,
          fields: error.issues.map((issue) => ({ path: ['rows', issue.row, issue.field], message: { en: `Row ${issue.row}${issue.child ? ` (${issue.child})` : ''}: ${issue.message.en}`, cy: `Rhes ${issue.row}${issue.child ? ` (${issue.child})` : ''}: ${issue.message.cy}` } })),
        });
      }
      queryProblem(error);
    }
    const body = new PassThrough();
    // A client that goes away ends the export instead of leaving it waiting to write.
    const gone = new Promise<never>((_, reject) => body.once('close', () => reject(new Error('the client stopped reading'))));
    Promise.race([prepared.write(body), gone]).then(
      () => {
        if (!body.writableEnded) body.end();
      },
      (error: unknown) => {
        if (body.destroyed) return;
        deps.logger.error('export failed while streaming', { requestId: actor.requestId, errorName: (error as Error).name ?? 'Error' });
        body.destroy(error as Error);
      },
    );
    return new Response(Readable.toWeb(body) as ReadableStream, {
      status: 200,
      headers: {
        'Content-Type': prepared.contentType,
        'Content-Disposition': `attachment; filename="${prepared.fileName}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
