// What the Active Offer workflow asks before it lets a step happen, and the re-offer date
// that follows a round which did not lead to advocacy. Pure functions over codes and dates.
import { addMonths, type AdvocacyMode, type IsoDate, type OfferOutcome } from '@cynnig/domain';
import { defaultWorkflowParameters, type WorkflowParameters } from './workflow-parameters.js';

/**
 * A child whose advocacy is non-instructed (a baby, a child with profound and multiple
 * learning disabilities) is never recorded as declining or opting out: they cannot instruct
 * an advocate, so a "decline" would be the adult's view written down as the child's.
 */
export function mayRecordDecline(mode: AdvocacyMode | null): boolean {
  return mode !== 'non-instructed';
}

/** Only an accepted offer starts advocacy; every other outcome keeps the child waiting for a re-offer. */
export function outcomeStartsAdvocacy(outcome: OfferOutcome | null): boolean {
  return outcome === 'accepted';
}

/** The outcomes after which the offer must be made again some months later. */
export function outcomeNeedsPeriodicReoffer(outcome: OfferOutcome | null): boolean {
  return outcome === 'declined' || outcome === 'opted-out' || outcome === 'could-not-contact';
}

export interface ReofferRoundFacts {
  readonly outcome: OfferOutcome | null;
  readonly outcomeOn: IsoDate | null;
  readonly outcomeConfirmedOn: IsoDate | null;
  readonly advocacyEndedOn: IsoDate | null;
}

/**
 * When the offer is due again, with nothing else changing, after a round that left the child
 * without an advocate: the configured number of months after a decline, an opt-out or no contact
 * was confirmed to the authority (or after the refusal itself, when a child refused permission
 * and there was nothing for a provider to confirm), or after advocacy ended. The same dates as
 * the rule `reoffer-periodic-after-decline`. Null while the round is open or the child has an
 * advocate. Declining never ends the entitlement.
 */
export function reofferDueOn(round: ReofferRoundFacts, parameters: WorkflowParameters = defaultWorkflowParameters): IsoDate | null {
  const from = outcomeNeedsPeriodicReoffer(round.outcome)
    ? round.outcomeConfirmedOn ?? round.outcomeOn
    : round.outcome === 'accepted'
      ? round.advocacyEndedOn
      : null;
  return from === null ? null : addMonths(from, parameters.reofferMonthsAfterDecline);
}
