// The IRO oversight workflow as the engine sees it.
import { oversightEventSchema, type OversightEvent, type OversightEventType } from '@cynnig/domain';
import type { WorkflowDefinition } from '../engine/workflow-definition.js';
import { oversightEventProblem } from './oversight-checks.js';
import { oversightSummary, type OversightContext, type OversightInput } from './oversight-context.js';
import { oversightEventLabels, oversightStateLabels } from './oversight-labels.js';
import { oversightMachine, oversightStates } from './oversight-machine.js';

export const oversightWorkflow: WorkflowDefinition<OversightContext, OversightEvent, OversightInput> = {
  name: 'oversight',
  version: 1,
  machine: oversightMachine,
  eventSchema: oversightEventSchema,
  eventTypes: oversightEventSchema.options.map((option) => option.shape.type.value) as OversightEventType[],
  notOpenedState: 'notOpened',
  states: oversightStates,
  stateLabels: oversightStateLabels,
  eventLabels: oversightEventLabels,
  caseNoun: { en: 'Oversight concern', cy: 'Pryder goruchwylio' },
  caseIdOf: (context) => context.caseId,
  eventProblem: oversightEventProblem,
  rows: (context, state) => ({ oversightItem: oversightSummary(context, state) }),
};
