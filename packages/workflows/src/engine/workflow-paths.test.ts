// Path-based tests: @xstate/graph walks every machine, and each path is replayed through the
// engine (as the API would apply it) to check that it reaches the same state with a case that
// means what the state says. Every state also refuses what it must refuse, in both languages.
import { getShortestPaths, getSimplePaths, type StatePath } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { transition, type AnyMachineSnapshot } from 'xstate';
import { machineModels, type MachineModel } from '../test-support/machine-models.js';
import { eventTypesOf, stateLabel, statesOf } from '../workflow-labels.js';
import { allowedEvents, applyEvent, openingEvents, type WorkflowResult } from './apply-event.js';
import type { MachineName, StoredSnapshot } from './stored-snapshot.js';

type Path = StatePath<AnyMachineSnapshot, { type: string }>;

function traversal(model: MachineModel) {
  return { input: model.input as never, events: model.events as never, serializeState: model.serializeState as never };
}

/** The events a path takes, without the machine's own start. */
function pathEvents(path: Path): { type: string }[] {
  return path.steps.map((step) => step.event).filter((event) => !event.type.startsWith('xstate.'));
}

/** Applies events through the engine, failing loudly at the first refusal. */
function throughEngine(model: MachineModel, events: readonly { type: string }[]): StoredSnapshot[] {
  const snapshots: StoredSnapshot[] = [];
  let stored: StoredSnapshot | null = null;
  for (const event of events) {
    const result: WorkflowResult = applyEvent(model.name, stored as never, event, model.input as never);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.error.message}`);
    stored = result.snapshot;
    snapshots.push(stored);
  }
  return snapshots;
}

/** The same events straight through the machine, to compare with what the engine stored. */
function throughMachine(model: MachineModel, path: Path): AnyMachineSnapshot {
  const start = path.steps[0]!.state;
  return pathEvents(path).reduce<AnyMachineSnapshot>((snapshot, event) => transition(model.machine as never, snapshot as never, event as never)[0] as AnyMachineSnapshot, start);
}

describe.each(machineModels.map((model) => [model.name, model] as const))('the %s machine', (name, model) => {
  const shortest = getShortestPaths(model.machine as never, traversal(model)) as unknown as Path[];
  const simple = getSimplePaths(model.machine as never, traversal(model)) as unknown as Path[];
  const storedStates = statesOf(name).filter((state) => state !== 'notOpened');

  it('reaches every one of its states', () => {
    const reached = new Set(shortest.map((path) => String(path.state.value)));
    expect([...reached].sort()).toEqual([...statesOf(name)].sort());
  });

  it.each(simple.filter((path) => pathEvents(path).length > 0).map((path) => [pathEvents(path).map((e) => e.type).join(' > '), path] as const))(
    'applies %s through the engine and ends where the machine does',
    (_description, path) => {
      const snapshots = throughEngine(model, pathEvents(path));
      const final = snapshots[snapshots.length - 1]!;
      const expected = throughMachine(model, path);
      expect(final.value).toBe(String(path.state.value));
      expect(final.context).toEqual(expected.context);
      expect(model.meaning[final.value]!(final.context)).toBe(true);
    },
  );

  /** The first snapshot the engine stores for each state, reached by the shortest path. */
  const firstInState = new Map<string, StoredSnapshot>();
  for (const path of shortest) {
    const events = pathEvents(path);
    if (events.length === 0) continue;
    const snapshots = throughEngine(model, events);
    const final = snapshots[snapshots.length - 1]!;
    if (!firstInState.has(final.value)) firstInState.set(final.value, final);
  }
  const samples = (stored: StoredSnapshot) =>
    model.events(model.machine.resolveState({ value: stored.value, context: stored.context } as never) as AnyMachineSnapshot);

  it.each(storedStates)('refuses, in %s, every event it does not allow, naming the case, the state and what is allowed', (state) => {
    const stored = firstInState.get(state)!;
    const allowed: string[] = allowedEvents(stored as never);
    const refusable = eventTypesOf(name).filter((type) => !allowed.includes(type));
    expect(refusable.length).toBeGreaterThan(0);
    for (const type of refusable) {
      const event = samples(stored).find((sample) => sample.type === type)!;
      const result = applyEvent(name, stored as never, event, model.input as never);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('workflow.event-not-allowed');
      expect(result.error.details).toMatchObject({ state, event: type, allowedEvents: allowed, machine: name });
      expect(result.error.bilingual.en).toContain(stateLabel(name, state as never, 'en'));
      expect(result.error.bilingual.cy).toContain(stateLabel(name, state as never, 'cy'));
      expect(result.error.bilingual.en).toContain(String(result.error.details?.caseId));
    }
  });

  it('refuses to open a case with anything but its opening event', () => {
    const opening: string[] = openingEvents(name);
    const start = shortest[0]!.state;
    for (const event of model.events(start).filter((sample) => !opening.includes(sample.type))) {
      const result = applyEvent(name, null, event, model.input as never);
      expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.event-not-allowed');
    }
  });

  it.each(storedStates)('continues identically from %s after a JSON round trip of the stored snapshot', (state) => {
    const stored = firstInState.get(state)!;
    const restored = JSON.parse(JSON.stringify(stored)) as StoredSnapshot<MachineName>;
    expect(allowedEvents(restored as never)).toEqual(allowedEvents(stored as never));
    for (const event of samples(stored)) {
      const fromMemory = applyEvent(name, stored as never, event, model.input as never);
      const fromJson = applyEvent(name, restored as never, event, model.input as never);
      expect(fromJson.ok).toBe(fromMemory.ok);
      if (fromMemory.ok && fromJson.ok) {
        expect(fromJson.snapshot).toEqual(fromMemory.snapshot);
        expect(fromJson.effects).toEqual(fromMemory.effects);
      } else if (!fromMemory.ok && !fromJson.ok) {
        expect(fromJson.error.toValue()).toEqual(fromMemory.error.toValue());
      }
    }
  });
});
