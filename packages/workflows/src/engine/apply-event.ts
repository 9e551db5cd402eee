// The engine: applies one event to a stored snapshot and returns the next snapshot with the
// effects the service layer performs in the same transaction (rows to store, notifications,
// whether to run the child's rules again). Pure: no clock, no database, no side effects.
import { CynnigError, type ActiveOfferSummary, type MissingEpisodeSummary } from '@cynnig/domain';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import type { OversightSummary } from '../oversight/oversight-context.js';
import { notificationMessages, type NotifyParams, type WorkflowNotification } from '../workflow-notification.js';
import { eventInvalid, eventNotAllowed, snapshotMismatch, type EventIssue } from './refusals.js';
import { migrateSnapshot } from './snapshot-migrations.js';
import type { EventTypeOf, InputOf, MachineName, StoredSnapshot } from './stored-snapshot.js';
import type { WorkflowDefinition, WorkflowRows } from './workflow-definition.js';
import { workflows } from './workflow-registry.js';

export interface WorkflowEffects {
  /** Every round of the Active Offer case, to upsert by (caseId, round). Empty for other machines. */
  readonly activeOfferRounds: ActiveOfferSummary[];
  readonly missingEpisode: MissingEpisodeSummary | null;
  readonly oversightItem: OversightSummary | null;
  readonly notifications: WorkflowNotification[];
  /** True when the rows the rules read have changed, so the child's due items must be worked out again. */
  readonly reevaluateRules: boolean;
}

export type WorkflowResult<M extends MachineName = MachineName> =
  | { readonly ok: true; readonly snapshot: StoredSnapshot<M>; readonly effects: WorkflowEffects; readonly allowedEvents: EventTypeOf<M>[] }
  | { readonly ok: false; readonly error: CynnigError };

function definitionOf(machine: MachineName): WorkflowDefinition<any, any, any> {
  const definition = workflows[machine];
  if (definition === undefined) {
    throw new CynnigError({ code: 'workflow.unknown-machine', message: { en: `There is no workflow called ${String(machine)}`, cy: `Nid oes llif gwaith o'r enw ${String(machine)}` } });
  }
  return definition;
}

/** Restores the machine snapshot a stored snapshot describes, migrating older versions first. */
function restore(definition: WorkflowDefinition<any, any, any>, stored: StoredSnapshot): AnyMachineSnapshot {
  if (stored.machine !== definition.name) throw snapshotMismatch(definition.name, stored);
  const { value, context } = migrateSnapshot(stored.machine, stored);
  if (!definition.states.includes(value) || value === definition.notOpenedState) throw snapshotMismatch(definition.name, { machine: stored.machine, value });
  // No copy here: transitions never mutate a context, and toStored copies what it returns.
  return definition.machine.resolveState({ value, context: context as never });
}

/** The event types the snapshot's state accepts, given what its context allows (e.g. no decline for a non-instructed round). */
function acceptedEvents(definition: WorkflowDefinition<any, any, any>, snapshot: AnyMachineSnapshot): string[] {
  if (snapshot.status !== 'active') return [];
  return definition.eventTypes.filter((type) => snapshot.can({ type }));
}

function toStored<M extends MachineName>(definition: WorkflowDefinition<any, any, any>, snapshot: AnyMachineSnapshot): StoredSnapshot<M> {
  return {
    machine: definition.name as M,
    machineVersion: definition.version,
    value: snapshot.value as string,
    // A JSON copy: what the engine returns is exactly what the database will give back.
    context: JSON.parse(JSON.stringify(snapshot.context)),
  };
}

function rowsOf(definition: WorkflowDefinition<any, any, any>, snapshot: AnyMachineSnapshot): WorkflowRows {
  return definition.rows(snapshot.context, snapshot.value as string);
}

/**
 * Applies `event` (validated first with the machine's zod schema) to `stored`, or opens the case
 * when `stored` is null (the event must then be the case's first event: OFFER_DUE, REPORTED or
 * RAISED). `input` says who the case is about; for a missing episode it also carries the child's
 * date of birth and other episodes, which a new report is checked against.
 *
 * ```ts
 * const opened = applyEvent('active-offer', null, { type: 'OFFER_DUE', on: '2026-01-05', trigger: 'became-looked-after' }, { caseId, childId });
 * if (opened.ok) save(opened.snapshot, opened.effects.activeOfferRounds);
 * ```
 */
