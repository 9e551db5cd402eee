// DELETE /api/v1/session: sign out. The session row is deleted, so the cookie is useless
// even if a copy survives somewhere.
import { deleteSession, scopeLabel } from '@cynnig/data';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { clearSessionCookie } from '../../../auth/session-cookie.js';
import { gate, signedIn } from '../../../auth/signed-in.js';
import { problemResponses } from '../../problem-responses.js';
import type { RouteDeps } from '../../route-deps.js';
import { csrfHeaderSchema } from './schema.js';

export const signOutRoute = createRoute({
  method: 'delete',
  path: '/api/v1/session',
  tags: ['Sign-in'],
  summary: 'Sign out',
  middleware: [gate('everyone')] as const,
  request: { headers: csrfHeaderSchema },
  responses: { 204: { description: 'Signed out' }, ...problemResponses(401, 403) },
});

export function registerSignOut(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(signOutRoute, async (c) => {
    const who = signedIn(c);
    await deleteSession(deps.database.db, who.sessionId);
    await appendAudit(deps.database.db, { userId: who.user.id, role: who.user.role, scope: scopeLabel(who.scope), requestId: c.get('requestId') }, { action: 'sign-out' }, deps.now());
    clearSessionCookie(c, { secure: deps.config.cookieSecure });
    return c.body(null, 204);
  });
}
