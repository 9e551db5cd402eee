// What the service layer sends a closed Active Offer case when the child is entitled again: the
// OFFER_DUE that opens a new round for the new entitlement, or nothing. Reads the stored snapshot
// of any machine version, so a case closed years ago opens again too.
import type { ActiveOfferEvent, Entitlement, IsoDate } from '@cynnig/domain';
import { entitlementRestart } from '@cynnig/rules';
import { migrateSnapshot } from '../engine/snapshot-migrations.js';
import type { StoredSnapshot } from '../engine/stored-snapshot.js';
import { lastEntitlementEnding, type ActiveOfferContext } from './active-offer-context.js';

/**
 * The event that takes a case in 'entitlementEnded' back into the pathway when one of the child's
 * entitlement bases that start the Active Offer is open on `today`; null when the case is not
 * closed or the child is not entitled again.
 *
 * ```ts
 * const restart = activeOfferRestartEvent(stored, record.entitlements, '2026-03-04');
 * if (restart) applyEvent('active-offer', stored, restart, { caseId, childId });
 * ```
 */
export function activeOfferRestartEvent(stored: StoredSnapshot<'active-offer'>, entitlements: readonly Pick<Entitlement, 'basis' | 'start' | 'end'>[], today: IsoDate): Extract<ActiveOfferEvent, { type: 'OFFER_DUE' }> | null {
  const { value, context } = migrateSnapshot('active-offer', stored);
  if (value !== 'entitlementEnded') return null;
  const ended = lastEntitlementEnding(context as ActiveOfferContext);
  const restart = entitlementRestart(entitlements, ended?.on ?? today, today);
  return restart === null ? null : { type: 'OFFER_DUE', on: restart.on, trigger: restart.trigger };
}
