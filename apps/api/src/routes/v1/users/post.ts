// POST /api/v1/users: an administrator adds a person to their own authority.
import { createUser, emailTaken, findUserAccount, findUserByEmail, transaction } from '@cynnig/data';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { hashPassword } from '../../../auth/password.js';
import { permissions } from '../../../auth/permissions.js';
import { auditActorOf } from '../../../services/actor.js';
import { oncePerKey } from '../../../services/idempotency.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { idempotencyHeaderSchema } from '../shared-schema.js';
import { managedUserView } from './managed-user-view.js';
import { createdUserSchema, newUserSchema } from './schema.js';

export const postUserRoute = createRoute({
  method: 'post',
  path: '/api/v1/users',
  tags: ['Administration'],
  summary: 'Add a person to your authority',
  middleware: [gate(permissions.manageUsers)] as const,
  request: { headers: idempotencyHeaderSchema, body: { required: true, content: { 'application/json': { schema: newUserSchema } } } },
  responses: { 201: { description: 'Added', content: { 'application/json': { schema: createdUserSchema } } }, ...problemResponses(401, 403, 409, 422) },
});

export function registerPostUser(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(postUserRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.manageUsers);
    const { password, ...input } = c.req.valid('json');
    const passwordHash = await hashPassword(password);
    const answer = await oncePerKey(
      deps.database.db,
      { key: c.req.header('idempotency-key'), userId: actor.user.id, method: 'POST', path: c.req.path, body: { ...input, password: '(hidden)' } },
      201,
      (db) =>
        transaction(db, async (trx) => {
          if (await findUserByEmail(trx, input.email)) throw emailTaken();
          const user = await createUser(trx, { ...input, authorityCode: actor.user.authorityCode, providerId: null, active: true, passwordHash }, actor.now.toISOString());
          await appendAudit(trx, auditActorOf(actor), { action: 'user.created', detail: { userId: user.id, role: user.role } }, actor.now);
          return managedUserView(await findUserAccount(trx, { authorityCode: user.authorityCode ?? '' }, user.id, actor.now.toISOString()));
        }),
    );
    if (answer.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(answer.body, 201);
  });
}
