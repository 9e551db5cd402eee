// GET /api/v1/users: the administrator's authority's users.
import { listUsers } from '@cynnig/data';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { publicUser } from '../session/session-view.js';
import { userListSchema } from './schema.js';

export const getUsersRoute = createRoute({
  method: 'get',
  path: '/api/v1/users',
  tags: ['Administration'],
  summary: 'People in your authority',
  middleware: [gate(permissions.manageUsers)] as const,
  responses: { 200: { description: 'The users', content: { 'application/json': { schema: userListSchema } } }, ...problemResponses(401, 403) },
});

export function registerGetUsers(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getUsersRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.manageUsers);
    const users = await listUsers(deps.database.db, { authorityCode: actor.user.authorityCode ?? '' });
    return c.json({ items: users.map((user) => ({ ...publicUser(user), active: user.active })) }, 200);
  });
}
