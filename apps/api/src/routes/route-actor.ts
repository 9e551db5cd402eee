// Turns a request into the Actor a service needs, after checking the role may use the route.
import type { Role } from '@cynnig/domain';
import type { Context } from 'hono';
import { requireRole } from '../auth/signed-in.js';
import type { AppEnv } from '../middleware/app-env.js';
import type { Actor } from '../services/actor.js';
import type { RouteDeps } from './route-deps.js';

export function actorFor(c: Context<AppEnv>, deps: RouteDeps, roles: readonly Role[]): Actor {
  const who = requireRole(c, roles);
  return { user: who.user, scope: who.scope, requestId: c.get('requestId'), now: deps.now() };
}
