// The Active Offer pathway for one child: told, permission, referral, the provider's offer,
// the outcome and its confirmation, then advocacy or a re-offer, round after round, until the
// entitlement ends. Declining never closes the case; only ENTITLEMENT_ENDED does, and a new
// entitlement (back into care, leaving care as a care leaver) opens it again with a new round.
import type { ActiveOfferEvent } from '@cynnig/domain';
import { mayRecordDecline, outcomeStartsAdvocacy } from '@cynnig/rules';
import { assign, not, setup } from 'xstate';
import type { NotifyParams } from '../workflow-notification.js';
import {
  currentRound,
  newRound,
  type ActiveOfferContext,
  type ActiveOfferInput,
  type ActiveOfferRound,
} from './active-offer-context.js';

type Event<T extends ActiveOfferEvent['type']> = Extract<ActiveOfferEvent, { type: T }>;

/** Replaces the current round with `patch` applied; earlier rounds are never touched. */
function withCurrentRound(context: ActiveOfferContext, patch: (round: ActiveOfferRound) => Partial<ActiveOfferRound>): ActiveOfferContext {
  const round = currentRound(context);
  if (round === null) return context;
  return { ...context, rounds: [...context.rounds.slice(0, -1), { ...round, ...patch(round) }] };
}

/** Opens a new round, recording the state the previous round was left in. */
function withNewRound(context: ActiveOfferContext, round: ActiveOfferRound, previousState: string): ActiveOfferContext {
  const closed = context.rounds.map((earlier, index) =>
    index === context.rounds.length - 1 && earlier.closedInState === null ? { ...earlier, closedInState: previousState } : earlier,
  );
  return { ...context, rounds: [...closed, round] };
}

