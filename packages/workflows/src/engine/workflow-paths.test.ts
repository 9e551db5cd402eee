// Path-based tests: @xstate/graph walks every machine, and each path is replayed through the
// engine (as the API would apply it) to check that it reaches the same state with a case that
// means what the state says. Every state also refuses what it must refuse, in both languages, and
// a case stored as JSON text in any state and read back continues exactly as if never stored.
import { getShortestPaths, getSimplePaths, type StatePath } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { transition, type AnyMachineSnapshot } from 'xstate';
import { machineModels, type MachineModel } from '../test-support/machine-models.js';
import { eventLabel, eventTypesOf, stateLabel, statesOf } from '../workflow-labels.js';
import { allowedEvents, applyEvent, openingEvents, type WorkflowResult } from './apply-event.js';
import type { StoredSnapshot } from './stored-snapshot.js';

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

/** Every result of applying events through the engine from `from`, failing loudly at the first refusal. */
function resultsThroughEngine(model: MachineModel, events: readonly { type: string }[], from: StoredSnapshot | null): Extract<WorkflowResult, { ok: true }>[] {
  const results: Extract<WorkflowResult, { ok: true }>[] = [];
  let stored = from;
  for (const event of events) {
    const result: WorkflowResult = applyEvent(model.name, stored as never, event, model.input as never);
    if (!result.ok) throw new Error(`${event.type} refused: ${result.error.message}`);
    results.push(result);
    stored = result.snapshot;
  }
  return results;
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

  it.each(storedStates)('refuses, in %s, an event with a broken field, naming the case, the state, the field and what is allowed, in English and Welsh', (state) => {
    const stored = firstInState.get(state)!;
    const allowed: string[] = allowedEvents(stored as never);
    const sample = samples(stored).find((event) => event.type === (allowed[0] ?? eventTypesOf(name)[0]))! as Record<string, unknown> & { type: string };
    const field = 'on' in sample ? 'on' : 'at';
    const result = applyEvent(name, stored as never, { ...sample, [field]: '2026-02-30' }, model.input as never);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('workflow.event-invalid');
    expect(result.error.path).toEqual([field]);
    expect(result.error.details).toMatchObject({ state, event: sample.type, allowedEvents: allowed, machine: name });
    const caseId = String(result.error.details?.caseId);
    for (const language of ['en', 'cy'] as const) {
      const message = result.error.bilingual[language];
      expect(message).toContain(caseId);
      expect(message).toContain(`"${stateLabel(name, state as never, language)}"`);
      expect(message).toContain(`${field}: `);
      for (const type of allowed) expect(message).toContain(eventLabel(name, type as never, language));
      if (allowed.length === 0) expect(message).toContain(language === 'en' ? 'nothing more can be recorded' : 'ni ellir cofnodi dim byd arall');
    }
    expect(result.error.bilingual.cy).toMatch(field === 'on' ? /on: Rhowch ddyddiad go iawn ar y ffurf BBBB-MM-DD/ : /at: nid yw yn y fformat cywir/);
  });

  it('refuses to open a case with anything but its opening event', () => {
    const opening: string[] = openingEvents(name);
    const start = shortest[0]!.state;
    for (const event of model.events(start).filter((sample) => !opening.includes(sample.type))) {
      const result = applyEvent(name, null, event, model.input as never);
      expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.event-not-allowed');
    }
  });

  /**
   * For every state the graph tells apart (a state and what its guards read), a simple path
   * through it and the point where it is first reached, keeping the longest rest of the path.
   */
  const cuts = new Map<string, { path: Path; events: { type: string }[]; cut: number }>();
  for (const path of simple) {
    const events = pathEvents(path);
    throughEngine(model, events).forEach((stored, index) => {
      const key = model.serializeState(model.machine.resolveState({ value: stored.value, context: stored.context } as never) as AnyMachineSnapshot);
      const known = cuts.get(key);
      if (known === undefined || events.length - (index + 1) > known.events.length - known.cut) cuts.set(key, { path, events, cut: index + 1 });
    });
  }

  it('stops a path in every one of its stored states', () => {
    expect(new Set([...cuts.keys()].map((key) => key.split('|')[0]))).toEqual(new Set(storedStates));
  });

  it.each([...cuts].map(([key, cut]) => [key, cut] as const))(
    'stored in %s as the database stores it (JSON text), read back and continued, ends as the same path run without stopping',
    (_key, { path, events, cut }) => {
      const straight = resultsThroughEngine(model, events, null);
      const head = resultsThroughEngine(model, events.slice(0, cut), null);
      const text = JSON.stringify(head[head.length - 1]!.snapshot);
      const restored = JSON.parse(text) as StoredSnapshot;
      const rest = resultsThroughEngine(model, events.slice(cut), restored);

      expect(allowedEvents(restored as never)).toEqual(straight[cut - 1]!.allowedEvents);
      rest.forEach((result, index) => {
        const same = straight[cut + index]!;
        expect(result.snapshot).toEqual(same.snapshot);
        expect(result.effects).toEqual(same.effects);
        expect(result.allowedEvents).toEqual(same.allowedEvents);
      });
      if (rest.length === 0) {
        // a closed case: whatever comes next is answered the same from the text as from the run
        for (const event of samples(restored)) {
          const fromText = applyEvent(name, restored as never, event, model.input as never);
          const fromRun = applyEvent(name, straight[cut - 1]!.snapshot as never, event, model.input as never);
          expect(fromText.ok ? fromText.snapshot : fromText.error.toValue()).toEqual(fromRun.ok ? fromRun.snapshot : fromRun.error.toValue());
        }
      }
      // and the machine itself, taking the whole path in memory with nothing stored, ends in the same place
      const machineEnd = throughMachine(model, path);
      const end = rest.length === 0 ? restored : rest[rest.length - 1]!.snapshot;
      expect({ value: end.value, context: end.context }).toEqual({ value: String(machineEnd.value), context: machineEnd.context });
    },
  );
});
