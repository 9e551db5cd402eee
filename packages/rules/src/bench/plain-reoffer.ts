// The re-offer rules written as plain TypeScript over the same facts: the baseline the benchmark
// measures the rule engine against, and a cross-check that both give the same re-offer due date.
// Default parameters only; not part of the package's build.
import type { ChildRecord, IsoDate } from '@cynnig/domain';
import { addWorkingDays } from '@cynnig/domain';
import { shiftDate } from '../engine/date-expression.js';
import { buildChildFacts, type ChildFacts } from '../facts/child-facts.js';

const triggers: readonly [keyof ChildFacts, number][] = [
  ['placementMoveSinceLastRound', 10], ['outOfAreaMoveSinceLastRound', 5], ['schoolMoveSinceLastRound', 10], ['missingReturnSinceLastRound', 5],
  ['complaintSinceLastRound', 5], ['socialWorkerChangeSinceLastRound', 10], ['iroChangeSinceLastRound', 10], ['legalStatusChangeSinceLastRound', 10],
  ['turning16SinceLastRound', 10], ['leavingCare18SinceLastRound', 10], ['stopLookingAfterSinceLastRound', 5], ['childProtectionConferenceSinceLastRound', 10],
  ['secureOrCustodySinceLastRound', 5], ['childAskedForAdvocateSinceLastRound', 2],
];

function nextReviewDueOn(facts: ChildFacts): IsoDate | null {
  if (facts.lookedAfterSince === null) return null;
  if (facts.reviewsHeld === 0 || facts.lastReviewOn === null) return addWorkingDays(facts.lookedAfterSince, 20);
  return shiftDate(facts.lastReviewOn, { months: facts.reviewsHeld === 1 ? 3 : 6 });
}

/** The re-offer due date for a child on a date, by the default re-offer rules, or null when none is due. */
export function plainReofferDueOn(record: ChildRecord, referenceDate: IsoDate): IsoDate | null {
  const facts = buildChildFacts(record, referenceDate);
  const due: IsoDate[] = [];
  if (facts.reofferRoundPending) {
    const start = facts.currentRoundReferredOn ? addWorkingDays(facts.currentRoundReferredOn, 10) : facts.offerStartedOn ? addWorkingDays(facts.offerStartedOn, 15) : null;
    if (start) due.push(start);
  }
  if (facts.awaitingReoffer) {
    for (const [fact, days] of triggers) {
      const on = facts[fact];
      if (typeof on === 'string') due.push(addWorkingDays(on, days));
    }
    if (facts.lastRoundClosedOn) due.push(shiftDate(facts.lastRoundClosedOn, { months: 6 }) as IsoDate);
    const review = facts.lookedAfterNow ? nextReviewDueOn(facts) : null;
    if (review && facts.lastRoundClosedOn) {
      const windowOpens = shiftDate(review, { daysBefore: 28 }) as IsoDate;
      if (referenceDate >= windowOpens && facts.lastRoundClosedOn < windowOpens) due.push(shiftDate(review, { daysBefore: 7 }) as IsoDate);
    }
  }
  return due.length === 0 ? null : due.sort()[0] ?? null;
}
