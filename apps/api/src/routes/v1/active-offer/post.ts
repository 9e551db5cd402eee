// POST /api/v1/children/{childId}/active-offer/events: records one step of the pathway. The
// workflow decides whether the step is possible now (409 if not); a stale expectedVersion is a
// 409 carrying the current version; an Idempotency-Key makes a retry safe.
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { activeOfferWriters } from '../../../auth/permissions.js';
import { recordActiveOfferEvent } from '../../../services/active-offer-service.js';
import { oncePerKey } from '../../../services/idempotency.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { childIdParamsSchema, idempotencyHeaderSchema } from '../shared-schema.js';
import { activeOfferStepSchema, activeOfferViewSchema } from './schema.js';

export const postActiveOfferEventRoute = createRoute({
  method: 'post',
  path: '/api/v1/children/{childId}/active-offer/events',
  tags: ['Active Offer'],
  summary: 'Record a step of the Active Offer',
  middleware: [gate(activeOfferWriters)] as const,
  request: { params: childIdParamsSchema, headers: idempotencyHeaderSchema, body: { required: true, content: { 'application/json': { schema: activeOfferStepSchema } } } },
  responses: {
    201: { description: 'The step was recorded', content: { 'application/json': { schema: activeOfferViewSchema } } },
    ...problemResponses(401, 403, 404, 409, 422),
  },
});

export function registerPostActiveOfferEvent(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(postActiveOfferEventRoute, async (c) => {
    const actor = actorFor(c, deps, activeOfferWriters);
    const { childId } = c.req.valid('param');
    const body = c.req.valid('json');
    const answer = await oncePerKey(
      deps.database.db,
      { key: c.req.header('idempotency-key'), userId: actor.user.id, method: 'POST', path: c.req.path, body },
      201,
      (trx) => recordActiveOfferEvent(trx, deps.rules, actor, childId, body),
    );
    if (answer.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(answer.body, 201);
  });
}
