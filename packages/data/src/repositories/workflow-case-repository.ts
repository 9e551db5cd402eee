// The workflow case store shared by the three workflows (Active Offer, missing episode, IRO
// oversight): a current-state row holding the machine's snapshot and a version, plus an
// append-only event log. Saving names the version that was read; a stale one is refused.
import { randomUUID } from 'node:crypto';
import type { MissingEpisodeSummary } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { childInScope } from '../database/child-scope-filter.js';
import { fromFlag, fromJsonText, nowTimestamp, toFlag, toJsonText, toStoredTimestamp } from '../database/column-values.js';
import type { Database } from '../database/schema.js';
import { transaction } from '../database/transaction.js';
import { assertChildScope, type Scope } from '../scope.js';
import { notFound, staleVersion } from './not-found.js';

export type WorkflowKind = 'active-offer' | 'missing-episode' | 'oversight';

/** Any workflow event: the three event schemas in @cynnig/domain all have a `type`. */
export type WorkflowEvent = { type: string } & Record<string, unknown>;

const tables = {
  'active-offer': { cases: 'active_offer_cases', events: 'active_offer_events' },
  'missing-episode': { cases: 'missing_episodes', events: 'missing_episode_events' },
  oversight: { cases: 'oversight_cases', events: 'oversight_events' },
} as const satisfies Record<WorkflowKind, { cases: keyof Database; events: keyof Database }>;

/** Columns beside the snapshot that queues and scope read without opening it. */
export interface WorkflowCaseColumns {
  'active-offer': { providerId: string | null };
  'missing-episode': Omit<MissingEpisodeSummary, 'id' | 'childId'>;
  oversight: { ruleId: string | null; stage: string | null; respondBy: string | null };
}

export interface StoredCase<K extends WorkflowKind = WorkflowKind> {
  kind: K;
  id: string;
  childId: string;
  authorityCode: string;
  state: string;
  snapshot: unknown;
  machineVersion: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  columns: WorkflowCaseColumns[K];
}

export interface StoredCaseEvent<E = unknown> {
  caseId: string;
  sequence: number;
  type: string;
  event: E;
  recordedAt: string;
  recordedBy: string | null;
}

function columnsToRow(kind: WorkflowKind, columns: WorkflowCaseColumns[WorkflowKind]): Record<string, unknown> {
  if (kind === 'active-offer') return { provider_id: (columns as WorkflowCaseColumns['active-offer']).providerId };
  if (kind === 'oversight') {
    const c = columns as WorkflowCaseColumns['oversight'];
    return { rule_id: c.ruleId, stage: c.stage, respond_by: c.respondBy };
  }
  const c = columns as WorkflowCaseColumns['missing-episode'];
  return {
    kind: c.kind,
    risk_grade: c.riskGrade,
    started_at: toStoredTimestamp(c.startedAt),
    ended_at: c.endedAt === null ? null : toStoredTimestamp(c.endedAt),
    conversation_offered_at: c.conversationOfferedAt === null ? null : toStoredTimestamp(c.conversationOfferedAt),
    conversation_held_at: c.conversationHeldAt === null ? null : toStoredTimestamp(c.conversationHeldAt),
    conversation_declined: toFlag(c.conversationDeclined),
    exploitation_indicators: toJsonText(c.exploitationIndicators),
  };
}

function columnsFromRow<K extends WorkflowKind>(kind: K, row: Record<string, any>): WorkflowCaseColumns[K] {
  if (kind === 'active-offer') return { providerId: row.provider_id } as WorkflowCaseColumns[K];
  if (kind === 'oversight') return { ruleId: row.rule_id, stage: row.stage, respondBy: row.respond_by } as WorkflowCaseColumns[K];
  return {
    kind: row.kind,
    riskGrade: row.risk_grade,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    conversationOfferedAt: row.conversation_offered_at,
    conversationHeldAt: row.conversation_held_at,
    conversationDeclined: fromFlag(row.conversation_declined),
    exploitationIndicators: fromJsonText(row.exploitation_indicators, []),
  } as unknown as WorkflowCaseColumns[K];
}

