// Facts about one Active Offer round that several measures share: the working days it took,
// whether it came after an earlier decline, and whether it was overdue on a date.
import { workingDaysBetween, type ActiveOfferSummary, type ChildRecord, type IsoDate } from '@cynnig/domain';
import { entitledOn } from './entitlement.js';

const saidNo = new Set(['declined', 'opted-out']);

export function isDeclined(offer: ActiveOfferSummary): boolean {
  return offer.outcome !== null && saidNo.has(offer.outcome);
}

/** Working days from the trigger to the offer being made, counted on the England and Wales calendar. */
export function workingDaysToOffer(offer: ActiveOfferSummary): number | null {
  return offer.offerMadeOn === null ? null : workingDaysBetween(offer.triggeredOn, offer.offerMadeOn);
}

/** A re-offer that follows a round the child declined or opted out of. */
export function followsDecline(offer: ActiveOfferSummary, record: ChildRecord): boolean {
  return record.offers.some((earlier) => earlier.caseId === offer.caseId && earlier.round < offer.round && isDeclined(earlier));
}

/**
 * The round still waiting for its offer on a date, if any: triggered by then, not yet made,
 * no outcome yet, not replaced by a later round, and the child still entitled.
 */
export function openRoundOn(record: ChildRecord, on: IsoDate): ActiveOfferSummary | undefined {
  if (!entitledOn(record, on)) return undefined;
  let latest: ActiveOfferSummary | undefined;
  for (const offer of record.offers) {
    if (offer.triggeredOn <= on && (!latest || offer.round > latest.round)) latest = offer;
  }
  if (!latest) return undefined;
  const made = latest.offerMadeOn !== null && latest.offerMadeOn <= on;
  const settled = latest.outcomeOn !== null && latest.outcomeOn <= on;
  return made || settled ? undefined : latest;
}