export function applyEvent<M extends MachineName>(machine: M, stored: StoredSnapshot<M> | null, event: unknown, input: InputOf<M>): WorkflowResult<M> {
  try {
    const definition = definitionOf(machine);
    const before = stored === null ? initialTransition(definition.machine, input as never)[0] : restore(definition, stored);
    const stepped = step(definition, before, event, input);
    if ('error' in stepped) return { ok: false, error: stepped.error };
    return outcome<M>(definition, stored === null ? null : before, stepped.after, stepped.actions);
  } catch (error) {
    if (error instanceof CynnigError) return { ok: false, error };
    throw error;
  }
}

type Stepped = { after: AnyMachineSnapshot; actions: readonly { type: string; params?: unknown }[] } | { error: CynnigError };

/** Validates one event and takes it from a live machine snapshot: the part applyEvent and replay share. */
export function step(definition: WorkflowDefinition<any, any, any>, before: AnyMachineSnapshot, event: unknown, input: unknown): Stepped {
  const state = before.value as string;
  const caseId = definition.caseIdOf(before.context);
  const parsed = definition.eventSchema.safeParse(event);
  if (!parsed.success) return { error: eventInvalid(definition, caseId, state, event, acceptedEvents(definition, before), parsed.error.issues[0] as EventIssue | undefined) };
  const validEvent = parsed.data as { type: string };
  if (before.status !== 'active' || !before.can(validEvent)) {
    return { error: eventNotAllowed(definition, caseId, state, validEvent.type, acceptedEvents(definition, before)) };
  }
  const problem = definition.eventProblem(before.context, state, validEvent, input);
  if (problem !== null) return { error: problem };
  const [after, actions] = transition(definition.machine, before, validEvent as never);
  return { after, actions: actions as readonly { type: string; params?: unknown }[] };
}

/** The stored snapshot and effects of a step; `before` is null when the step opened the case. */
export function outcome<M extends MachineName>(
  definition: WorkflowDefinition<any, any, any>,
  before: AnyMachineSnapshot | null,
  after: AnyMachineSnapshot,
  actions: readonly { type: string; params?: unknown }[],
): Extract<WorkflowResult<M>, { ok: true }> {
  const caseId = definition.caseIdOf(after.context);
  const rowsBefore = before === null ? null : JSON.stringify(rowsOf(definition, before));
  const rowsAfter = rowsOf(definition, after);
  const notifications = actions
    .filter((action) => action.type === 'notify')
    .map((action): WorkflowNotification => {
      const params = action.params as NotifyParams;
      return {
        kind: params.kind,
        caseId,
        audience: [...params.audience],
        recipient: params.recipient ?? null,
        dueOn: params.dueOn ?? null,
        message: notificationMessages[params.kind],
      };
    });
  return {
    ok: true,
    snapshot: toStored<M>(definition, after),
    effects: {
      activeOfferRounds: rowsAfter.activeOfferRounds ?? [],
      missingEpisode: rowsAfter.missingEpisode ?? null,
      oversightItem: rowsAfter.oversightItem ?? null,
      notifications,
      reevaluateRules: rowsBefore !== JSON.stringify(rowsAfter),
    },
    allowedEvents: acceptedEvents(definition, after) as EventTypeOf<M>[],
  };
}

/**
 * The events that can be recorded next on a stored case, in the order the pathway runs, so the
 * forms app offers only those actions. A closed case (entitlement ended, episode closed,
 * concern resolved) allows none.
 */
export function allowedEvents<M extends MachineName>(stored: StoredSnapshot<M>): EventTypeOf<M>[] {
  const definition = definitionOf(stored.machine);
  return acceptedEvents(definition, restore(definition, stored)) as EventTypeOf<M>[];
}

/** The event that opens a new case of this kind (OFFER_DUE, REPORTED, RAISED). */
export function openingEvents<M extends MachineName>(machine: M): EventTypeOf<M>[] {
  const definition = definitionOf(machine);
  const notOpened = definition.machine.resolveState({ value: definition.notOpenedState, context: {} as never });
  return definition.eventTypes.filter((type) => notOpened.can({ type })) as EventTypeOf<M>[];
}
