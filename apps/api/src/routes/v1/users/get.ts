// GET /api/v1/users: the people of the administrator's authority, each with their account's status.
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { peopleOf } from '../../../services/user-account-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { managedUserView } from './managed-user-view.js';
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
    const people = await peopleOf(deps.database.db, actor);
    c.header('Cache-Control', 'no-store');
    return c.json({ items: people.map(managedUserView) }, 200);
  });
}
