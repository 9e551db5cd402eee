// Due items: what the rules say needs doing for each child. They are replaced as a whole for
// a child whenever its rules run, and every queue is a plain indexed query over them.
import type { DueItem } from '@cynnig/domain';
import type { Insertable, Kysely, Selectable, SelectQueryBuilder } from 'kysely';
import { childInScope } from '../database/child-scope-filter.js';
import { fromJsonText, nowTimestamp, toFlag, toJsonText } from '../database/column-values.js';
import type { Database, DueItemsTable } from '../database/schema.js';
import { engineOf } from '../database/engine.js';
import { transaction } from '../database/transaction.js';
import { dueItemChanges } from './due-item-changes.js';
import { assertChildScope, type Scope } from '../scope.js';
import { notFound } from './not-found.js';

export function dueItemFromRow(row: Selectable<DueItemsTable>): DueItem {
  return {
    childId: row.child_id,
    ruleId: row.rule_id,
    ruleVersion: Number(row.rule_version),
    kind: row.kind,
    audience: fromJsonText(row.audience, []),
    dueOn: row.due_on,
    severity: row.severity as DueItem['severity'],
    reason: { en: row.reason_en, cy: row.reason_cy },
    facts: fromJsonText(row.facts, {}),
    caseId: row.case_id,
  };
}

function dueItemColumns(item: DueItem, authorityCode: string, now: string) {
  return {
    child_id: item.childId,
    authority_code: authorityCode,
    rule_id: item.ruleId,
    rule_version: item.ruleVersion,
    kind: item.kind,
    audience: toJsonText(item.audience),
    for_social_worker: toFlag(item.audience.includes('social-worker')),
    for_iro: toFlag(item.audience.includes('iro')),
    for_provider: toFlag(item.audience.includes('provider')),
    for_team_manager: toFlag(item.audience.includes('team-manager')),
    due_on: item.dueOn,
    severity: item.severity,
    reason_en: item.reason.en,
    reason_cy: item.reason.cy,
    facts: toJsonText(item.facts),
    case_id: item.caseId,
    created_at: now,
  };
}

/** What the due items of a child are written against: its authority and stored next due date. */
interface ChildDueContext {
  readonly authorityCode: string;
  readonly nextDueOn: string | null;
}

function earliestDueOn(items: readonly DueItem[]): string | null {
  return items.reduce<string | null>((min, item) => (min === null || item.dueOn < min ? item.dueOn : min), null);
}

/**
 * Reads the children a replacement is about to write for. On PostgreSQL their rows are locked
 * until the transaction ends, so two replacements for one child (a step and a sweep) take turns
 * and each works out its difference from what the other left; SQLite's write lock already
 * makes every writing transaction take its turn.
 */
async function childrenToReplace(trx: Kysely<Database>, ids: readonly string[]): Promise<Map<string, ChildDueContext>> {
  let query = trx.selectFrom('children').select(['id', 'authority_code', 'next_due_on']).where('id', 'in', [...ids]).orderBy('id');
  if (engineOf(trx) === 'postgres') query = query.forUpdate();
  const rows = await query.execute();
  return new Map(rows.map((row) => [row.id, { authorityCode: row.authority_code, nextDueOn: row.next_due_on }]));
}

/**
 * Replaces all of a child's due items, atomically: readers see the old set or the new one,
 * never a mixture. Also sets the child's next due date for the sweep (the earliest item's
 * date unless `nextDueOn` is given). Only the difference is written: items that come out the
 * same keep their rows, and an unchanged next due date is not written again.
 */
export async function replaceDueItemsForChild(
  db: Kysely<Database>,
  childId: string,
  items: readonly DueItem[],
  { now = nowTimestamp(), nextDueOn }: { now?: string; nextDueOn?: string | null } = {},
): Promise<void> {
  await transaction(db, async (trx) => {
    const known = (await childrenToReplace(trx, [childId])).get(childId);
    if (!known) throw notFound('child', childId);
    const stored = await trx.selectFrom('due_items').selectAll().where('child_id', '=', childId).execute();
    const { removedIds, added } = dueItemChanges(stored, items.map((item) => dueItemColumns({ ...item, childId }, known.authorityCode, now)));
    if (removedIds.length > 0) await trx.deleteFrom('due_items').where('id', 'in', removedIds).execute();
    if (added.length > 0) await trx.insertInto('due_items').values(added).execute();
    const next = nextDueOn === undefined ? earliestDueOn(items) : nextDueOn;
    if (next !== known.nextDueOn) await trx.updateTable('children').set({ next_due_on: next }).where('id', '=', childId).execute();
  });
}

/** One child's newly worked out due items, for `replaceDueItemsForChildren`. */
export interface ChildDueItems {
  readonly childId: string;
  readonly items: readonly DueItem[];
}

/** Rows per multi-row statement: 17 columns a due item keeps every engine's parameter limit far away. */
const ROWS_PER_INSERT = 400;
const IDS_PER_STATEMENT = 500;

