// GET /api/v1/audit: who read or changed what in the administrator's authority.
import { listAudit } from '@cynnig/data';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { auditPageSchema, auditQuerySchema, fromMoment, toMoment } from './schema.js';

export const getAuditRoute = createRoute({
  method: 'get',
  path: '/api/v1/audit',
  tags: ['Administration'],
  summary: 'The audit log for your authority, newest first',
  middleware: [gate(permissions.readAudit)] as const,
  request: { query: auditQuerySchema },
  responses: { 200: { description: 'A page of the audit log', content: { 'application/json': { schema: auditPageSchema } } }, ...problemResponses(401, 403, 422) },
});

export function registerGetAudit(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getAuditRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.readAudit);
    const query = c.req.valid('query');
    const page = await listAudit(deps.database.db, {
      authorityCode: actor.user.authorityCode ?? '',
      ...(query.childId ? { childId: query.childId } : {}),
      ...(query.userId ? { userId: query.userId } : {}),
      ...(query.action ? { action: query.action } : {}),
      ...(query.from ? { from: fromMoment(query.from) } : {}),
      ...(query.to ? { to: toMoment(query.to) } : {}),
      limit: query.limit,
      offset: query.offset,
    });
    return c.json(page, 200);
  });
}
