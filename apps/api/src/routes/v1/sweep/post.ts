// POST /api/v1/sweep: an administrator re-evaluates the time-based rules for their authority's
// children whose next due date has passed. Idempotent: running it again changes nothing.
import { createRoute, z } from '@hono/zod-openapi';
import { isoDateSchema } from '@cynnig/domain';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { permissions } from '../../../auth/permissions.js';
import { auditActorOf, todayOf } from '../../../services/actor.js';
import { sweep } from '../../../services/sweep-service.js';
import { ProblemError } from '../../../problems/problem-error.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';

export const sweepBodySchema = z.object({ date: isoDateSchema.optional() }).strict();
export const sweepResultSchema = z.object({ date: z.string(), childrenEvaluated: z.number().int(), dueItems: z.number().int() }).openapi('SweepResult');

export const postSweepRoute = createRoute({
  method: 'post',
  path: '/api/v1/sweep',
  tags: ['Administration'],
  summary: 'Re-evaluate time-based rules for children whose next due date has passed',
  middleware: [gate(permissions.runSweep)] as const,
  request: { body: { required: true, content: { 'application/json': { schema: sweepBodySchema } } } },
  responses: { 200: { description: 'Swept', content: { 'application/json': { schema: sweepResultSchema } } }, ...problemResponses(401, 403, 422) },
});

export function registerPostSweep(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(postSweepRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.runSweep);
    const today = todayOf(actor);
    const date = c.req.valid('json').date ?? today;
    // Stored due items always describe today: a sweep "as at" another day would leave every
    // queue showing that day's ages and deadlines. The date exists so that a scheduled job can
    // say which day it means, and be refused when its clock and the server's disagree.
    if (date !== today) {
      throw new ProblemError('validation-failed', {
        fields: [{
          path: ['date'],
          message: {
            en: `Sweep today, ${today}, or leave the date out: due items always describe today`,
            cy: `Rhowch ddyddiad heddiw, ${today}, neu gadewch y dyddiad allan: mae'r hyn sy'n ddyledus bob amser yn disgrifio heddiw`,
          },
        }],
      });
    }
    const result = await sweep(deps.database.db, deps.rules, { kind: 'authority', authorityCode: actor.user.authorityCode ?? '' }, date, actor.now);
    await appendAudit(deps.database.db, auditActorOf(actor), { action: 'sweep.run', detail: { date, children: result.childrenEvaluated } }, actor.now);
    return c.json(result, 200);
  });
}