function inChunks<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}

/**
 * Replaces the due items of many children in one transaction, as `replaceDueItemsForChild` does
 * for one: the sweep works out a batch of children in memory and stores them together, reading
 * the stored items a few hundred children at a time and writing only the difference in
 * multi-row statements, with one next-due-date update per distinct date that changed. Children
 * that no longer exist are skipped.
 */
export async function replaceDueItemsForChildren(db: Kysely<Database>, children: readonly ChildDueItems[], { now = nowTimestamp() }: { now?: string } = {}): Promise<void> {
  if (children.length === 0) return;
  await transaction(db, async (trx) => {
    const known = new Map<string, ChildDueContext>();
    const storedOf = new Map<string, Selectable<DueItemsTable>[]>();
    for (const ids of inChunks(children.map((child) => child.childId), IDS_PER_STATEMENT)) {
      for (const [id, child] of await childrenToReplace(trx, ids)) known.set(id, child);
      for (const row of await trx.selectFrom('due_items').selectAll().where('child_id', 'in', ids).execute()) {
        const rows = storedOf.get(row.child_id);
        if (rows) rows.push(row);
        else storedOf.set(row.child_id, [row]);
      }
    }
    const removedIds: Selectable<DueItemsTable>['id'][] = [];
    const added: Insertable<DueItemsTable>[] = [];
    const byNextDue = new Map<string | null, string[]>();
    for (const child of children) {
      const stored = known.get(child.childId);
      if (!stored) continue;
      const changes = dueItemChanges(storedOf.get(child.childId) ?? [], child.items.map((item) => dueItemColumns({ ...item, childId: child.childId }, stored.authorityCode, now)));
      removedIds.push(...changes.removedIds);
      added.push(...changes.added);
      const earliest = earliestDueOn(child.items);
      if (earliest === stored.nextDueOn) continue;
      const sameDate = byNextDue.get(earliest);
      if (sameDate) sameDate.push(child.childId);
      else byNextDue.set(earliest, [child.childId]);
    }
    for (const chunk of inChunks(removedIds, IDS_PER_STATEMENT)) await trx.deleteFrom('due_items').where('id', 'in', chunk).execute();
    for (const chunk of inChunks(added, ROWS_PER_INSERT)) await trx.insertInto('due_items').values(chunk).execute();
    for (const [nextDueOn, ids] of byNextDue) {
      for (const chunk of inChunks(ids, IDS_PER_STATEMENT)) await trx.updateTable('children').set({ next_due_on: nextDueOn }).where('id', 'in', chunk).execute();
    }
  });
}

export async function listDueItemsForChild(db: Kysely<Database>, scope: Scope, childId: string): Promise<DueItem[]> {
  assertChildScope(scope);
  let query = db
    .selectFrom('due_items')
    .innerJoin('children', 'children.id', 'due_items.child_id')
    .selectAll('due_items')
    .where('due_items.child_id', '=', childId)
    .where((eb) => childInScope(eb, scope));
  if (scope.kind === 'provider') query = query.where('due_items.for_provider', '=', 1);
  return (await query.orderBy('due_items.due_on').orderBy('due_items.id').execute()).map(dueItemFromRow);
}

/** A due item in a queue, with enough about the child to show the line. */
export interface QueueItem extends DueItem {
  childName: string;
  caseReference: string;
}

export interface QueuePage {
  items: QueueItem[];
  total: number;
}

export interface QueueOptions {
  /** Only items due on or before this date. */
  dueBy?: string;
  limit?: number;
  offset?: number;
}

type QueueQuery = SelectQueryBuilder<Database, 'due_items' | 'children', object>;

/**
 * Due items joined to their children, limited to the children the scope may open: a queue never
 * lists a child whose record the same person would be told does not exist. In an authority scope
 * the items are also narrowed by their own authority column, so the queue's index leads.
 */
function queueBase(db: Kysely<Database>, scope: Scope) {
  assertChildScope(scope);
  const query = db
    .selectFrom('due_items')
    .innerJoin('children', 'children.id', 'due_items.child_id')
    .where((eb) => childInScope(eb, scope));
  return scope.kind === 'authority' ? query.where('due_items.authority_code', '=', scope.authorityCode) : query;
}

