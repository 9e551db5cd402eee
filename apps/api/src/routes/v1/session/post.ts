// POST /api/v1/session: sign in with email and password. Wrong details get one answer whether
// or not the account exists; repeated failures lock the account, and many failures from one
// address slow that address, both counted in the database.
import { createSession, findUserByEmail, isLocked, recordFailedSignIn, recordSuccessfulSignIn, scopeLabel, scopeOfUser } from '@cynnig/data';
import { createRoute } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import type { ApiRouter } from '../../../app-router.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { decoyHash, verifyPassword } from '../../../auth/password.js';
import { addressLimit, failuresFromSource, sourceKey } from '../../../auth/sign-in-throttle.js';
import { preSessionCsrfCookieName, writeSessionCookie } from '../../../auth/session-cookie.js';
import { hashToken, newToken } from '../../../auth/session-token.js';
import { slidingExpiry } from '../../../middleware/session.js';
import { ProblemError } from '../../../problems/problem-error.js';
import { problemResponses } from '../../problem-responses.js';
import type { RouteDeps } from '../../route-deps.js';
import { csrfHeaderSchema, sessionViewSchema, signInSchema } from './schema.js';
import { sessionView } from './session-view.js';

export const signInRoute = createRoute({
  method: 'post',
  path: '/api/v1/session',
  tags: ['Sign-in'],
  summary: 'Sign in',
  request: { headers: csrfHeaderSchema, body: { required: true, content: { 'application/json': { schema: signInSchema } } } },
  responses: {
    200: { description: 'Signed in; the session cookie is set', content: { 'application/json': { schema: sessionViewSchema } } },
    ...problemResponses(401, 403, 422, 429),
  },
});

function locked(minutes: number): ProblemError {
  return new ProblemError('account-locked', {
    detail: {
      en: `Too many attempts to sign in. Wait ${minutes} minutes, then try again, or ask your administrator for help.`,
      cy: `Gormod o ymdrechion i fewngofnodi. Arhoswch ${minutes} munud, yna rhowch gynnig arall arni, neu gofynnwch i'ch gweinyddwr am help.`,
    },
  });
}

/**
 * One answer for a wrong password, an unknown address and a deactivated account, so nobody
 * learns which accounts exist or are closed; it says what to do in each case.
 */
function signInFailed(): ProblemError {
  return new ProblemError('sign-in-failed', {
    detail: {
      en: 'Check your email address and password, then try again. If they are right and you still cannot sign in, your account may have been deactivated: ask your administrator.',
      cy: 'Gwiriwch eich cyfeiriad e-bost a\'ch cyfrinair, yna rhowch gynnig arall arni. Os ydyn nhw\'n gywir a\'ch bod yn dal i fethu mewngofnodi, efallai bod eich cyfrif wedi\'i ddadactifadu: gofynnwch i\'ch gweinyddwr.',
    },
  });
}

export function registerSignIn(router: ApiRouter, deps: RouteDeps): void {
  const policy = { secure: deps.config.cookieSecure };
  const { maxFailures, lockoutMinutes } = deps.config.signIn;
  const db = deps.database.db;
  router.openapi(signInRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    const now = deps.now();
    const source = sourceKey(c.get('clientAddress') ?? 'unknown');
    const requestId = c.get('requestId');
    const failed = async (userId: string | null, role: string | null) => {
      await appendAudit(db, { userId, role, scope: 'anonymous', requestId }, { action: 'sign-in.failed', detail: { source } }, now);
    };
    const windowStart = new Date(now.getTime() - lockoutMinutes * 60_000);
    if ((await failuresFromSource(db, source, windowStart)) >= addressLimit(maxFailures)) throw locked(lockoutMinutes);

    const account = await findUserByEmail(db, email);
    if (!account || !account.passwordHash || !account.user.active) {
      await verifyPassword(await decoyHash(), password);
      await failed(null, null);
      throw signInFailed();
    }
    if (isLocked(account, now.toISOString())) {
      await failed(account.user.id, account.user.role);
      throw locked(lockoutMinutes);
    }
    if (!(await verifyPassword(account.passwordHash, password))) {
      await failed(account.user.id, account.user.role);
      const after = await recordFailedSignIn(db, account.user.id, { now: now.toISOString(), policy: { lockAfter: maxFailures, lockMinutes: lockoutMinutes } });
      if (after.lockedUntil && after.lockedUntil > now.toISOString()) throw locked(lockoutMinutes);
      throw signInFailed();
    }

    await recordSuccessfulSignIn(db, account.user.id);
    const token = newToken();
    const csrfToken = newToken();
    const sessionPolicy = { ...policy, idleMinutes: deps.config.session.idleMinutes, absoluteHours: deps.config.session.absoluteHours };
    const expiresAt = slidingExpiry(sessionPolicy, now.toISOString(), now);
    const stored = await createSession(db, { id: hashToken(token), userId: account.user.id, csrfToken, expiresAt: expiresAt.toISOString() }, now.toISOString());
    const scope = scopeOfUser(account.user);
    await appendAudit(db, { userId: account.user.id, role: account.user.role, scope: scopeLabel(scope), requestId }, { action: 'sign-in' }, now);
    writeSessionCookie(c, policy, token, deps.config.session.absoluteHours * 3600);
    deleteCookie(c, preSessionCsrfCookieName(policy), { path: '/', secure: policy.secure });
    c.set('language', account.user.preferredLanguage);
    c.header('Cache-Control', 'no-store');
    return c.json(sessionView({ user: account.user, scope, sessionId: stored.id, csrfToken }), 200);
  });
}
