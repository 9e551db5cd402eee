// PATCH /api/v1/users/{userId}: an administrator changes a person of their authority (name,
// email address, role, or whether the account is active) with the version they read. A stale
// version is a 409 carrying the current one; deactivating ends the person's sessions at once.
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { changePerson } from '../../../services/user-account-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { csrfHeaderSchema } from '../session/schema.js';
import { managedUserView } from './managed-user-view.js';
import { managedUserSchema, userChangeSchema, userParamsSchema } from './schema.js';

export const patchUserRoute = createRoute({
  method: 'patch',
  path: '/api/v1/users/{userId}',
  tags: ['Administration'],
  summary: 'Change a person\'s name, email address, role, or deactivate or reactivate their account',
  middleware: [gate(permissions.manageUsers)] as const,
  request: { params: userParamsSchema, headers: csrfHeaderSchema, body: { required: true, content: { 'application/json': { schema: userChangeSchema } } } },
  responses: { 200: { description: 'The person as changed', content: { 'application/json': { schema: managedUserSchema } } }, ...problemResponses(401, 403, 404, 409, 422) },
});

export function registerPatchUser(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(patchUserRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.manageUsers);
    const { userId } = c.req.valid('param');
    const { expectedVersion, ...change } = c.req.valid('json');
    const person = await changePerson(deps.database.db, actor, userId, expectedVersion, change);
    return c.json(managedUserView(person), 200);
  });
}
