// A closed Active Offer case opens again when the child is entitled again: a child back in care,
// a young person who becomes a care leaver, child protection enquiries leading to a conference.
// The workflow package says which OFFER_DUE that is; here it is recorded like any other step, in
// the caller's transaction, with its event, rounds and audit record.
import { findActiveOfferCaseOfChild, listEntitlements, recordCaseEvent, replaceOfferRounds, systemScope, type Database } from '@cynnig/data';
import { activeOfferRestartEvent, applyEvent, type StoredSnapshot } from '@cynnig/workflows';
import type { Kysely } from 'kysely';
import { appendAudit, type AuditActor } from '../audit/audit-trail.js';

/**
 * Sends the child's closed Active Offer case the OFFER_DUE of their new entitlement, if they have
 * one open on `today`. Returns the case's new state, or null when the case is open, missing, or
 * the child is not entitled again. Run the child's rules afterwards, as after any step.
 *
 * ```ts
 * for (const childId of applied.changedChildIds) {
 *   await reopenActiveOfferIfEntitledAgain(trx, who, childId, today, now);
 *   await reevaluateChild(trx, rules, childId, today, now);
 * }
 * ```
 */
export async function reopenActiveOfferIfEntitledAgain(db: Kysely<Database>, who: AuditActor, childId: string, today: string, now: Date): Promise<string | null> {
  const found = await findActiveOfferCaseOfChild(db, systemScope, childId);
  if (!found || found.state !== 'entitlementEnded') return null;
  const stored = found.snapshot as StoredSnapshot<'active-offer'>;
  const event = activeOfferRestartEvent(stored, await listEntitlements(db, systemScope, childId), today);
  if (event === null) return null;
  const result = applyEvent('active-offer', stored, event, { caseId: found.id, childId });
  if (!result.ok) throw result.error;
  const saved = await recordCaseEvent(db, 'active-offer', found.id, event, {
    state: result.snapshot.value,
    snapshot: result.snapshot,
    machineVersion: String(result.snapshot.machineVersion),
    expectedVersion: found.version,
    columns: { providerId: result.effects.activeOfferRounds.at(-1)?.providerId ?? null },
    now: now.toISOString(),
    recordedBy: who.userId,
  });
  await replaceOfferRounds(db, found.id, result.effects.activeOfferRounds);
  await appendAudit(db, who, { action: 'active-offer.event', childId, detail: { caseId: found.id, type: event.type, version: saved.version, because: 'entitled-again' } }, now);
  return result.snapshot.value;
}
