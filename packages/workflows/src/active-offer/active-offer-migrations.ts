// Stored Active Offer snapshots of earlier machine versions, and how each is lifted one version up.
// Version 1 kept only the current round, flat, in its context (the earlier rounds lived only in
// the data layer's rows), did not record contact attempts, and called the state with an advocate
// 'advocacyInProgress'; version 2 keeps every round. Version 2 closed the case for good when the
// entitlement ended and kept only that one ending; version 3 opens the case again for a new
// entitlement and keeps every ending.
import type {
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
import type { ActiveOfferContext, ActiveOfferRound } from './active-offer-context.js';

/** The context a version 2 snapshot stored: every round, and the one ending of the entitlement. */
export interface ActiveOfferContextV2 {
  caseId: string;
  childId: string;
  rounds: ActiveOfferRound[];
  entitlementEnded: { on: IsoDate; reason: EntitlementEndReason } | null;
}

/** The context a version 1 snapshot stored. */
export interface ActiveOfferContextV1 {
  caseId: string;
  childId: string;
  round: number;
  trigger: OfferTrigger;
  triggeredOn: IsoDate;
  childToldOn: IsoDate | null;
  childToldMethod: ContactMethod | null;
  childToldLanguage: OfferLanguage | null;
  permission: PermissionOutcome | null;
  permissionOn: IsoDate | null;
  permissionReason: string | null;
  providerId: string | null;
  referredOn: IsoDate | null;
  offerMadeOn: IsoDate | null;
  offerLanguage: OfferLanguage | null;
  offerFormats: OfferFormat[];
  mode: AdvocacyMode | null;
  outcome: OfferOutcome | null;
  outcomeOn: IsoDate | null;
  declineReason: string | null;
  outcomeConfirmedOn: IsoDate | null;
  advocacyEndedOn: IsoDate | null;
  entitlementEndedOn: IsoDate | null;
  entitlementEndReason: EntitlementEndReason | null;
}

const renamedStatesV1: Readonly<Record<string, string>> = { advocacyInProgress: 'advocacyActive' };

/** Lifts a version 1 snapshot to version 2: the flat round becomes the only round in `rounds`, keeping its number. */
export function migrateActiveOfferV1toV2(value: string, v1: ActiveOfferContextV1): { value: string; context: ActiveOfferContextV2 } {
  const round: ActiveOfferRound = {
    round: v1.round,
    trigger: v1.trigger,
    triggeredOn: v1.triggeredOn,
    isReoffer: v1.round > 1,
    childTold:
      v1.childToldOn !== null && v1.childToldMethod !== null && v1.childToldLanguage !== null
        ? { on: v1.childToldOn, method: v1.childToldMethod, language: v1.childToldLanguage }
        : null,
    permission: v1.permission !== null && v1.permissionOn !== null ? { outcome: v1.permission, on: v1.permissionOn, reason: v1.permissionReason } : null,
    optedBackInOn: v1.trigger === 'opted-back-in' ? v1.triggeredOn : null,
    providerId: v1.providerId,
    referredOn: v1.referredOn,
    contactAttempts: [],
    offer: v1.offerMadeOn !== null && v1.offerLanguage !== null ? { on: v1.offerMadeOn, language: v1.offerLanguage, formats: [...v1.offerFormats] } : null,
    mode: v1.mode,
    outcome: v1.outcome,
    outcomeOn: v1.outcomeOn,
    declineReason: v1.declineReason,
    outcomeConfirmedOn: v1.outcomeConfirmedOn,
    advocacyEndedOn: v1.advocacyEndedOn,
    closedInState: null,
  };
  return {
    value: renamedStatesV1[value] ?? value,
    context: {
      caseId: v1.caseId,
      childId: v1.childId,
      rounds: [round],
      entitlementEnded:
        v1.entitlementEndedOn !== null && v1.entitlementEndReason !== null ? { on: v1.entitlementEndedOn, reason: v1.entitlementEndReason } : null,
    },
  };
}

/**
 * Lifts a version 2 snapshot to version 3: its one ending of the entitlement (if any) becomes the
 * first entry of `entitlementEndings`, after the round that was current then (the last round, as
 * version 2 could not open another). Rounds and the state are kept as they are.
 */
export function migrateActiveOfferV2toV3(value: string, v2: ActiveOfferContextV2): { value: string; context: ActiveOfferContext } {
  const lastRound = v2.rounds[v2.rounds.length - 1]?.round ?? 0;
  return {
    value,
    context: {
      caseId: v2.caseId,
      childId: v2.childId,
      rounds: v2.rounds,
      entitlementEndings: v2.entitlementEnded === null ? [] : [{ on: v2.entitlementEnded.on, reason: v2.entitlementEnded.reason, afterRound: lastRound }],
    },
  };
}
