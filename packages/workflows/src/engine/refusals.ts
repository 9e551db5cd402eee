// The errors the engine answers with when a step cannot be taken. They name the case, the
// state it is in and what can be recorded instead, in words, in English and Welsh.
import { CynnigError, type Bilingual } from '@cynnig/domain';
import type { WorkflowDefinition } from './workflow-definition.js';

/** The events that can be recorded now, in words, ending the sentence a refusal starts. */
function allowedInWords(definition: WorkflowDefinition<any, any, any>, allowed: readonly string[]): Bilingual {
  const words = allowed.map((type) => definition.eventLabels[type] ?? { en: type, cy: type });
  if (words.length === 0) return { en: 'nothing more can be recorded for this case.', cy: 'ni ellir cofnodi dim byd arall ar gyfer yr achos hwn.' };
  return { en: `what can be recorded now: ${words.map((w) => w.en).join('; ')}.`, cy: `yr hyn y gellir ei gofnodi nawr: ${words.map((w) => w.cy).join('; ')}.` };
}

/** `workflow.event-not-allowed`: the event does not fit the state the case is in. */
export function eventNotAllowed(definition: WorkflowDefinition<any, any, any>, caseId: string, state: string, eventType: string, allowed: readonly string[]): CynnigError {
  const stateWords = definition.stateLabels[state] ?? { en: state, cy: state };
  const eventWords = definition.eventLabels[eventType] ?? { en: eventType, cy: eventType };
  const list = allowedInWords(definition, allowed);
  return new CynnigError({
    code: 'workflow.event-not-allowed',
    message: {
      en: `${definition.caseNoun.en} ${caseId} is at "${stateWords.en}", so "${eventWords.en}" cannot be recorded; ${list.en}`,
      cy: `Mae ${definition.caseNoun.cy.toLowerCase()} ${caseId} ar y cam "${stateWords.cy}", felly ni ellir cofnodi "${eventWords.cy}"; ${list.cy}`,
    },
    path: ['type'],
    details: { caseId, machine: definition.name, state, event: eventType, allowedEvents: [...allowed] },
  });
}

/** What the event schemas say to users, in Welsh; any other problem is described from its zod issue code. */
const schemaMessagesInWelsh: Readonly<Record<string, string>> = {
  'Enter a real date in the form YYYY-MM-DD': 'Rhowch ddyddiad go iawn ar y ffurf BBBB-MM-DD',
  'Say why the child cannot give permission': 'Dywedwch pam na all y plentyn roi caniatâd',
  'Choose at least one format': 'Dewiswch o leiaf un fformat',
  'Say who reported the child missing': 'Dywedwch pwy a roddodd wybod bod y plentyn ar goll',
  'Enter the update': 'Rhowch y diweddariad',
  'Say where the child was found or returned to': 'Dywedwch ble y cafwyd hyd i\'r plentyn neu i ble y dychwelodd',
  'Record at least one attempt': 'Cofnodwch o leiaf un ymdrech',
  'Choose at least one action': 'Dewiswch o leiaf un cam gweithredu',
  'The return must be after the child went missing': 'Rhaid i\'r dychwelyd fod ar ôl i\'r plentyn fynd ar goll',
  'Say who the concern was escalated to': 'Dywedwch at bwy y cafodd y pryder ei uwchgyfeirio',
  'Enter the response': 'Rhowch yr ymateb',
};

/** The zod issue an invalid event failed on, as the engine reads it. */
export interface EventIssue {
  readonly code?: string;
  readonly path: PropertyKey[];
  readonly message: string;
  readonly values?: readonly unknown[];
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly origin?: string;
}

/** The value the event gave at a path, or undefined when it gave none. */
function valueAt(event: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<string | number, unknown>)[key] : undefined), event);
}

/** What is wrong with one field of an event, in English and Welsh. */
function problemInWords(issue: EventIssue | undefined, given: unknown): Bilingual {
  if (issue === undefined) return { en: 'the details are not valid', cy: 'nid yw\'r manylion yn ddilys' };
  const welsh = schemaMessagesInWelsh[issue.message];
  if (welsh !== undefined) return { en: issue.message, cy: welsh };
  if (issue.code === 'invalid_union') return { en: 'this is not a step of this case', cy: 'nid yw hwn yn gam yn yr achos hwn' };
  if (given === undefined) return { en: 'it is missing', cy: 'mae ar goll' };
  switch (issue.code) {
    case 'invalid_type':
      return { en: 'it is not the right kind of value', cy: 'nid yw\'n werth o\'r math cywir' };
    case 'invalid_value': {
      const options = (issue.values ?? []).map(String).join(', ');
      return { en: `choose one of: ${options}`, cy: `dewiswch un o: ${options}` };
    }
    case 'invalid_format':
      return { en: 'it is not in the right format', cy: 'nid yw yn y fformat cywir' };
    case 'too_small':
      return issue.origin === 'string' ? { en: 'it must not be empty', cy: 'ni all fod yn wag' } : { en: `it must be at least ${String(issue.minimum)}`, cy: `rhaid iddo fod o leiaf ${String(issue.minimum)}` };
    case 'too_big':
      return issue.origin === 'string' ? { en: `it must be ${String(issue.maximum)} characters or fewer`, cy: `rhaid iddo fod yn ${String(issue.maximum)} nod neu lai` } : { en: `it must be no more than ${String(issue.maximum)}`, cy: `rhaid iddo fod dim mwy na ${String(issue.maximum)}` };
    default:
      return { en: 'it is not valid', cy: 'nid yw\'n ddilys' };
  }
}

/**
 * `workflow.event-invalid`: the event failed its zod schema. The message names the case, the
 * state it is at and what can be recorded now, in words, and the field at fault with what is wrong
 * with it, in English and Welsh; `path` names the field.
 */
export function eventInvalid(definition: WorkflowDefinition<any, any, any>, caseId: string, state: string, event: unknown, allowed: readonly string[], issue: EventIssue | undefined): CynnigError {
  const path = (issue?.path ?? []).filter((key): key is string | number => typeof key !== 'symbol');
  const type = typeof (event as { type?: unknown } | null)?.type === 'string' ? String((event as { type: string }).type) : null;
  const stateWords = definition.stateLabels[state] ?? { en: state, cy: state };
  const eventWords = type === null ? { en: 'this step', cy: 'y cam hwn' } : definition.eventLabels[type] ?? { en: type, cy: type };
  const field = path.length === 0 ? '' : `${path.join('.')}: `;
  const problem = problemInWords(issue, valueAt(event, path));
  const list = allowedInWords(definition, allowed);
  return new CynnigError({
    code: 'workflow.event-invalid',
    message: {
      en: `${definition.caseNoun.en} ${caseId} is at "${stateWords.en}", and the details given for "${eventWords.en}" are not valid (${field}${problem.en}); ${list.en}`,
      cy: `Mae ${definition.caseNoun.cy.toLowerCase()} ${caseId} ar y cam "${stateWords.cy}", ac nid yw'r manylion a roddwyd ar gyfer "${eventWords.cy}" yn ddilys (${field}${problem.cy}); ${list.cy}`,
    },
    path,
    details: { caseId, machine: definition.name, state, event: type, allowedEvents: [...allowed] },
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
