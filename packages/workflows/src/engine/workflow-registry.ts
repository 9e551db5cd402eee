// The three workflows by name, as the engine, the labels and the tests find them.
import { activeOfferWorkflow } from '../active-offer/active-offer-definition.js';
import { missingEpisodeWorkflow } from '../missing-episode/missing-episode-definition.js';
import { oversightWorkflow } from '../oversight/oversight-definition.js';
import type { MachineName } from './stored-snapshot.js';
import type { WorkflowDefinition } from './workflow-definition.js';

export const workflows: Readonly<Record<MachineName, WorkflowDefinition<any, any, any>>> = {
  'active-offer': activeOfferWorkflow,
  'missing-episode': missingEpisodeWorkflow,
  oversight: oversightWorkflow,
};
