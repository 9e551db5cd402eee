// Checks on an Active Offer event's own data that the state alone cannot settle: a step in a
// round is never dated before the steps already recorded in that round, and a closed case opens
// again only for a new entitlement, dated on or after the old one ended.
import { CynnigError, offerTriggers, type ActiveOfferEvent, type IsoDate } from '@cynnig/domain';
import { entitlementTriggers } from '@cynnig/rules';
import { currentRound, lastEntitlementEnding, type ActiveOfferContext, type ActiveOfferRound } from './active-offer-context.js';

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

/** An OFFER_DUE on a closed case must come from a new entitlement that starts on or after the old one ended. */
function restartProblem(context: ActiveOfferContext, event: Extract<ActiveOfferEvent, { type: 'OFFER_DUE' }>): CynnigError | null {
  if (!entitlementTriggers.includes(event.trigger)) {
    const choices = entitlementTriggers.map((trigger) => ({ en: offerTriggers.label(trigger, 'en'), cy: offerTriggers.label(trigger, 'cy') }));
    return new CynnigError({
      code: 'workflow.restart-needs-new-entitlement',
      message: {
        en: `The child's entitlement to advocacy has ended, so the Active Offer is due again only when a new entitlement starts: choose ${choices.map((c) => `"${c.en}"`).join(', ')}`,
        cy: `Mae hawl y plentyn i eiriolaeth wedi dod i ben, felly mae'r cynnig gweithredol yn ddyledus eto dim ond pan fydd hawl newydd yn dechrau: dewiswch ${choices.map((c) => `"${c.cy}"`).join(', ')}`,
      },
      path: ['trigger'],
      details: { caseId: context.caseId, allowedTriggers: [...entitlementTriggers] },
    });
  }
  const ended = lastEntitlementEnding(context);
  if (ended !== null && event.on < ended.on) {
    return new CynnigError({
      code: 'workflow.date-before-earlier-step',
      message: {
        en: `The new entitlement must start on or after ${ended.on}, the date the last one ended`,
        cy: `Rhaid i'r hawl newydd ddechrau ar ${ended.on} neu ar ôl hynny, y dyddiad y daeth yr un diwethaf i ben`,
      },
      path: ['on'],
      details: { caseId: context.caseId, latestStepOn: ended.on },
    });
  }
  return null;
}

export function activeOfferEventProblem(context: ActiveOfferContext, state: string, event: ActiveOfferEvent): CynnigError | null {
  if (event.type === 'OFFER_DUE' && state === 'entitlementEnded') return restartProblem(context, event);
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