export const activeOfferMachine = setup({
  types: {
    context: {} as ActiveOfferContext,
    events: {} as ActiveOfferEvent,
    input: {} as ActiveOfferInput,
  },
  guards: {
    /** A non-instructed round (a baby, a child with PMLD) is never recorded as declined or opted out. */
    roundMayBeDeclined: ({ context }) => mayRecordDecline(currentRound(context)?.mode ?? null),
    outcomeWasAcceptance: ({ context }) => outcomeStartsAdvocacy(currentRound(context)?.outcome ?? null),
  },
  actions: {
    /** Named here, performed by the service layer after the step is stored. */
    notify: (_, _params: NotifyParams) => {},
    openFirstRound: assign(({ context, event }) => {
      const { trigger, on } = event as Event<'OFFER_DUE'>;
      return { rounds: [newRound(context, trigger, on)] };
    }),
    openReofferRound: assign(({ context, event }) => {
      const { trigger, on } = event as Event<'OFFER_DUE'>;
      return withNewRound(context, newRound(context, trigger, on), 'awaitingReoffer');
    }),
    /** A new entitlement after the last one ended: the offer is made as on entering care, not as a re-offer. */
    openEntitlementRound: assign(({ context, event }) => {
      const { trigger, on } = event as Event<'OFFER_DUE'>;
      return withNewRound(context, newRound(context, trigger, on, true), 'entitlementEnded');
    }),
    recordChildTold: assign(({ context, event }) => {
      const { on, method, language } = event as Event<'CHILD_TOLD'>;
      return withCurrentRound(context, () => ({ childTold: { on, method, language } }));
    }),
    recordPermissionGiven: assign(({ context, event }) => {
      const { on } = event as Event<'PERMISSION_GIVEN'>;
      return withCurrentRound(context, () => ({ permission: { outcome: 'given', on, reason: null } }));
    }),
    recordPermissionCannotBeGiven: assign(({ context, event }) => {
      const { on, reason } = event as Event<'PERMISSION_CANNOT_BE_GIVEN'>;
      return withCurrentRound(context, () => ({ permission: { outcome: 'cannot-give', on, reason }, mode: 'non-instructed' }));
    }),
    recordPermissionRefused: assign(({ context, event }) => {
      const { on, reason } = event as Event<'PERMISSION_REFUSED'>;
      return withCurrentRound(context, () => ({ permission: { outcome: 'refused', on, reason }, outcome: 'declined', outcomeOn: on, declineReason: reason }));
    }),
    recordReferral: assign(({ context, event }) => {
      const { on, providerId } = event as Event<'REFERRED'>;
      return withCurrentRound(context, () => ({ providerId, referredOn: on }));
    }),
    recordContactAttempt: assign(({ context, event }) => {
      const { on, method, reachedChild } = event as Event<'CONTACT_ATTEMPTED'>;
      return withCurrentRound(context, (round) => ({ contactAttempts: [...round.contactAttempts, { on, method, reachedChild }] }));
    }),
    recordOffer: assign(({ context, event }) => {
      const { on, language, formats, mode } = event as Event<'OFFER_MADE'>;
      return withCurrentRound(context, () => ({ offer: { on, language, formats: [...formats] }, mode }));
    }),
    recordAccepted: assign(({ context, event }) =>
      withCurrentRound(context, () => ({ outcome: 'accepted', outcomeOn: (event as Event<'OFFER_ACCEPTED'>).on })),
    ),
    recordDeclined: assign(({ context, event }) => {
      const { on, reason } = event as Event<'OFFER_DECLINED'>;
      return withCurrentRound(context, () => ({ outcome: 'declined', outcomeOn: on, declineReason: reason }));
    }),
    recordOptedOut: assign(({ context, event }) =>
      withCurrentRound(context, () => ({ outcome: 'opted-out', outcomeOn: (event as Event<'OPTED_OUT'>).on })),
    ),
    recordCouldNotContact: assign(({ context, event }) =>
      withCurrentRound(context, () => ({ outcome: 'could-not-contact', outcomeOn: (event as Event<'COULD_NOT_CONTACT'>).on })),
    ),
    recordOutcomeConfirmed: assign(({ context, event }) =>
      withCurrentRound(context, () => ({ outcomeConfirmedOn: (event as Event<'OUTCOME_CONFIRMED'>).on })),
    ),
    recordAdvocacyEnded: assign(({ context, event }) =>
      withCurrentRound(context, () => ({ advocacyEndedOn: (event as Event<'ADVOCACY_ENDED'>).on })),
    ),
    /** The child asking counts as permission to share their details with the provider. */
    recordOptedBackIn: assign(({ context, event }) => {
      const { on } = event as Event<'OPTED_BACK_IN'>;
      return withCurrentRound(context, () => ({ optedBackInOn: on, permission: { outcome: 'given', on, reason: null } }));
    }),
    /** The child asks for an advocate after declining: a new round, straight to referral; the decline stays on record in its round. */
    openOptedBackInRound: assign(({ context, event }, params: { from: 'awaitingReoffer' | 'awaitingConfirmation' }) => {
      const { on } = event as Event<'OPTED_BACK_IN'>;
      const round: ActiveOfferRound = { ...newRound(context, 'opted-back-in', on), optedBackInOn: on, permission: { outcome: 'given', on, reason: null } };
      return withNewRound(context, round, params.from);
    }),
    recordEntitlementEnded: assign(({ context, event }) => {
      const { on, reason } = event as Event<'ENTITLEMENT_ENDED'>;
      return { entitlementEndings: [...context.entitlementEndings, { on, reason, afterRound: currentRound(context)?.round ?? 0 }] };
    }),
  },
}).createMachine({
  id: 'active-offer',
  initial: 'notOpened',
  context: ({ input }) => ({ caseId: input.caseId, childId: input.childId, rounds: [], entitlementEndings: [] }),
  states: {
    /** Before the first OFFER_DUE the case does not exist; this state is never stored. */
    notOpened: {
      on: { OFFER_DUE: { target: 'awaitingChildTold', actions: 'openFirstRound' } },
    },
    awaitingChildTold: {
      on: {
        CHILD_TOLD: { target: 'awaitingPermission', actions: 'recordChildTold' },
        OPTED_BACK_IN: {
          target: 'awaitingReferral',
          actions: ['recordOptedBackIn', { type: 'notify', params: { kind: 'opted-back-in', audience: ['social-worker'] } }],
        },
        ENTITLEMENT_ENDED: { target: 'entitlementEnded', actions: 'recordEntitlementEnded' },
      },
    },
    awaitingPermission: {
      on: {
        PERMISSION_GIVEN: { target: 'awaitingReferral', actions: 'recordPermissionGiven' },
        PERMISSION_CANNOT_BE_GIVEN: { target: 'awaitingReferral', actions: 'recordPermissionCannotBeGiven' },
        PERMISSION_REFUSED: {
          target: 'awaitingReoffer',
          actions: ['recordPermissionRefused', { type: 'notify', params: { kind: 'reoffer-scheduled', audience: ['social-worker', 'iro'] } }],
        },
        OPTED_BACK_IN: {
          target: 'awaitingReferral',
          actions: ['recordOptedBackIn', { type: 'notify', params: { kind: 'opted-back-in', audience: ['social-worker'] } }],
        },
        ENTITLEMENT_ENDED: { target: 'entitlementEnded', actions: 'recordEntitlementEnded' },
      },
    },
    awaitingReferral: {
      on: {
        REFERRED: {
          target: 'awaitingProviderContact',
          actions: ['recordReferral', { type: 'notify', params: { kind: 'referral-received', audience: ['provider'] } }],
        },
        ENTITLEMENT_ENDED: { target: 'entitlementEnded', actions: 'recordEntitlementEnded' },
      },
    },
    awaitingProviderContact: {
      on: {
        CONTACT_ATTEMPTED: { actions: 'recordContactAttempt' },
        OFFER_MADE: { target: 'awaitingOutcome', actions: 'recordOffer' },
        COULD_NOT_CONTACT: {
          target: 'awaitingConfirmation',
          actions: ['recordCouldNotContact', { type: 'notify', params: { kind: 'outcome-to-confirm', audience: ['social-worker'] } }],
        },
        ENTITLEMENT_ENDED: { target: 'entitlementEnded', actions: 'recordEntitlementEnded' },
      },
    },
    awaitingOutcome: {
      on: {
        OFFER_ACCEPTED: {
          target: 'awaitingConfirmation',
          actions: ['recordAccepted', { type: 'notify', params: { kind: 'outcome-to-confirm', audience: ['social-worker'] } }],
        },
        OFFER_DECLINED: {
          guard: 'roundMayBeDeclined',
          target: 'awaitingConfirmation',
          actions: ['recordDeclined', { type: 'notify', params: { kind: 'outcome-to-confirm', audience: ['social-worker'] } }],
        },
        OPTED_OUT: {
          guard: 'roundMayBeDeclined',
          target: 'awaitingConfirmation',
          actions: ['recordOptedOut', { type: 'notify', params: { kind: 'outcome-to-confirm', audience: ['social-worker'] } }],
        },
        ENTITLEMENT_ENDED: { target: 'entitlementEnded', actions: 'recordEntitlementEnded' },
      },
    },
    awaitingConfirmation: {
      on: {
        OUTCOME_CONFIRMED: [
          { guard: 'outcomeWasAcceptance', target: 'advocacyActive', actions: 'recordOutcomeConfirmed' },
          {
            target: 'awaitingReoffer',
            actions: ['recordOutcomeConfirmed', { type: 'notify', params: { kind: 'reoffer-scheduled', audience: ['social-worker', 'iro'] } }],
          },
        ],
        /** A child who declined, opted out or could not be reached asks for an advocate before the outcome is confirmed. */
        OPTED_BACK_IN: {
          guard: not('outcomeWasAcceptance'),
          target: 'awaitingReferral',
          actions: [{ type: 'openOptedBackInRound', params: { from: 'awaitingConfirmation' } }, { type: 'notify', params: { kind: 'opted-back-in', audience: ['social-worker'] } }],
        },
        ENTITLEMENT_ENDED: { target: 'entitlementEnded', actions: 'recordEntitlementEnded' },
      },
    },
    advocacyActive: {
      on: {
        ADVOCACY_ENDED: { target: 'awaitingReoffer', actions: 'recordAdvocacyEnded' },
        ENTITLEMENT_ENDED: { target: 'entitlementEnded', actions: 'recordEntitlementEnded' },
      },
    },
    awaitingReoffer: {
      on: {
        OFFER_DUE: { target: 'awaitingChildTold', actions: 'openReofferRound' },
        OPTED_BACK_IN: {
          target: 'awaitingReferral',
          actions: [{ type: 'openOptedBackInRound', params: { from: 'awaitingReoffer' } }, { type: 'notify', params: { kind: 'opted-back-in', audience: ['social-worker'] } }],
        },
        ENTITLEMENT_ENDED: { target: 'entitlementEnded', actions: 'recordEntitlementEnded' },
      },
    },
    /**
     * The only way the case closes: the child's entitlement to advocacy has ended. It is not final:
     * when an entitlement starts again (OFFER_DUE with the trigger of the new basis), the case goes
     * back into the pathway with a new round, keeping every earlier round and ending.
     */
    entitlementEnded: {
      on: {
        OFFER_DUE: {
          target: 'awaitingChildTold',
          actions: ['openEntitlementRound', { type: 'notify', params: { kind: 'entitlement-started-again', audience: ['social-worker'] } }],
        },
      },
    },
  },
});

export const activeOfferStates = [
  'notOpened',
  'awaitingChildTold',
  'awaitingPermission',
  'awaitingReferral',
  'awaitingProviderContact',
  'awaitingOutcome',
  'awaitingConfirmation',
  'advocacyActive',
  'awaitingReoffer',
  'entitlementEnded',
] as const;
export type ActiveOfferState = (typeof activeOfferStates)[number];