function caseFromRow<K extends WorkflowKind>(kind: K, row: Record<string, any>): StoredCase<K> {
  return {
    kind,
    id: row.id,
    childId: row.child_id,
    authorityCode: row.authority_code,
    state: row.state,
    snapshot: fromJsonText(row.snapshot, null),
    machineVersion: row.machine_version,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    columns: columnsFromRow(kind, row),
  };
}

export interface NewCase<K extends WorkflowKind, E extends WorkflowEvent = WorkflowEvent> {
  id?: string;
  childId: string;
  authorityCode: string;
  state: string;
  snapshot: unknown;
  machineVersion: string;
  columns: WorkflowCaseColumns[K];
  /** The event that opened the case; stored as sequence 1. */
  firstEvent: E;
  recordedAt?: string;
  recordedBy?: string | null;
}

/** Opens a case with its first event, in one transaction. */
export async function createCase<K extends WorkflowKind>(db: Kysely<Database>, kind: K, input: NewCase<K>): Promise<StoredCase<K>> {
  const id = input.id ?? randomUUID();
  const now = input.recordedAt ?? nowTimestamp();
  const row = {
    id,
    child_id: input.childId,
    authority_code: input.authorityCode,
    state: input.state,
    snapshot: toJsonText(input.snapshot),
    machine_version: input.machineVersion,
    version: 1,
    created_at: now,
    updated_at: now,
    ...columnsToRow(kind, input.columns),
  };
  await transaction(db, async (trx) => {
    const anyTrx = trx as unknown as Kysely<any>;
    await anyTrx.insertInto(tables[kind].cases).values(row).execute();
    await anyTrx
      .insertInto(tables[kind].events)
      .values({ case_id: id, sequence: 1, type: input.firstEvent.type, payload: toJsonText(input.firstEvent), recorded_at: now, recorded_by: input.recordedBy ?? null })
      .execute();
  });
  return caseFromRow(kind, { ...row, ...columnsToRow(kind, input.columns) });
}

/**
 * A case within scope, or undefined. Providers see Active Offer cases referred to them and
 * nothing else (not missing episodes, not IRO concerns).
 */
export async function findCase<K extends WorkflowKind>(db: Kysely<Database>, scope: Scope, kind: K, caseId: string): Promise<StoredCase<K> | undefined> {
  assertChildScope(scope);
  if (scope.kind === 'provider' && kind !== 'active-offer') return undefined;
  const table = tables[kind].cases;
  let query = (db as unknown as Kysely<any>)
    .selectFrom(`${table} as c`)
    .innerJoin('children', 'children.id', 'c.child_id')
    .selectAll('c')
    .where('c.id', '=', caseId)
    .where((eb: any) => childInScope(eb, scope));
  if (scope.kind === 'provider') query = query.where('c.provider_id', '=', scope.providerId);
  const row = await query.executeTakeFirst();
  return row ? caseFromRow(kind, row) : undefined;
}

export async function getCase<K extends WorkflowKind>(db: Kysely<Database>, scope: Scope, kind: K, caseId: string): Promise<StoredCase<K>> {
  const found = await findCase(db, scope, kind, caseId);
  if (!found) throw notFound('case', caseId);
  return found;
}

/** A child's cases of one kind within scope, oldest first. */
export async function listCasesOfChild<K extends WorkflowKind>(db: Kysely<Database>, scope: Scope, kind: K, childId: string): Promise<StoredCase<K>[]> {
  assertChildScope(scope);
  if (scope.kind === 'provider' && kind !== 'active-offer') return [];
  let query = (db as unknown as Kysely<any>)
    .selectFrom(`${tables[kind].cases} as c`)
    .innerJoin('children', 'children.id', 'c.child_id')
    .selectAll('c')
    .where('c.child_id', '=', childId)
    .where((eb: any) => childInScope(eb, scope));
  if (scope.kind === 'provider') query = query.where('c.provider_id', '=', scope.providerId);
  const rows = await query.orderBy('c.created_at').orderBy('c.id').execute();
  return rows.map((row: Record<string, unknown>) => caseFromRow(kind, row));
}

/** The child's one Active Offer case, if it has been opened. */
export async function findActiveOfferCaseOfChild(db: Kysely<Database>, scope: Scope, childId: string): Promise<StoredCase<'active-offer'> | undefined> {
  return (await listCasesOfChild(db, scope, 'active-offer', childId))[0];
}

