// GET /api/v1/children, /api/v1/children/{childId} and /api/v1/children/{childId}/timeline.
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { listChildren, readChild, readTimeline } from '../../../services/child-service.js';
import { ProblemError } from '../../../problems/problem-error.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { childIdParamsSchema } from '../shared-schema.js';
import { childrenPageSchema, childrenQuerySchema, childViewSchema, timelineSchema } from './schema.js';

export const listChildrenRoute = createRoute({
  method: 'get',
  path: '/api/v1/children',
  tags: ['Children'],
  summary: 'Children in your scope, with what is due for each',
  middleware: [gate(permissions.readChildren)] as const,
  request: { query: childrenQuerySchema },
  responses: { 200: { description: 'A page of children', content: { 'application/json': { schema: childrenPageSchema } } }, ...problemResponses(401, 403, 422) },
});

export const getChildRoute = createRoute({
  method: 'get',
  path: '/api/v1/children/{childId}',
  tags: ['Children'],
  summary: 'A child\'s record (for an advocacy provider: the referral only)',
  middleware: [gate(permissions.readChildren)] as const,
  request: { params: childIdParamsSchema },
  responses: { 200: { description: 'The child', content: { 'application/json': { schema: childViewSchema } } }, ...problemResponses(401, 403, 404, 422) },
});

export const getTimelineRoute = createRoute({
  method: 'get',
  path: '/api/v1/children/{childId}/timeline',
  tags: ['Children'],
  summary: 'Everything recorded about the child, newest first',
  middleware: [gate(permissions.readMissingEpisodes)] as const,
  request: { params: childIdParamsSchema },
  responses: { 200: { description: 'The timeline', content: { 'application/json': { schema: timelineSchema } } }, ...problemResponses(401, 403, 404, 422) },
});

/** A provider is never shown a child's legal status, so a search by it would reveal it. */
const legalStatusNotShown = () =>
  new ProblemError('validation-failed', {
    fields: [{
      path: ['query', 'legalStatus'],
      message: {
        en: 'Advocacy providers are not shown a child\'s legal status, so cannot search by it',
        cy: 'Nid yw darparwyr eiriolaeth yn gweld statws cyfreithiol plentyn, felly ni allant chwilio yn ôl hwnnw',
      },
    }],
  });

export function registerGetChildren(router: ApiRouter, deps: RouteDeps): void {
  const db = deps.database.db;
  router.openapi(listChildrenRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.readChildren);
    const query = c.req.valid('query');
    if (query.legalStatus && actor.scope.kind === 'provider') throw legalStatusNotShown();
    const page = await listChildren(db, actor, {
      ...(query.q ? { text: query.q } : {}),
      ...(query.legalStatus ? { legalStatus: query.legalStatus } : {}),
      ...(query.hasDueItems ? { hasDueItems: true } : {}),
      ...(query.overdue ? { overdue: true } : {}),
      limit: query.limit,
      offset: query.offset,
    });
    return c.json({ ...page, limit: query.limit, offset: query.offset }, 200);
  });
  router.openapi(getChildRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.readChildren);
    return c.json(await readChild(db, actor, c.req.valid('param').childId, c.get('language')), 200);
  });
  router.openapi(getTimelineRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.readMissingEpisodes);
    return c.json({ items: await readTimeline(db, actor, c.req.valid('param').childId) }, 200);
  });
}
