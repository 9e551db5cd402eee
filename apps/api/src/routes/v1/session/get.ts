// GET /api/v1/session: who is signed in, their role, scope and language, and the CSRF token
// to send back on every change. Before sign-in it hands out a token for the sign-in form.
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { readPreSessionCsrf, writePreSessionCsrf } from '../../../auth/session-cookie.js';
import { newToken } from '../../../auth/session-token.js';
import type { RouteDeps } from '../../route-deps.js';
import { sessionViewSchema } from './schema.js';
import { sessionView } from './session-view.js';

export const getSessionRoute = createRoute({
  method: 'get',
  path: '/api/v1/session',
  tags: ['Sign-in'],
  summary: 'The current session and its CSRF token',
  responses: { 200: { description: 'The session, or signedIn false', content: { 'application/json': { schema: sessionViewSchema } } } },
});

export function registerGetSession(router: ApiRouter, deps: RouteDeps): void {
  const policy = { secure: deps.config.cookieSecure };
  router.openapi(getSessionRoute, (c) => {
    c.header('Cache-Control', 'no-store');
    const who = c.get('signedIn');
    if (who) return c.json(sessionView(who), 200);
    let token = readPreSessionCsrf(c, policy);
    if (!token || token.length > 64) {
      token = newToken();
      writePreSessionCsrf(c, policy, token);
    }
    return c.json({ signedIn: false, user: null, role: null, scope: null, preferredLanguage: c.get('language'), csrfToken: token }, 200);
  });
}
