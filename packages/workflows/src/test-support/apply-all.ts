// Applies a list of events through the engine for a test, stopping with a readable failure
// at the first refusal, and returns every result so a test can look at any step.
import { applyEvent, type WorkflowResult } from '../engine/apply-event.js';
import type { InputOf, MachineName, StoredSnapshot } from '../engine/stored-snapshot.js';

export type Accepted<M extends MachineName> = Extract<WorkflowResult<M>, { ok: true }>;

export function applyAll<M extends MachineName>(machine: M, events: readonly unknown[], input: InputOf<M>, from: StoredSnapshot<M> | null = null): Accepted<M>[] {
  const results: Accepted<M>[] = [];
  let stored = from;
  for (const event of events) {
    const result = applyEvent(machine, stored, event, input);
    if (!result.ok) throw new Error(`${(event as { type: string }).type} was refused: ${result.error.code} ${result.error.message}`);
    results.push(result);
    stored = result.snapshot;
  }
  return results;
}

export function lastOf<M extends MachineName>(results: readonly Accepted<M>[]): Accepted<M> {
  const last = results[results.length - 1];
  if (last === undefined) throw new Error('no events were applied');
  return last;
}
