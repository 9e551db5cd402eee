// Finds the signed-in person from the session cookie. A session ends after a spell of
// inactivity (SESSION_TTL_MINUTES) and, however active, after SESSION_ABSOLUTE_HOURS.
// Once known, the person's own language choice decides the language of every answer.
import { findValidSession, scopeOfUser, touchSession, type OpenDatabase } from '@cynnig/data';
import type { MiddlewareHandler } from 'hono';
import { clearSessionCookie, readSessionToken, type CookiePolicy } from '../auth/session-cookie.js';
import { hashToken } from '../auth/session-token.js';
import type { AppEnv } from './app-env.js';

export interface SessionPolicy extends CookiePolicy {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
}

/** The expiry after activity at `now`: the idle limit, never past the absolute limit. */
export function slidingExpiry(policy: SessionPolicy, createdAt: string, now: Date): Date {
  const idle = now.getTime() + policy.idleMinutes * 60_000;
  const absolute = Date.parse(createdAt) + policy.absoluteHours * 3_600_000;
  return new Date(Math.min(idle, absolute));
}

/** Activity is written at most once a minute per session, not on every request. */
const touchEveryMs = 60_000;

export function session(database: OpenDatabase, policy: SessionPolicy, now: () => Date): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionToken(c, policy);
    if (token) {
      const at = now();
      const found = token.length <= 128 ? await findValidSession(database.db, hashToken(token), at.toISOString()) : undefined;
      if (found && slidingExpiry(policy, found.session.createdAt, at).getTime() > at.getTime()) {
        c.set('signedIn', { user: found.user, scope: scopeOfUser(found.user), sessionId: found.session.id, csrfToken: found.session.csrfToken });
        c.set('language', found.user.preferredLanguage);
        if (at.getTime() - Date.parse(found.session.lastSeenAt) >= touchEveryMs) {
          await touchSession(database.db, found.session.id, { now: at.toISOString(), expiresAt: slidingExpiry(policy, found.session.createdAt, at).toISOString() });
        }
      } else {
        clearSessionCookie(c, policy);
      }
    }
    await next();
  };
}
