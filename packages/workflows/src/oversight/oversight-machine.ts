// An IRO's concern about a child's case, raised by a rule: acknowledged and resolved, or
// escalated through dispute resolution (social worker and team manager, service manager,
// head of service, CAFCASS Cymru), each stage with a deadline and a response.
import type { OversightEvent } from '@cynnig/domain';
import { nextEscalationStage } from '@cynnig/rules';
import { assign, setup } from 'xstate';
import type { NotifyParams } from '../workflow-notification.js';
import { currentEscalation, type OversightContext, type OversightInput } from './oversight-context.js';

type Event<T extends OversightEvent['type']> = Extract<OversightEvent, { type: T }>;

/** The first stage goes to the social worker and team manager; later stages to managers, named in the event. */
function escalationNotice({ event }: { event: OversightEvent }): NotifyParams {
  const { stage, to, respondBy } = event as Event<'ESCALATED'>;
  return {
    kind: 'concern-escalated',
    audience: stage === 'informal-alert' ? ['social-worker', 'team-manager'] : ['team-manager'],
    recipient: to,
    dueOn: respondBy,
  };
}

export const oversightMachine = setup({
  types: {
    context: {} as OversightContext,
    events: {} as OversightEvent,
    input: {} as OversightInput,
  },
  guards: {
    /** After CAFCASS Cymru there is nowhere further to escalate. */
    laterStageExists: ({ context }) => nextEscalationStage(currentEscalation(context)?.stage ?? null) !== null,
    /** Each stage gets one response; a second would overwrite the record of the first. */
    stageAwaitingResponse: ({ context }) => currentEscalation(context)?.response === null,
  },
  actions: {
    /** Named here, performed by the service layer after the step is stored. */
    notify: (_, _params: NotifyParams) => {},
    recordRaised: assign(({ event }) => {
      const { on, ruleId, reason } = event as Event<'RAISED'>;
      return { raised: { on, ruleId, reason } };
    }),
    recordAcknowledged: assign(({ event }) => ({ acknowledgedOn: (event as Event<'ACKNOWLEDGED'>).on })),
    recordEscalation: assign(({ context, event }) => {
      const { on, stage, to, respondBy } = event as Event<'ESCALATED'>;
      return { escalations: [...context.escalations, { stage, on, to, respondBy, response: null }] };
    }),
    recordResponse: assign(({ context, event }) => {
      const { on, response, satisfactory } = event as Event<'RESPONSE_RECEIVED'>;
      const escalation = currentEscalation(context);
      if (escalation === null) return {};
      return { escalations: [...context.escalations.slice(0, -1), { ...escalation, response: { on, text: response, satisfactory } }] };
    }),
    recordResolved: assign(({ event }) => {
      const { on, resolution, note } = event as Event<'RESOLVED'>;
      return { resolution: { on, resolution, note } };
    }),
  },
}).createMachine({
  id: 'oversight',
  initial: 'notOpened',
  context: ({ input }) => ({ caseId: input.caseId, childId: input.childId, raised: null, acknowledgedOn: null, escalations: [], resolution: null }),
  states: {
    /** Before a rule raises the concern it does not exist; this state is never stored. */
    notOpened: {
      on: { RAISED: { target: 'raised', actions: 'recordRaised' } },
    },
    raised: {
      on: {
        ACKNOWLEDGED: { target: 'acknowledged', actions: 'recordAcknowledged' },
        ESCALATED: { target: 'escalated', actions: ['recordEscalation', { type: 'notify', params: escalationNotice }] },
      },
    },
    acknowledged: {
      on: {
        RESOLVED: {
          target: 'resolved',
          actions: ['recordResolved', { type: 'notify', params: { kind: 'concern-resolved', audience: ['social-worker', 'iro'] } }],
        },
        ESCALATED: { target: 'escalated', actions: ['recordEscalation', { type: 'notify', params: escalationNotice }] },
      },
    },
    escalated: {
      on: {
        RESPONSE_RECEIVED: { guard: 'stageAwaitingResponse', actions: 'recordResponse' },
        ESCALATED: { guard: 'laterStageExists', target: 'escalated', reenter: true, actions: ['recordEscalation', { type: 'notify', params: escalationNotice }] },
        RESOLVED: {
          target: 'resolved',
          actions: ['recordResolved', { type: 'notify', params: { kind: 'concern-resolved', audience: ['social-worker', 'iro'] } }],
        },
      },
    },
    resolved: { type: 'final' },
  },
});

export const oversightStates = ['notOpened', 'raised', 'acknowledged', 'escalated', 'resolved'] as const;
export type OversightState = (typeof oversightStates)[number];
