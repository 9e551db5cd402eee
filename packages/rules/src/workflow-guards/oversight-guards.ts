// The order of the dispute resolution stages an IRO escalates through, and the date each
// stage must respond by, counted in working days on the England and Wales calendar.
import { addWorkingDays, escalationStages, type EscalationStage, type IsoDate, type OversightResolution } from '@cynnig/domain';
import { defaultWorkflowParameters, type WorkflowParameters } from './workflow-parameters.js';

/** The stage after `current` (the first stage when nothing has been escalated yet), or null after CAFCASS Cymru. */
export function nextEscalationStage(current: EscalationStage | null): EscalationStage | null {
  const order = escalationStages.codes;
  if (current === null) return order[0];
  return order[order.indexOf(current) + 1] ?? null;
}

/** The date a stage escalated on `on` must respond by: 10 working days by default. */
export function escalationRespondBy(on: IsoDate, parameters: WorkflowParameters = defaultWorkflowParameters): IsoDate {
  return addWorkingDays(on, parameters.escalationResponseWorkingDays);
}

/** "Resolved through escalation" only makes sense for a concern that was escalated. */
export function resolutionNeedsEscalation(resolution: OversightResolution): boolean {
  return resolution === 'resolved-by-escalation';
}
