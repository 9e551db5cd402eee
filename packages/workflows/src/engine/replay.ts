// Rebuilds a case from its append-only event log. The data layer uses it to prove (and, after
// a repair, to restore) that the stored snapshot is exactly what the log says.
import { CynnigError } from '@cynnig/domain';
import { initialTransition, type AnyMachineSnapshot } from 'xstate';
import { outcome, step, type WorkflowResult } from './apply-event.js';
import type { InputOf, MachineName } from './stored-snapshot.js';
import { workflows } from './workflow-registry.js';

/**
 * Applies `events` in order from an empty case. Returns the result of the last event (its
 * snapshot equals the stored one when the log is complete), or the first refusal, with the
 * position of the event that was refused in `details.eventIndex`.
 */
export function replay<M extends MachineName>(machine: M, events: readonly unknown[], input: InputOf<M>): WorkflowResult<M> {
  const definition = workflows[machine];
  const replayInput = definition.inputForReplay ? (definition.inputForReplay(input, events as never) as InputOf<M>) : input;
  if (events.length === 0) {
    return { ok: false, error: new CynnigError({ code: 'workflow.no-events', message: { en: 'There are no events to replay', cy: 'Nid oes digwyddiadau i\'w hailchwarae' } }) };
  }
  // Steps run on the live machine snapshot; only the last one is turned into a stored snapshot.
  let before: AnyMachineSnapshot | null = null;
  let current = initialTransition(definition.machine, replayInput as never)[0] as AnyMachineSnapshot;
  let lastActions: readonly { type: string; params?: unknown }[] = [];
  for (const [index, event] of events.entries()) {
    const stepped = step(definition, current, event, replayInput);
    if ('error' in stepped) {
      const value = stepped.error.toValue();
      return { ok: false, error: new CynnigError({ ...value, details: { ...value.details, eventIndex: index } }) };
    }
    before = index === 0 ? null : current;
    current = stepped.after;
    lastActions = stepped.actions;
  }
  return outcome<M>(definition, before, current, lastActions);
}
