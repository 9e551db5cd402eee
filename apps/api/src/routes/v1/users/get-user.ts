// GET /api/v1/users/{userId}: one person of the administrator's authority, with the version to
// name when changing them. A person anywhere else is "not found".
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { personOf } from '../../../services/user-account-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { managedUserView } from './managed-user-view.js';
import { managedUserSchema, userParamsSchema } from './schema.js';

export const getUserRoute = createRoute({
  method: 'get',
  path: '/api/v1/users/{userId}',
  tags: ['Administration'],
  summary: 'A person in your authority',
  middleware: [gate(permissions.manageUsers)] as const,
  request: { params: userParamsSchema },
  responses: { 200: { description: 'The person', content: { 'application/json': { schema: managedUserSchema } } }, ...problemResponses(401, 403, 404, 422) },
});

export function registerGetUser(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getUserRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.manageUsers);
    const { userId } = c.req.valid('param');
    const person = await personOf(deps.database.db, actor, userId);
    c.header('Cache-Control', 'no-store');
    return c.json(managedUserView(person), 200);
  });
}
