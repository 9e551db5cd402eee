// Guards for route handlers: who is signed in, and whether their role may use the route.
// Scope (which children) is enforced again in the data layer's queries.
import type { Role } from '@cynnig/domain';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv, SignedIn } from '../middleware/app-env.js';
import { ProblemError } from '../problems/problem-error.js';

/** The signed-in person, or a 401 problem. */
export function signedIn(c: Context<AppEnv>): SignedIn {
  const who = c.get('signedIn');
  if (!who) throw new ProblemError('unauthenticated');
  return who;
}

/** The signed-in person when their role is one of `roles`, otherwise a 403 problem. */
export function requireRole(c: Context<AppEnv>, roles: readonly Role[]): SignedIn {
  const who = signedIn(c);
  if (!roles.includes(who.user.role)) throw new ProblemError('forbidden');
  return who;
}

/**
 * Route middleware that checks sign-in and role before the request is validated, so a person
 * who may not use a route learns nothing about what it accepts. `gate('everyone')` only needs
 * a session.
 */
export function gate(roles: readonly Role[] | 'everyone'): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (roles === 'everyone') signedIn(c);
    else requireRole(c, roles);
    await next();
  };
}
