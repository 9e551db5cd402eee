// Which entitlements start the Active Offer, with which trigger, and when a case that closed
// because the entitlement ended must open again: a child who comes back into care, or who leaves
// care as a care leaver, is entitled again. Pure functions over the child's entitlement bases.
import type { Entitlement, EntitlementBasis, IsoDate, OfferTrigger } from '@cynnig/domain';

/** Entitlement bases that start the Active Offer (care and support needs give issue-based advocacy on request instead). */
export const activeOfferBases: readonly EntitlementBasis[] = ['looked-after', 'child-protection', 'care-leaver'];

/** The trigger an entitlement basis gives the round it opens. */
export const entitlementTriggerOf: Readonly<Record<EntitlementBasis, OfferTrigger>> = {
  'looked-after': 'became-looked-after',
  'child-protection': 'child-protection-enquiry',
  'care-leaver': 'became-care-leaver',
  'care-and-support': 'became-looked-after',
};

/** Triggers that mean an entitlement started (and so may open a case that had closed). */
export const entitlementTriggers: readonly OfferTrigger[] = activeOfferBases.map((basis) => entitlementTriggerOf[basis]);

/**
 * The Active Offer due again for a case whose entitlement ended on `endedOn`, when the child is
 * entitled again on `today`: the newest basis that starts the Active Offer and is open today
 * gives the trigger, dated when it started (or the day the case closed, if it was already open
 * then). Null when no such basis is open today: a basis that starts later opens the case on its
 * own date, when something is recorded for the child again or someone records the offer as due.
 *
 * @example
 * entitlementRestart([{ basis: 'looked-after', start: '2026-03-02', end: null, ... }], '2025-11-30', '2026-03-04');
 * // { on: '2026-03-02', trigger: 'became-looked-after' }
 */
export function entitlementRestart(entitlements: readonly Pick<Entitlement, 'basis' | 'start' | 'end'>[], endedOn: IsoDate, today: IsoDate): { on: IsoDate; trigger: OfferTrigger } | null {
  const open = entitlements.filter((e) => activeOfferBases.includes(e.basis) && e.start <= today && (e.end === null || e.end >= today));
  const newest = open.reduce<(typeof open)[number] | null>((best, e) => (best === null || e.start > best.start ? e : best), null);
  if (newest === null) return null;
  return { on: newest.start > endedOn ? newest.start : endedOn, trigger: entitlementTriggerOf[newest.basis] };
}
