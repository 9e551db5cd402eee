// The next Active Offer step a virtual social worker records for a child, from the steps the
// API says are allowed: tell the child, hear that they do not want their details shared, and
// when a re-offer falls due, open the next round. The loop never ends the entitlement.
import type { ActiveOfferEvent } from '@cynnig/domain';

/** The step to record on `on` (a date), or null when the next step is the provider's. */
export function nextAuthorityStep(allowedEvents: readonly string[], on: string): ActiveOfferEvent | null {
  if (allowedEvents.includes('PERMISSION_REFUSED')) return { type: 'PERMISSION_REFUSED', on, reason: null };
  if (allowedEvents.includes('CHILD_TOLD')) return { type: 'CHILD_TOLD', on, method: 'visit', language: 'cy' };
  if (allowedEvents.includes('OFFER_DUE')) return { type: 'OFFER_DUE', on, trigger: 'placement-move' };
  return null;
}
