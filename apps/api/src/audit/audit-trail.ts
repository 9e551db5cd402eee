// Appends to the audit log: who (user and role), in which scope, did what, to which child,
// when, under which request id. Called inside the same transaction as the write it records;
// the database refuses any update or delete of these rows.
import { appendAuditEntries, type Database } from '@cynnig/data';
import type { Kysely } from 'kysely';

export interface AuditActor {
  readonly userId: string | null;
  readonly role: string | null;
  /** 'authority:W06000015', 'provider:<id>', 'national' or 'anonymous'. */
  readonly scope: string;
  readonly requestId: string | null;
}

export interface AuditEntry {
  /** What happened, e.g. 'child.read', 'active-offer.event', 'sign-in.failed'. */
  readonly action: string;
  readonly childId?: string | null;
  /** Ids and codes only: never names, case references or free text. */
  readonly detail?: Record<string, string | number | boolean | null>;
}

/** Appends what `actor` did, through the data layer, in the caller's transaction when given one. */
export async function appendAudit(db: Kysely<Database>, actor: AuditActor, entries: AuditEntry | readonly AuditEntry[], at: Date = new Date()): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries as AuditEntry];
  const when = at.toISOString();
  await appendAuditEntries(
    db,
    list.map((entry) => ({ at: when, userId: actor.userId, role: actor.role, scope: actor.scope, action: entry.action, childId: entry.childId ?? null, requestId: actor.requestId, detail: entry.detail ?? {} })),
  );
}
