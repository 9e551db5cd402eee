// POST /api/v1/imports/{fileType}: an authority's administrator or team manager imports one CSV
// file from their case system. Answers with the bilingual report; when errors mean nothing was
// written the answer is a 422 problem that carries the same report.
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { ProblemError } from '../../../problems/problem-error.js';
import { auditActorOf, todayOf } from '../../../services/actor.js';
import { importFile, isImportFileKind } from '../../../services/import-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { importParamsSchema, importQuerySchema, importReportSchema } from './schema.js';
import type { Role } from '@cynnig/domain';

/** Who imports for an authority. */
export const importers: readonly Role[] = permissions.importCaseSystemFiles;

const csvTypes = ['text/csv', 'text/plain', 'application/csv'];

function yesNo(parameter: string, value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw new ProblemError('malformed-request', {
    detail: { en: `${parameter}: use true or false`, cy: `${parameter}: defnyddiwch true neu false` },
    fields: [{ path: [parameter], message: { en: 'use true or false', cy: 'defnyddiwch true neu false' } }],
  });
}

export const postImportRoute = createRoute({
  method: 'post',
  path: '/api/v1/imports/{fileType}',
  tags: ['Imports'],
  summary: 'Import one CSV file from the council case system (all or nothing unless acceptValidRows=true)',
  middleware: [gate(importers)] as const,
  request: {
    params: importParamsSchema,
    query: importQuerySchema,
    body: { required: true, description: 'The CSV file as text (UTF-8), up to 10 MB', content: { 'text/csv': { schema: { type: 'string' } } } },
  },
  responses: {
    200: { description: 'The file was imported (or checked, for a dry run); the report', content: { 'application/json': { schema: importReportSchema } } },
    ...problemResponses(400, 401, 403, 404, 409, 413, 415, 422),
  },
});

export function registerPostImport(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(postImportRoute, async (c) => {
    const actor = actorFor(c, deps, importers);
    const { fileType } = c.req.valid('param');
    if (!isImportFileKind(fileType)) throw new ProblemError('not-found');
    const query = c.req.valid('query');
    const acceptValidRows = yesNo('acceptValidRows', query.acceptValidRows);
    const dryRun = yesNo('dryRun', query.dryRun);
    const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!csvTypes.includes(mediaType)) throw new ProblemError('unsupported-media-type', { detail: { en: 'Send the file as CSV text (Content-Type: text/csv)', cy: 'Anfonwch y ffeil fel testun CSV (Content-Type: text/csv)' } });
    const text = await c.req.text();
    const report = await importFile(
      deps.database.db,
      deps.rules,
      { ...auditActorOf(actor), userId: actor.user.id },
      { authorityCode: actor.user.authorityCode ?? '', fileType, source: text, sizeBytes: Buffer.byteLength(text), acceptValidRows, dryRun },
      actor.now,
      todayOf(actor),
    );
    if (!report.dryRun && !report.written && (report.rejected > 0 || report.refused)) {
      throw new ProblemError('validation-failed', {
        detail: report.summary,
        fields: report.errors.map((error) => ({ path: [fileType, ...(error.line === null ? [] : [error.line]), ...(error.column === null ? [] : [error.column])], message: error.message })),
        extensions: { report },
      });
    }
    return c.json(importReportSchema.parse(report), 200);
  });
}