export interface CaseUpdate<K extends WorkflowKind> {
  state: string;
  snapshot: unknown;
  machineVersion: string;
  /** The version the caller read; the save is refused if the case has moved on since. */
  expectedVersion: number;
  columns?: WorkflowCaseColumns[K];
  now?: string;
}

/**
 * Saves a new snapshot if the case is still at `expectedVersion`, and returns the new version.
 * A stale version throws 'conflict.stale-version' with the current version and changes nothing.
 */
export async function saveCase<K extends WorkflowKind>(db: Kysely<Database>, kind: K, caseId: string, update: CaseUpdate<K>): Promise<number> {
  const anyDb = db as unknown as Kysely<any>;
  const table = tables[kind].cases;
  const result = await anyDb
    .updateTable(table)
    .set({
      state: update.state,
      snapshot: toJsonText(update.snapshot),
      machine_version: update.machineVersion,
      version: update.expectedVersion + 1,
      updated_at: update.now ?? nowTimestamp(),
      ...(update.columns ? columnsToRow(kind, update.columns) : {}),
    })
    .where('id', '=', caseId)
    .where('version', '=', update.expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return update.expectedVersion + 1;
  const current = await anyDb.selectFrom(table).select('version').where('id', '=', caseId).executeTakeFirst();
  if (!current) throw notFound('case', caseId);
  throw staleVersion('case', Number(current.version), update.expectedVersion);
}

/** Appends an event with the case's next sequence number and returns that number. */
export async function appendCaseEvent(
  db: Kysely<Database>,
  kind: WorkflowKind,
  caseId: string,
  event: WorkflowEvent,
  { recordedAt = nowTimestamp(), recordedBy = null }: { recordedAt?: string; recordedBy?: string | null } = {},
): Promise<number> {
  return transaction(db, async (trx) => {
    const anyTrx = trx as unknown as Kysely<any>;
    const table = tables[kind].events;
    const last: { last?: unknown } | undefined = await anyTrx.selectFrom(table).select((eb: any) => eb.fn.max('sequence').as('last')).where('case_id', '=', caseId).executeTakeFirst();
    const sequence = Number(last?.last ?? 0) + 1;
    await anyTrx.insertInto(table).values({ case_id: caseId, sequence, type: event.type, payload: toJsonText(event), recorded_at: recordedAt, recorded_by: recordedBy }).execute();
    return sequence;
  });
}

/**
 * One step of a workflow: the new snapshot (checked against `expectedVersion`) and the event
 * that produced it, together or not at all. Returns the new version and the event's sequence.
 * A case's version counts its events (opening a case stores event 1 at version 1, and each step
 * adds one to both), so the event is stored at the new version without looking the last
 * sequence up; a sequence already taken is refused by the log's primary key, never overwritten.
 */
export async function recordCaseEvent<K extends WorkflowKind>(
  db: Kysely<Database>,
  kind: K,
  caseId: string,
  event: WorkflowEvent,
  update: CaseUpdate<K> & { recordedBy?: string | null },
): Promise<{ version: number; sequence: number }> {
  return transaction(db, async (trx) => {
    const now = update.now ?? nowTimestamp();
    const version = await saveCase(trx, kind, caseId, { ...update, now });
    await (trx as unknown as Kysely<any>)
      .insertInto(tables[kind].events)
      .values({ case_id: caseId, sequence: version, type: event.type, payload: toJsonText(event), recorded_at: now, recorded_by: update.recordedBy ?? null })
      .execute();
    return { version, sequence: version };
  });
}

/** Every event of a case in order: what a replay starts from. */
export async function listCaseEvents<E = unknown>(db: Kysely<Database>, kind: WorkflowKind, caseId: string): Promise<StoredCaseEvent<E>[]> {
  const rows = await (db as unknown as Kysely<any>).selectFrom(tables[kind].events).selectAll().where('case_id', '=', caseId).orderBy('sequence').execute();
  return rows.map((row: any) => ({
    caseId: row.case_id,
    sequence: Number(row.sequence),
    type: row.type,
    event: fromJsonText<E>(row.payload, null as E),
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
  }));
}
