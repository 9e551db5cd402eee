// Checks on an Active Offer event's own data that the state alone cannot settle: a step in a
// round is never dated before the steps already recorded in that round.
import { CynnigError, type ActiveOfferEvent, type IsoDate } from '@cynnig/domain';
import { currentRound, type ActiveOfferContext, type ActiveOfferRound } from './active-offer-context.js';

/** The latest date recorded in a round, leaving out the trigger date (a review can be due after the offer is made). */
function latestStepOn(round: ActiveOfferRound): IsoDate | null {
  const dates = [
    round.childTold?.on,
    round.permission?.on,
    round.optedBackInOn,
    round.referredOn,
    ...round.contactAttempts.map((attempt) => attempt.on),
    round.offer?.on,
    round.outcomeOn,
    round.outcomeConfirmedOn,
    round.advocacyEndedOn,
  ].filter((date): date is IsoDate => typeof date === 'string');
  return dates.length === 0 ? null : dates.reduce((latest, date) => (date > latest ? date : latest));
}

/** Events that open a round or close the case may carry an earlier date (a trigger found late, an entitlement ended back-dated). */
const roundOpeningOrClosing = new Set<ActiveOfferEvent['type']>(['OFFER_DUE', 'ENTITLEMENT_ENDED']);

export function activeOfferEventProblem(context: ActiveOfferContext, state: string, event: ActiveOfferEvent): CynnigError | null {
  if (roundOpeningOrClosing.has(event.type)) return null;
  if (event.type === 'OPTED_BACK_IN' && state === 'awaitingReoffer') return null;
  const round = currentRound(context);
  if (round === null) return null;
  const latest = latestStepOn(round);
  if (latest !== null && event.on < latest) {
    return new CynnigError({
      code: 'workflow.date-before-earlier-step',
      message: {
        en: `The date must be on or after ${latest}, the date of the last step recorded for this offer`,
        cy: `Rhaid i'r dyddiad fod ar ${latest} neu ar ôl hynny, dyddiad y cam diwethaf a gofnodwyd ar gyfer y cynnig hwn`,
      },
      path: ['on'],
      details: { caseId: context.caseId, latestStepOn: latest },
    });
  }
  return null;
}
