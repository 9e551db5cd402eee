// Bilingual words for every state and event of every machine, for the forms app's buttons,
// headings and history lists.
import type { Language } from '@cynnig/domain';
import type { EventTypeOf, MachineName, StateOf } from './engine/stored-snapshot.js';
import { workflows } from './engine/workflow-registry.js';

/** `stateLabel('active-offer', 'awaitingReoffer', 'cy')` is "yn aros i'r cynnig gael ei wneud eto". */
export function stateLabel<M extends MachineName>(machine: M, state: StateOf<M>, language: Language): string {
  const label = workflows[machine].stateLabels[state];
  if (label === undefined) throw new Error(`the ${machine} workflow has no state ${state}`);
  return label[language];
}

/** `eventLabel('missing-episode', 'RETURNED', 'en')` is "Found or returned". */
export function eventLabel<M extends MachineName>(machine: M, type: EventTypeOf<M>, language: Language): string {
  const label = workflows[machine].eventLabels[type];
  if (label === undefined) throw new Error(`the ${machine} workflow has no event ${type}`);
  return label[language];
}

/** The states of a machine, in pathway order (the first is the never-stored "not opened" state). */
export function statesOf<M extends MachineName>(machine: M): readonly StateOf<M>[] {
  return workflows[machine].states as readonly StateOf<M>[];
}

/** The event types of a machine, in the order its schema lists them. */
export function eventTypesOf<M extends MachineName>(machine: M): readonly EventTypeOf<M>[] {
  return workflows[machine].eventTypes as readonly EventTypeOf<M>[];
}