async function page(query: QueueQuery, options: QueueOptions): Promise<QueuePage> {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 1000);
  const offset = Math.max(options.offset ?? 0, 0);
  const filtered = options.dueBy ? query.where('due_items.due_on', '<=', options.dueBy) : query;
  const [rows, count] = await Promise.all([
    filtered
      .selectAll('due_items')
      .select(['children.given_name', 'children.family_name', 'children.case_reference'])
      .orderBy('due_items.due_on')
      .orderBy('due_items.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({ ...dueItemFromRow(row), childName: `${row.given_name} ${row.family_name}`, caseReference: row.case_reference })),
    total: Number(count.total),
  };
}

/**
 * The IRO's queue: items addressed to the IRO on the children the scope reaches, oldest due
 * date first. An IRO's scope (`lookedAfterOnly`) leaves out care leavers and children who are
 * not looked after, exactly as opening their records does.
 */
export async function iroQueue(db: Kysely<Database>, scope: Scope, options: QueueOptions = {}): Promise<QueuePage> {
  return page(queueBase(db, scope).where('due_items.for_iro', '=', 1), options);
}

/** A team manager's view: items addressed to team managers on the children the scope reaches. */
export async function teamManagerQueue(db: Kysely<Database>, scope: Scope, options: QueueOptions = {}): Promise<QueuePage> {
  return page(queueBase(db, scope).where('due_items.for_team_manager', '=', 1), options);
}

/**
 * A social worker's caseload: items for social workers on the children currently allocated to
 * them, within their scope. The query is driven from the person's open allocations (a few dozen
 * rows on `allocations_by_user`), checked against the scope child by child, and reaches their
 * items through `due_items_by_child`, so its cost follows the size of the caseload, never the
 * number of items in the authority or the country. The scope is checked inside the allocation
 * subquery: with it on the outer join, SQLite started from every child of the authority instead.
 */
export async function socialWorkerCaseload(db: Kysely<Database>, scope: Scope, userId: string, options: QueueOptions = {}): Promise<QueuePage> {
  assertChildScope(scope);
  const allocatedInScope = db
    .selectFrom('allocations')
    .innerJoin('children', 'children.id', 'allocations.child_id')
    .select('allocations.child_id')
    .where('allocations.user_id', '=', userId)
    .where('allocations.end_on', 'is', null)
    .where('allocations.role', '=', 'social-worker')
    .where((eb) => childInScope(eb, scope));
  const query = db
    .selectFrom('due_items')
    .innerJoin('children', 'children.id', 'due_items.child_id')
    .where('due_items.child_id', 'in', allocatedInScope)
    .where('due_items.for_social_worker', '=', 1);
  return page(query, options);
}

/** States in which a referred Active Offer sits with the provider. */
export const providerInboxStates = ['awaitingProviderContact', 'awaitingOutcome', 'awaitingConfirmation'] as const;

export interface ProviderInboxItem {
  caseId: string;
  childId: string;
  authorityCode: string;
  state: string;
  caseVersion: number;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  preferredLanguage: string;
  communicationNeeds: string[];
  round: number | null;
  referredOn: string | null;
  trigger: string | null;
  /** The earliest provider due item on the child, if any. */
  dueOn: string | null;
}

/**
 * A provider's inbox: the cases referred to the scope's provider still waiting on contact,
 * outcome or confirmation. Any other scope sees the waiting referrals of the children it
 * reaches (the system scope: every provider's).
 */
export async function providerInbox(db: Kysely<Database>, scope: Scope, { limit = 100, offset = 0 }: { limit?: number; offset?: number } = {}): Promise<{ items: ProviderInboxItem[]; total: number }> {
  assertChildScope(scope);
  const waiting = db
    .selectFrom('active_offer_cases as c')
    .innerJoin('children', 'children.id', 'c.child_id')
    .where('c.state', 'in', [...providerInboxStates])
    .where((eb) => childInScope(eb, scope));
  const base = scope.kind === 'provider' ? waiting.where('c.provider_id', '=', scope.providerId) : waiting;
  const [rows, count] = await Promise.all([
    base
      .leftJoin('offer_rounds as r', (join) =>
        join.onRef('r.case_id', '=', 'c.id').on((eb) => eb('r.round', '=', eb.selectFrom('offer_rounds as latest').select((e) => e.fn.max('latest.round').as('m')).whereRef('latest.case_id', '=', 'c.id'))),
      )
      .select([
        'c.id as case_id',
        'c.child_id',
        'c.authority_code',
        'c.state',
        'c.version',
        'children.given_name',
        'children.family_name',
        'children.date_of_birth',
        'children.preferred_language',
        'children.communication_needs',
        'r.round',
        'r.referred_on',
        'r.trigger',
      ])
      .select((eb) =>
        eb
          .selectFrom('due_items')
          .select((e) => e.fn.min('due_items.due_on').as('d'))
          .whereRef('due_items.child_id', '=', 'c.child_id')
          .where('due_items.for_provider', '=', 1)
          .as('due_on'),
      )
      .orderBy('r.referred_on')
      .orderBy('c.id')
      .limit(Math.min(Math.max(limit, 1), 1000))
      .offset(Math.max(offset, 0))
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((row) => ({
      caseId: row.case_id,
      childId: row.child_id,
      authorityCode: row.authority_code,
      state: row.state,
      caseVersion: Number(row.version),
      givenName: row.given_name,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      preferredLanguage: row.preferred_language,
      communicationNeeds: fromJsonText(row.communication_needs, []),
      round: row.round === null ? null : Number(row.round),
      referredOn: row.referred_on,
      trigger: row.trigger,
      dueOn: (row.due_on as string | null) ?? null,
    })),
    total: Number(count.total),
  };
}
