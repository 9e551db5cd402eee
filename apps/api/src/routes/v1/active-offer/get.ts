// GET /api/v1/children/{childId}/active-offer: the case's state, its rounds and the steps the
// signed-in person may record next.
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { readActiveOffer } from '../../../services/active-offer-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { childIdParamsSchema } from '../shared-schema.js';
import { activeOfferViewSchema } from './schema.js';

export const getActiveOfferRoute = createRoute({
  method: 'get',
  path: '/api/v1/children/{childId}/active-offer',
  tags: ['Active Offer'],
  summary: 'The child\'s Active Offer: state, rounds and allowed steps',
  middleware: [gate(permissions.readActiveOffer)] as const,
  request: { params: childIdParamsSchema },
  responses: { 200: { description: 'The Active Offer case', content: { 'application/json': { schema: activeOfferViewSchema } } }, ...problemResponses(401, 403, 404, 422) },
});

export function registerGetActiveOffer(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getActiveOfferRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.readActiveOffer);
    return c.json(await readActiveOffer(deps.database.db, actor, c.req.valid('param').childId), 200);
  });
}
