// How the path tests walk each machine: the sample events offered in every state, and the
// facts its guards read, so that paths are told apart where a guard would send them elsewhere.
import { activeOfferEventTypes, type IsoDate } from '@cynnig/domain';
import type { AnyMachineSnapshot } from 'xstate';
import { activeOfferMachine } from '../active-offer/active-offer-machine.js';
import { currentRound, type ActiveOfferContext } from '../active-offer/active-offer-context.js';
import type { MissingEpisodeContext } from '../missing-episode/missing-episode-context.js';
import { missingEpisodeMachine } from '../missing-episode/missing-episode-machine.js';
import { currentEscalation, type OversightContext } from '../oversight/oversight-context.js';
import { oversightMachine } from '../oversight/oversight-machine.js';
import type { MachineName } from '../engine/stored-snapshot.js';
import { eventTypesOf } from '../workflow-labels.js';
import {
  activeOfferEvent,
  activeOfferInput,
  missingEpisodeEvent,
  missingEpisodeInput,
  oversightEvent,
  oversightInput,
} from './sample-cases.js';

export const pathDate: IsoDate = '2026-03-02';
export const pathMoment = '2026-03-02T21:30:00.000Z';

export interface MachineModel {
  readonly name: MachineName;
  readonly machine: typeof activeOfferMachine | typeof missingEpisodeMachine | typeof oversightMachine;
  readonly input: unknown;
  /** Sample events offered in a state (every type, so refusals are explored too). */
  events(snapshot: AnyMachineSnapshot): { type: string }[];
  /** The state value and the facts the machine's guards read. */
  serializeState(snapshot: AnyMachineSnapshot): string;
  /** What must be true of the case in each state, in the users' terms. */
  readonly meaning: Readonly<Record<string, (context: any) => boolean>>;
}

export const machineModels: readonly MachineModel[] = [
  {
    name: 'active-offer',
    machine: activeOfferMachine,
    input: activeOfferInput,
    events: () => [...activeOfferEventTypes.map((type) => activeOfferEvent(type, pathDate, 0)), activeOfferEvent('OFFER_MADE', pathDate, 1)],
    serializeState: (snapshot) => {
      const round = currentRound(snapshot.context as ActiveOfferContext);
      return `${String(snapshot.value)}|${round?.mode ?? '-'}|${round?.outcome ?? '-'}`;
    },
    meaning: {
      notOpened: (c: ActiveOfferContext) => c.rounds.length === 0,
      awaitingChildTold: (c: ActiveOfferContext) => currentRound(c)?.childTold === null,
      awaitingPermission: (c: ActiveOfferContext) => currentRound(c)?.childTold !== null && currentRound(c)?.permission === null,
      awaitingReferral: (c: ActiveOfferContext) => ['given', 'cannot-give'].includes(currentRound(c)?.permission?.outcome ?? '') && currentRound(c)?.referredOn === null,
      awaitingProviderContact: (c: ActiveOfferContext) => currentRound(c)?.providerId !== null && currentRound(c)?.offer === null && currentRound(c)?.outcome === null,
      awaitingOutcome: (c: ActiveOfferContext) => currentRound(c)?.offer !== null && currentRound(c)?.outcome === null,
      awaitingConfirmation: (c: ActiveOfferContext) => currentRound(c)?.outcome !== null && currentRound(c)?.outcomeConfirmedOn === null,
      advocacyActive: (c: ActiveOfferContext) => currentRound(c)?.outcome === 'accepted' && currentRound(c)?.outcomeConfirmedOn !== null && currentRound(c)?.advocacyEndedOn === null,
      awaitingReoffer: (c: ActiveOfferContext) => {
        const round = currentRound(c);
        return round !== null && (round.outcome === 'accepted' ? round.advocacyEndedOn !== null : round.outcome !== null);
      },
      entitlementEnded: (c: ActiveOfferContext) => c.entitlementEndings.length > 0 && c.entitlementEndings[c.entitlementEndings.length - 1]!.afterRound === currentRound(c)?.round,
    },
  },
  {
    name: 'missing-episode',
    machine: missingEpisodeMachine,
    input: missingEpisodeInput,
    events: () => eventTypesOf('missing-episode').map((type) => missingEpisodeEvent(type, pathMoment, 0)),
    serializeState: (snapshot) => String(snapshot.value),
    meaning: {
      notOpened: (c: MissingEpisodeContext) => c.startedAt === null,
      missing: (c: MissingEpisodeContext) => c.startedAt !== null && c.riskGrades.length > 0 && c.returned === null,
      returned: (c: MissingEpisodeContext) => c.returned !== null && c.conversationOffered === null,
      conversationOffered: (c: MissingEpisodeContext) => c.conversationOffered !== null && c.conversationAcceptedAt === null && c.conversationDeclined === null,
      conversationAccepted: (c: MissingEpisodeContext) => c.conversationAcceptedAt !== null && c.conversationHeld === null,
      conversationHeld: (c: MissingEpisodeContext) => c.conversationHeld !== null && c.actionsAgreed === null,
      conversationDeclined: (c: MissingEpisodeContext) => c.conversationDeclined !== null && c.conversationDeclined.attempts >= 1 && c.actionsAgreed === null,
      actionsAgreed: (c: MissingEpisodeContext) => (c.actionsAgreed?.actions.length ?? 0) > 0 && c.closedAt === null,
      closed: (c: MissingEpisodeContext) => c.closedAt !== null,
    },
  },
  {
    name: 'oversight',
    machine: oversightMachine,
    input: oversightInput,
    events: (snapshot) => eventTypesOf('oversight').map((type) => oversightEvent(type, pathDate, snapshot.context as OversightContext, 0)),
    serializeState: (snapshot) => {
      const escalation = currentEscalation(snapshot.context as OversightContext);
      return `${String(snapshot.value)}|${escalation?.stage ?? '-'}|${escalation?.response === null ? 'awaiting' : 'answered'}`;
    },
    meaning: {
      notOpened: (c: OversightContext) => c.raised === null,
      raised: (c: OversightContext) => c.raised !== null && c.acknowledgedOn === null && c.escalations.length === 0,
      acknowledged: (c: OversightContext) => c.acknowledgedOn !== null && c.escalations.length === 0,
      escalated: (c: OversightContext) => c.escalations.length > 0 && c.escalations.every((e) => e.respondBy >= e.on) && c.resolution === null,
      resolved: (c: OversightContext) => c.resolution !== null,
    },
  },
];
