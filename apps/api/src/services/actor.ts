// Who is acting, in which scope, under which request, and at what moment: passed from the
// route into every service so the audit record and the scope filter come from one place.
import { scopeLabel, type Scope } from '@cynnig/data';
import { londonDateOf, type User } from '@cynnig/domain';
import type { AuditActor } from '../audit/audit-trail.js';

export interface Actor {
  readonly user: User;
  readonly scope: Scope;
  readonly requestId: string;
  readonly now: Date;
}

export function auditActorOf(actor: Actor): AuditActor {
  return { userId: actor.user.id, role: actor.user.role, scope: scopeLabel(actor.scope), requestId: actor.requestId };
}

/** Today's date in Wales: the reference date rules and date checks use. */
export function todayOf(actor: Pick<Actor, 'now'>): string {
  // The domain's formatter is made once; making one per call cost more than the rules did.
  return londonDateOf(actor.now.toISOString());
}
