// One missing episode (or time away without authorisation): reported with a risk grade, updated
// while the child is away, ended when they are found or return, followed by the offer of a
// return home conversation, what the child said, the actions agreed, and closing.
import type { ConversationAction, MissingEpisodeEvent } from '@cynnig/domain';
import { assign, enqueueActions, setup } from 'xstate';
import type { NotifyParams } from '../workflow-notification.js';
import { emptyMissingEpisode, type MissingEpisodeContext, type MissingEpisodeInput } from './missing-episode-context.js';

type Event<T extends MissingEpisodeEvent['type']> = Extract<MissingEpisodeEvent, { type: T }>;

/** Who hears about each agreed action; actions not listed stay with the social worker's plan. */
const actionNotifications: Partial<Record<ConversationAction, NotifyParams>> = {
  'strategy-discussion': { kind: 'strategy-discussion-requested', audience: ['team-manager', 'social-worker'] },
  'early-review': { kind: 'early-review-requested', audience: ['iro'] },
  'advocacy-reoffer': { kind: 'advocacy-reoffer-requested', audience: ['social-worker'] },
};

export const missingEpisodeMachine = setup({
  types: {
    context: {} as MissingEpisodeContext,
    events: {} as MissingEpisodeEvent,
    input: {} as MissingEpisodeInput,
  },
  actions: {
    /** Named here, performed by the service layer after the step is stored. */
    notify: (_, _params: NotifyParams) => {},
    noteMoment: assign(({ event }) => ({ lastEventAt: event.at })),
    recordReport: assign(({ event }) => {
      const { at, kind, riskGrade, lastSeenAt, reportedBy, policeReference } = event as Event<'REPORTED'>;
      return { kind, reportedAt: at, startedAt: lastSeenAt, reportedBy, policeReference, riskGrades: [{ at, grade: riskGrade }] };
    }),
    recordRiskGrade: assign(({ context, event }) => {
      const { at, riskGrade } = event as Event<'RISK_REGRADED'>;
      return { riskGrades: [...context.riskGrades, { at, grade: riskGrade }] };
    }),
    recordUpdate: assign(({ context, event }) => {
      const { at, note } = event as Event<'UPDATE_NOTED'>;
      return { updates: [...context.updates, { at, note }] };
    }),
    recordReturn: assign(({ event }) => {
      const { at, method, whereFound, whoWith } = event as Event<'RETURNED'>;
      return { returned: { at, method, whereFound, whoWith } };
    }),
    recordConversationOffered: assign(({ event }) => {
      const { at, offeredBy } = event as Event<'CONVERSATION_OFFERED'>;
      return { conversationOffered: { at, offeredBy } };
    }),
    recordConversationAccepted: assign(({ event }) => ({ conversationAcceptedAt: (event as Event<'CONVERSATION_ACCEPTED'>).at })),
    recordConversationDeclined: assign(({ event }) => {
      const { at, attempts, carersAsked, carersInformation } = event as Event<'CONVERSATION_DECLINED'>;
      return { conversationDeclined: { at, attempts, carersAsked, carersInformation } };
    }),
    recordConversationHeld: assign(({ event }) => {
      const { at, heldBy, findings } = event as Event<'CONVERSATION_HELD'>;
      return { conversationHeld: { at, heldBy, findings: { ...findings, exploitationIndicators: [...findings.exploitationIndicators] } } };
    }),
    recordActionsAgreed: assign(({ event }) => {
      const { at, actions } = event as Event<'ACTIONS_AGREED'>;
      return { actionsAgreed: { at, actions: [...actions] } };
    }),
    notifyAgreedActions: enqueueActions(({ event, enqueue }) => {
      for (const action of (event as Event<'ACTIONS_AGREED'>).actions) {
        const params = actionNotifications[action];
        // The enqueued action is the `notify` declared above; its params type is not inferred here.
        if (params) enqueue({ type: 'notify', params } as never);
      }
    }),
    recordClosed: assign(({ event }) => ({ closedAt: (event as Event<'CLOSED'>).at })),
  },
}).createMachine({
  id: 'missing-episode',
  initial: 'notOpened',
  context: ({ input }) => emptyMissingEpisode(input),
  states: {
    /** Before REPORTED the episode does not exist; this state is never stored. */
    notOpened: {
      on: { REPORTED: { target: 'missing', actions: ['recordReport', 'noteMoment'] } },
    },
    missing: {
      on: {
        RISK_REGRADED: { actions: ['recordRiskGrade', 'noteMoment'] },
        UPDATE_NOTED: { actions: ['recordUpdate', 'noteMoment'] },
        RETURNED: {
          target: 'returned',
          actions: ['recordReturn', 'noteMoment', { type: 'notify', params: { kind: 'child-returned', audience: ['social-worker'] } }],
        },
      },
    },
    returned: {
      on: { CONVERSATION_OFFERED: { target: 'conversationOffered', actions: ['recordConversationOffered', 'noteMoment'] } },
    },
    conversationOffered: {
      on: {
        CONVERSATION_ACCEPTED: { target: 'conversationAccepted', actions: ['recordConversationAccepted', 'noteMoment'] },
        CONVERSATION_DECLINED: { target: 'conversationDeclined', actions: ['recordConversationDeclined', 'noteMoment'] },
      },
    },
    conversationAccepted: {
      on: { CONVERSATION_HELD: { target: 'conversationHeld', actions: ['recordConversationHeld', 'noteMoment'] } },
    },
    conversationHeld: {
      on: { ACTIONS_AGREED: { target: 'actionsAgreed', actions: ['recordActionsAgreed', 'noteMoment', 'notifyAgreedActions'] } },
    },
    conversationDeclined: {
      on: { ACTIONS_AGREED: { target: 'actionsAgreed', actions: ['recordActionsAgreed', 'noteMoment', 'notifyAgreedActions'] } },
    },
    actionsAgreed: {
      on: { CLOSED: { target: 'closed', actions: ['recordClosed', 'noteMoment'] } },
    },
    closed: { type: 'final' },
  },
});

export const missingEpisodeStates = [
  'notOpened',
  'missing',
  'returned',
  'conversationOffered',
  'conversationAccepted',
  'conversationHeld',
  'conversationDeclined',
  'actionsAgreed',
  'closed',
] as const;
export type MissingEpisodeState = (typeof missingEpisodeStates)[number];
