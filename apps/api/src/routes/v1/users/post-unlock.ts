// POST /api/v1/users/{userId}/unlock: an administrator lets a person locked out by repeated
// failed sign-ins try again now. It overwrites nothing an administrator wrote, so it names no
// version; an account that is not locked is left as it is.
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { unlockPerson } from '../../../services/user-account-service.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { csrfHeaderSchema } from '../session/schema.js';
import { managedUserView } from './managed-user-view.js';
import { managedUserSchema, userParamsSchema } from './schema.js';

export const unlockUserRoute = createRoute({
  method: 'post',
  path: '/api/v1/users/{userId}/unlock',
  tags: ['Administration'],
  summary: 'Unlock an account locked after repeated failed sign-ins',
  middleware: [gate(permissions.manageUsers)] as const,
  request: { params: userParamsSchema, headers: csrfHeaderSchema },
  responses: { 200: { description: 'The person, unlocked', content: { 'application/json': { schema: managedUserSchema } } }, ...problemResponses(401, 403, 404, 422) },
});

export function registerUnlockUser(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(unlockUserRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.manageUsers);
    const { userId } = c.req.valid('param');
    const person = await unlockPerson(deps.database.db, actor, userId);
    return c.json(managedUserView(person), 200);
  });
}
