// The Active Offer workflow as the engine sees it: machine, version, events, words, rows.
import { activeOfferEventSchema, activeOfferEventTypes, type ActiveOfferEvent } from '@cynnig/domain';
import type { WorkflowDefinition } from '../engine/workflow-definition.js';
import { activeOfferSummaries, type ActiveOfferContext, type ActiveOfferInput } from './active-offer-context.js';
import { activeOfferEventProblem } from './active-offer-checks.js';
import { activeOfferEventLabels, activeOfferStateLabels } from './active-offer-labels.js';
import { activeOfferMachine, activeOfferStates } from './active-offer-machine.js';

export const activeOfferWorkflow: WorkflowDefinition<ActiveOfferContext, ActiveOfferEvent, ActiveOfferInput> = {
  name: 'active-offer',
  version: 3,
  machine: activeOfferMachine,
  eventSchema: activeOfferEventSchema,
  eventTypes: activeOfferEventTypes,
  notOpenedState: 'notOpened',
  states: activeOfferStates,
  stateLabels: activeOfferStateLabels,
  eventLabels: activeOfferEventLabels,
  caseNoun: { en: 'Active Offer case', cy: 'Achos cynnig gweithredol' },
  caseIdOf: (context) => context.caseId,
  eventProblem: (context, state, event) => activeOfferEventProblem(context, state, event),
  rows: (context, state) => ({ activeOfferRounds: activeOfferSummaries(context, state) }),
};
