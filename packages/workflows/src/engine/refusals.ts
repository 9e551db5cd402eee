// The errors the engine answers with when a step cannot be taken. They name the case, the
// state it is in and what can be recorded instead, in words, in English and Welsh.
import { CynnigError } from '@cynnig/domain';
import type { WorkflowDefinition } from './workflow-definition.js';

/** `workflow.event-not-allowed`: the event does not fit the state the case is in. */
export function eventNotAllowed(definition: WorkflowDefinition<any, any, any>, caseId: string, state: string, eventType: string, allowed: readonly string[]): CynnigError {
  const stateWords = definition.stateLabels[state] ?? { en: state, cy: state };
  const eventWords = definition.eventLabels[eventType] ?? { en: eventType, cy: eventType };
  const allowedWords = allowed.map((type) => definition.eventLabels[type] ?? { en: type, cy: type });
  const listEn = allowedWords.length === 0 ? 'nothing more can be recorded for this case.' : `what can be recorded now: ${allowedWords.map((w) => w.en).join('; ')}.`;
  const listCy = allowedWords.length === 0 ? 'ni ellir cofnodi dim byd arall ar gyfer yr achos hwn.' : `yr hyn y gellir ei gofnodi nawr: ${allowedWords.map((w) => w.cy).join('; ')}.`;
  return new CynnigError({
    code: 'workflow.event-not-allowed',
    message: {
      en: `${definition.caseNoun.en} ${caseId} is at "${stateWords.en}", so "${eventWords.en}" cannot be recorded; ${listEn}`,
      cy: `Mae ${definition.caseNoun.cy.toLowerCase()} ${caseId} ar y cam "${stateWords.cy}", felly ni ellir cofnodi "${eventWords.cy}"; ${listCy}`,
    },
    path: ['type'],
    details: { caseId, machine: definition.name, state, event: eventType, allowedEvents: [...allowed] },
  });
}

/** `workflow.event-invalid`: the event failed its zod schema; the first problem is named with its field. */
export function eventInvalid(machine: string, issue: { path: PropertyKey[]; message: string } | undefined): CynnigError {
  const path = (issue?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
  const field = path.length === 0 ? '' : ` (${path.join('.')})`;
  return new CynnigError({
    code: 'workflow.event-invalid',
    message: {
      en: `${issue?.message ?? 'The details of this step are not valid'}${field}`,
      cy: `Nid yw manylion y cam hwn yn ddilys${field}: gwiriwch nhw a rhowch gynnig arall arni`,
    },
    path,
    details: { machine },
  });
}

/** `workflow.snapshot-mismatch`: a stored snapshot handed to the wrong machine or naming an unknown state. */
export function snapshotMismatch(machine: string, stored: { machine: string; value: string }): CynnigError {
  return new CynnigError({
    code: 'workflow.snapshot-mismatch',
    message: {
      en: `The stored case (${stored.machine}, "${stored.value}") does not belong to the ${machine} workflow`,
      cy: `Nid yw'r achos sydd wedi'i gadw (${stored.machine}, "${stored.value}") yn perthyn i lif gwaith ${machine}`,
    },
    details: { machine, storedMachine: stored.machine, storedState: stored.value },
  });
}
