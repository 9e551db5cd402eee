// Rebuilds a case from its append-only event log. The data layer uses it to prove (and, after
// a repair, to restore) that the stored snapshot is exactly what the log says.
import { CynnigError } from '@cynnig/domain';
import { applyEvent, type WorkflowResult } from './apply-event.js';
import type { InputOf, MachineName, StoredSnapshot } from './stored-snapshot.js';
import { workflows } from './workflow-registry.js';

/**
 * Applies `events` in order from an empty case. Returns the result of the last event (its
 * snapshot equals the stored one when the log is complete), or the first refusal, with the
 * position of the event that was refused in `details.eventIndex`.
 */
export function replay<M extends MachineName>(machine: M, events: readonly unknown[], input: InputOf<M>): WorkflowResult<M> {
  const definition = workflows[machine];
  const replayInput = definition.inputForReplay ? (definition.inputForReplay(input, events as never) as InputOf<M>) : input;
  let stored: StoredSnapshot<M> | null = null;
  let last: WorkflowResult<M> | null = null;
  for (const [index, event] of events.entries()) {
    const result: WorkflowResult<M> = applyEvent(machine, stored, event, replayInput);
    if (!result.ok) {
      const value = result.error.toValue();
      return { ok: false, error: new CynnigError({ ...value, details: { ...value.details, eventIndex: index } }) };
    }
    stored = result.snapshot;
    last = result;
  }
  if (last === null) {
    return { ok: false, error: new CynnigError({ code: 'workflow.no-events', message: { en: 'There are no events to replay', cy: 'Nid oes digwyddiadau i\'w hailchwarae' } }) };
  }
  return last;
}
