// POST /api/v1/children/{childId}/life-events, /placements, /allocations (social worker, team
// manager) and /reviews (IRO). Each answers 201 with the record; an Idempotency-Key makes a
// retried submission safe.
import { createRoute } from '@hono/zod-openapi';
import type { Role } from '@cynnig/domain';
import type { ZodType } from 'zod';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import type { Actor } from '../../../services/actor.js';
import { recordAllocation, recordLifeEvent, recordPlacement, recordReview } from '../../../services/child-facts-service.js';
import { oncePerKey } from '../../../services/idempotency.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { childIdParamsSchema, idempotencyHeaderSchema } from '../shared-schema.js';
import { newAllocationSchema, newLifeEventSchema, newPlacementSchema, newReviewSchema, recordedFactSchema } from './schema.js';
import type { Kysely } from 'kysely';
import type { Database } from '@cynnig/data';

interface FactRoute {
  readonly segment: string;
  readonly summary: string;
  readonly body: ZodType;
  readonly roles: readonly Role[];
  readonly record: (trx: Kysely<Database>, deps: RouteDeps, actor: Actor, childId: string, body: never) => Promise<{ id: string }>;
}

export const factRoutes: readonly FactRoute[] = [
  { segment: 'life-events', summary: 'Record something that happened in the child\'s life', body: newLifeEventSchema, roles: permissions.recordChildFacts, record: (trx, deps, actor, childId, body) => recordLifeEvent(trx, deps.rules, actor, childId, body) },
  { segment: 'placements', summary: 'Record a placement (a move ends the current one)', body: newPlacementSchema, roles: permissions.recordChildFacts, record: (trx, deps, actor, childId, body) => recordPlacement(trx, deps.rules, actor, childId, body) },
  { segment: 'allocations', summary: 'Allocate a social worker or IRO', body: newAllocationSchema, roles: permissions.recordChildFacts, record: (trx, deps, actor, childId, body) => recordAllocation(trx, deps.rules, actor, childId, body) },
  { segment: 'reviews', summary: 'Record a statutory review and what it found about advocacy', body: newReviewSchema, roles: permissions.recordReviews, record: (trx, deps, actor, childId, body) => recordReview(trx, deps.rules, actor, childId, body) },
];

export function factRoute(fact: FactRoute) {
  return createRoute({
    method: 'post',
    path: `/api/v1/children/{childId}/${fact.segment}`,
    tags: ['Child\'s life'],
    summary: fact.summary,
    middleware: [gate(fact.roles)] as const,
    request: { params: childIdParamsSchema, headers: idempotencyHeaderSchema, body: { required: true, content: { 'application/json': { schema: fact.body } } } },
    responses: { 201: { description: 'Recorded', content: { 'application/json': { schema: recordedFactSchema } } }, ...problemResponses(401, 403, 404, 409, 422) },
  });
}

export function registerPostChildFacts(router: ApiRouter, deps: RouteDeps): void {
  for (const fact of factRoutes) {
    router.openapi(factRoute(fact), async (c) => {
      const actor = actorFor(c, deps, fact.roles);
      const { childId } = c.req.valid('param');
      const body = c.req.valid('json') as never;
      const answer = await oncePerKey(
        deps.database.db,
        { key: c.req.header('idempotency-key'), userId: actor.user.id, method: 'POST', path: c.req.path, body },
        201,
        (trx) => fact.record(trx, deps, actor, childId, body),
      );
      if (answer.replayed) c.header('Idempotent-Replayed', 'true');
      return c.json(answer.body as { id: string; childId: string }, 201);
    });
  }
}
