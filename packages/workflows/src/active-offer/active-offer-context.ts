// What an Active Offer case remembers: the child, every round of the offer (the current one
// last), and every time the entitlement ended. Plain JSON, because the data layer stores it as is.
import type {
  ActiveOfferSummary,
  AdvocacyMode,
  ContactMethod,
  EntitlementEndReason,
  IsoDate,
  OfferFormat,
  OfferLanguage,
  OfferOutcome,
  OfferTrigger,
  PermissionOutcome,
} from '@cynnig/domain';

export interface ContactAttempt {
  readonly on: IsoDate;
  readonly method: ContactMethod;
  readonly reachedChild: boolean;
}

/** One round of the offer, from the trigger that made it due to the confirmed outcome. */
export interface ActiveOfferRound {
  readonly round: number;
  readonly trigger: OfferTrigger;
  readonly triggeredOn: IsoDate;
  readonly isReoffer: boolean;
  readonly childTold: { readonly on: IsoDate; readonly method: ContactMethod; readonly language: OfferLanguage } | null;
  readonly permission: { readonly outcome: PermissionOutcome; readonly on: IsoDate; readonly reason: string | null } | null;
  readonly optedBackInOn: IsoDate | null;
  readonly providerId: string | null;
  readonly referredOn: IsoDate | null;
  readonly contactAttempts: readonly ContactAttempt[];
  readonly offer: { readonly on: IsoDate; readonly language: OfferLanguage; readonly formats: readonly OfferFormat[] } | null;
  /** Non-instructed from the moment the child cannot give permission; the provider's offer may set it. */
  readonly mode: AdvocacyMode | null;
  readonly outcome: OfferOutcome | null;
  readonly outcomeOn: IsoDate | null;
  readonly declineReason: string | null;
  readonly outcomeConfirmedOn: IsoDate | null;
  readonly advocacyEndedOn: IsoDate | null;
  /** The case's state when a later round replaced this one; null for the current round. */
  readonly closedInState: string | null;
}

/** One time the child's entitlement to advocacy ended, and the round that was current then. */
export interface EntitlementEnding {
  readonly on: IsoDate;
  readonly reason: EntitlementEndReason;
  readonly afterRound: number;
}

export interface ActiveOfferContext {
  readonly caseId: string;
  readonly childId: string;
  readonly rounds: readonly ActiveOfferRound[];
  /**
   * Every time the entitlement ended, oldest first. The case is closed while it is in
   * 'entitlementEnded'; a new entitlement (the child comes back into care, becomes a care leaver)
   * opens the next round and the ending stays here as history.
   */
  readonly entitlementEndings: readonly EntitlementEnding[];
}

/** Who the case is about; given when the case is opened by its first OFFER_DUE. */
export interface ActiveOfferInput {
  readonly caseId: string;
  readonly childId: string;
}

export function currentRound(context: ActiveOfferContext): ActiveOfferRound | null {
  return context.rounds[context.rounds.length - 1] ?? null;
}

/** The last time the entitlement ended, or null if it never has. */
export function lastEntitlementEnding(context: ActiveOfferContext): EntitlementEnding | null {
  return context.entitlementEndings[context.entitlementEndings.length - 1] ?? null;
}

/**
 * A fresh round, numbered after the last one so that numbering survives a migrated snapshot. It is
 * a re-offer when an earlier round exists, unless it opens a new entitlement (`firstOfEntitlement`):
 * a child back in care is offered advocacy as on entering care.
 */
export function newRound(context: ActiveOfferContext, trigger: OfferTrigger, on: IsoDate, firstOfEntitlement = false): ActiveOfferRound {
  const previous = currentRound(context);
  return {
    round: previous === null ? 1 : previous.round + 1,
    trigger,
    triggeredOn: on,
    isReoffer: previous !== null && !firstOfEntitlement,
    childTold: null,
    permission: null,
    optedBackInOn: null,
    providerId: null,
    referredOn: null,
    contactAttempts: [],
    offer: null,
    mode: null,
    outcome: null,
    outcomeOn: null,
    declineReason: null,
    outcomeConfirmedOn: null,
    advocacyEndedOn: null,
    closedInState: null,
  };
}

/** The rows the data layer keeps beside the snapshot, one per round. */
export function activeOfferSummaries(context: ActiveOfferContext, state: string): ActiveOfferSummary[] {
  return context.rounds.map((round) => ({
    caseId: context.caseId,
    childId: context.childId,
    round: round.round,
    state: round.closedInState ?? state,
    trigger: round.trigger,
    triggeredOn: round.triggeredOn,
    providerId: round.providerId,
    childToldOn: round.childTold?.on ?? null,
    referredOn: round.referredOn,
    offerMadeOn: round.offer?.on ?? null,
    offerLanguage: round.offer?.language ?? null,
    mode: round.mode,
    outcome: round.outcome,
    outcomeOn: round.outcomeOn,
    outcomeConfirmedOn: round.outcomeConfirmedOn,
    advocacyEndedOn: round.advocacyEndedOn,
    isReoffer: round.isReoffer,
  }));
}
