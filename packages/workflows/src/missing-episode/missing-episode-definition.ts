// The missing episode workflow as the engine sees it.
import { missingEpisodeEventSchema, type MissingEpisodeEvent, type MissingEpisodeEventType } from '@cynnig/domain';
import type { WorkflowDefinition } from '../engine/workflow-definition.js';
import { missingEpisodeEventProblem, missingEpisodeReplayInput } from './missing-episode-checks.js';
import { missingEpisodeSummary, type MissingEpisodeContext, type MissingEpisodeInput } from './missing-episode-context.js';
import { missingEpisodeEventLabels, missingEpisodeStateLabels } from './missing-episode-labels.js';
import { missingEpisodeMachine, missingEpisodeStates } from './missing-episode-machine.js';

export const missingEpisodeWorkflow: WorkflowDefinition<MissingEpisodeContext, MissingEpisodeEvent, MissingEpisodeInput> = {
  name: 'missing-episode',
  version: 1,
  machine: missingEpisodeMachine,
  eventSchema: missingEpisodeEventSchema,
  eventTypes: missingEpisodeEventSchema.options.map((option) => option.shape.type.value) as MissingEpisodeEventType[],
  notOpenedState: 'notOpened',
  states: missingEpisodeStates,
  stateLabels: missingEpisodeStateLabels,
  eventLabels: missingEpisodeEventLabels,
  caseNoun: { en: 'Missing episode', cy: 'Cyfnod ar goll' },
  caseIdOf: (context) => context.episodeId,
  eventProblem: missingEpisodeEventProblem,
  rows: (context) => {
    const summary = missingEpisodeSummary(context);
    return summary === null ? {} : { missingEpisode: summary };
  },
  inputForReplay: missingEpisodeReplayInput,
};
