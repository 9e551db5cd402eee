// GET /api/v1/queues/iro, /queues/team, /queues/caseload and /queues/provider-inbox: plain
// queries over stored due items and case state; no rules run on read. Each queue is filtered
// by the person's scope in the data layer, so it lists only children they may open, and every
// child shown is audited as read.
import { iroQueue, providerInbox, socialWorkerCaseload, teamManagerQueue } from '@cynnig/data';
import { createRoute } from '@hono/zod-openapi';
import type { Role } from '@cynnig/domain';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { permissions } from '../../../auth/permissions.js';
import { auditActorOf } from '../../../services/actor.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { inboxSchema, queuePageSchema, queueQuerySchema } from './schema.js';

const queueRoute = (name: string, summary: string, roles: readonly Role[]) =>
  createRoute({
    method: 'get',
    path: `/api/v1/queues/${name}`,
    tags: ['Queues'],
    summary,
    middleware: [gate(roles)] as const,
    request: { query: queueQuerySchema },
    responses: { 200: { description: 'The queue', content: { 'application/json': { schema: queuePageSchema } } }, ...problemResponses(401, 403, 422) },
  });

export const iroQueueRoute = queueRoute('iro', 'The IRO queue: overdue offers and re-offers, reviews due, escalations, with why each is there', permissions.readIroQueue);
export const teamQueueRoute = queueRoute('team', 'The team manager\'s view of breaches and items due', ['team-manager']);
export const caseloadRoute = queueRoute('caseload', 'What is due on the children allocated to you', ['social-worker']);
export const providerInboxRoute = createRoute({
  method: 'get',
  path: '/api/v1/queues/provider-inbox',
  tags: ['Queues'],
  summary: 'Referrals waiting for contact, an outcome or confirmation',
  middleware: [gate(permissions.readProviderInbox)] as const,
  request: { query: queueQuerySchema },
  responses: { 200: { description: 'The inbox', content: { 'application/json': { schema: inboxSchema } } }, ...problemResponses(401, 403, 422) },
});

export function registerGetQueues(router: ApiRouter, deps: RouteDeps): void {
  const db = deps.database.db;
  const queues: { route: typeof iroQueueRoute; roles: readonly Role[]; load: (actor: ReturnType<typeof actorFor>, options: { dueBy?: string; limit: number; offset: number }) => ReturnType<typeof iroQueue> }[] = [
    { route: iroQueueRoute, roles: permissions.readIroQueue, load: (actor, options) => iroQueue(db, actor.scope, options) },
    { route: teamQueueRoute, roles: ['team-manager'], load: (actor, options) => teamManagerQueue(db, actor.scope, options) },
    { route: caseloadRoute, roles: ['social-worker'], load: (actor, options) => socialWorkerCaseload(db, actor.scope, actor.user.id, options) },
  ];
  for (const queue of queues) {
    router.openapi(queue.route, async (c) => {
      const actor = actorFor(c, deps, queue.roles);
      const query = c.req.valid('query');
      const page = await queue.load(actor, { ...(query.dueBy ? { dueBy: query.dueBy } : {}), limit: query.limit, offset: query.offset });
      await appendAudit(db, auditActorOf(actor), [...new Set(page.items.map((item) => item.childId))].map((childId) => ({ action: 'child.queued', childId })), actor.now);
      return c.json(page, 200);
    });
  }
  router.openapi(providerInboxRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.readProviderInbox);
    const query = c.req.valid('query');
    const page = await providerInbox(db, actor.scope, { limit: query.limit, offset: query.offset });
    await appendAudit(db, auditActorOf(actor), page.items.map((item) => ({ action: 'child.queued', childId: item.childId })), actor.now);
    return c.json(page, 200);
  });
}
