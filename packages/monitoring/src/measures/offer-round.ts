// Facts about one Active Offer round that several measures share: the working days it took,
// whether it came after an earlier decline, and whether it was overdue during a window.
import { addDays, addWorkingDays, workingDaysBetween, type ActiveOfferSummary, type ChildRecord, type IsoDate } from '@cynnig/domain';
import type { Period } from '../period/financial-quarter.js';
import { entitledDuring } from './entitlement.js';

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
 * True when, on some day of the window, a round had waited more than `withinWorkingDays` working
 * days since its trigger with no offer made, no outcome and no later round started.
 */
export function offerOverdueDuring(record: ChildRecord, window: Period, withinWorkingDays: number): boolean {
  if (!entitledDuring(record, window)) return false;
  return record.offers.some((offer) => {
    const overdueFrom = addWorkingDays(offer.triggeredOn, withinWorkingDays + 1);
    const closes = [offer.offerMadeOn, offer.outcomeOn, ...record.offers.filter((later) => later.caseId === offer.caseId && later.round > offer.round).map((later) => later.triggeredOn)]
      .filter((date): date is IsoDate => date !== null)
      .sort()[0];
    // Overdue from `overdueFrom` up to the day before it closed; does that meet the window?
    const firstDay = overdueFrom > window.from ? overdueFrom : window.from;
    const lastDay = closes === undefined || addDays(closes, -1) > window.to ? window.to : addDays(closes, -1);
    return firstDay <= lastDay;
  });
}
