// Cross-site request forgery protection on every state-changing API request: the token from
// GET /api/v1/session must come back in the x-csrf-token header (a page on another site cannot
// read it), and an Origin header, when sent, must be this site's own. A request that still
// carries the cookie of a session that has ended (signed out elsewhere, timed out, account
// deactivated) is told to sign in again (401) rather than that its form has expired.
import type { MiddlewareHandler } from 'hono';
import { readPreSessionCsrf, readSessionToken, type CookiePolicy } from '../auth/session-cookie.js';
import { sameToken } from '../auth/session-token.js';
import { ProblemError } from '../problems/problem-error.js';
import type { AppEnv } from './app-env.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function csrf(policy: CookiePolicy): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== (c.get('publicOrigin') ?? new URL(c.req.url).origin)) throw new ProblemError('csrf-failed');
    if (c.req.header('sec-fetch-site') === 'cross-site') throw new ProblemError('csrf-failed');
    const sent = c.req.header('x-csrf-token');
    const expected = c.get('signedIn')?.csrfToken ?? readPreSessionCsrf(c, policy);
    if (!sameToken(sent, expected)) {
      if (!c.get('signedIn') && readSessionToken(c, policy)) throw new ProblemError('unauthenticated');
      throw new ProblemError('csrf-failed');
    }
    return next();
  };
}
