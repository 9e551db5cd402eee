// Children: create, update with optimistic concurrency, find and search within a scope.
// Every read filters by scope in SQL; a child outside the scope is simply not found.
import { randomBytes, randomUUID } from 'node:crypto';
import { childSchema, type Child, type LegalStatus } from '@cynnig/domain';
import { sql, type ExpressionBuilder, type Kysely, type Selectable } from 'kysely';
import { childInScope } from '../database/child-scope-filter.js';
import { fromJsonText, nowTimestamp, toJsonText } from '../database/column-values.js';
import type { ChildrenTable, Database } from '../database/schema.js';
import { transaction } from '../database/transaction.js';
import { assertChildScope, type Scope } from '../scope.js';
import { notFound, staleVersion } from './not-found.js';

/** A child as stored: the domain's Child plus what the database keeps about the row. */
export interface StoredChild {
  child: Child;
  pseudonym: string;
  version: number;
  nextDueOn: string | null;
  createdAt: string;
  updatedAt: string;
}

export function childFromRow(row: Selectable<ChildrenTable>): Child {
  return {
    id: row.id,
    authorityCode: row.authority_code,
    caseReference: row.case_reference,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    legalStatus: row.legal_status as Child['legalStatus'],
    preferredLanguage: row.preferred_language as Child['preferredLanguage'],
    firstLanguage: row.first_language as Child['firstLanguage'],
    otherLanguageName: row.other_language_name,
    communicationNeeds: fromJsonText(row.communication_needs, []),
    disability: row.disability as Child['disability'],
    asylumStatus: row.asylum_status as Child['asylumStatus'],
  };
}

export function storedChildFromRow(row: Selectable<ChildrenTable>): StoredChild {
  return { child: childFromRow(row), pseudonym: row.pseudonym, version: row.version, nextDueOn: row.next_due_on, createdAt: row.created_at, updatedAt: row.updated_at };
}

/** The columns a child's own fields are written to. */
export function childColumns(child: Child) {
  return {
    authority_code: child.authorityCode,
    case_reference: child.caseReference,
    given_name: child.givenName,
    family_name: child.familyName,
    date_of_birth: child.dateOfBirth,
    legal_status: child.legalStatus,
    preferred_language: child.preferredLanguage,
    first_language: child.firstLanguage,
    other_language_name: child.otherLanguageName,
    communication_needs: toJsonText(child.communicationNeeds),
    disability: child.disability,
    asylum_status: child.asylumStatus,
  };
}

/** A pseudonym that carries nothing about the child: 'CY-' and twelve random letters and digits. */
export function newPseudonym(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return `CY-${[...randomBytes(12)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
}

export type NewChild = Omit<Child, 'id'> & { id?: string };

export async function createChild(
  db: Kysely<Database>,
  input: NewChild,
  { now = nowTimestamp(), pseudonym = newPseudonym() }: { now?: string; pseudonym?: string } = {},
): Promise<StoredChild> {
  const child = childSchema.parse({ ...input, id: input.id ?? randomUUID() });
  const row = { id: child.id, ...childColumns(child), pseudonym, next_due_on: null, version: 1, created_at: now, updated_at: now };
  await db.insertInto('children').values(row).execute();
  return storedChildFromRow(row);
}

export async function findChild(db: Kysely<Database>, scope: Scope, childId: string): Promise<StoredChild | undefined> {
  assertChildScope(scope);
  const row = await db
    .selectFrom('children')
    .selectAll()
    .where('children.id', '=', childId)
    .where((eb) => childInScope(eb, scope))
    .executeTakeFirst();
  return row ? storedChildFromRow(row) : undefined;
}

export async function getChild(db: Kysely<Database>, scope: Scope, childId: string): Promise<StoredChild> {
  const found = await findChild(db, scope, childId);
  if (!found) throw notFound('child', childId);
  return found;
}

/** What may change about a child; the id and authority never do (a move is a new record there). */
export type ChildChanges = Partial<Omit<Child, 'id' | 'authorityCode'>>;

/**
 * Changes a child's details if nobody else has since `expectedVersion`. A stale version throws
 * 'conflict.stale-version' (with the current version in details) and changes nothing.
 */
export async function updateChild(
  db: Kysely<Database>,
  scope: Scope,
  childId: string,
  changes: ChildChanges,
  expectedVersion: number,
  now = nowTimestamp(),
): Promise<StoredChild> {
  return transaction(db, async (trx) => {
    const current = await getChild(trx, scope, childId);
    const child = childSchema.parse({ ...current.child, ...changes, id: current.child.id, authorityCode: current.child.authorityCode });
    const result = await trx
      .updateTable('children')
      .set({ ...childColumns(child), version: expectedVersion + 1, updated_at: now })
      .where('id', '=', childId)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw staleVersion('child', current.version, expectedVersion);
    return { ...current, child, version: expectedVersion + 1, updatedAt: now };
  });
}

/** Sets when the sweep should next look at a child (null: nothing is coming up). */
export async function setNextDueOn(db: Kysely<Database>, childId: string, nextDueOn: string | null): Promise<void> {
  await db.updateTable('children').set({ next_due_on: nextDueOn }).where('id', '=', childId).execute();
}

export interface ChildSearch {
  /** Part of the child's name or case reference, any case. */
  text?: string;
  legalStatus?: LegalStatus;
  /** Only children with at least one due item. */
  hasDueItems?: boolean;
  /** Only children with a due item dated before `asOf`. */
  overdue?: boolean;
  /** Today's date for `overdue`; defaults to today in UTC. */
  asOf?: string;
  limit?: number;
  offset?: number;
}

export interface ChildPage {
  items: StoredChild[];
  total: number;
}

/**
 * Children in scope, by name, a page at a time. A provider searches only what it is shown: names,
 * not case references, and its own due items, not the authority's; the caller refuses a
 * provider's search by legal status.
 */
export async function searchChildren(db: Kysely<Database>, scope: Scope, search: ChildSearch = {}): Promise<ChildPage> {
  assertChildScope(scope);
  const provider = scope.kind === 'provider';
  const limit = Math.min(Math.max(search.limit ?? 50, 1), 500);
  const offset = Math.max(search.offset ?? 0, 0);
  const asOf = search.asOf ?? new Date().toISOString().slice(0, 10);
  let query = db.selectFrom('children').where((eb) => childInScope(eb, scope));
  const text = search.text?.trim().toLowerCase().replace(/[%_\\]/g, '');
  if (text) {
    const pattern = `%${text}%`;
    query = query.where((eb) => {
      const byName = eb(sql<string>`lower(${sql.ref('children.given_name')} || ' ' || ${sql.ref('children.family_name')})`, 'like', pattern);
      return provider ? byName : eb.or([byName, eb(eb.fn('lower', ['children.case_reference']), 'like', pattern)]);
    });
  }
  if (search.legalStatus) query = query.where('children.legal_status', '=', search.legalStatus);
  const dueItemsSeen = (eb: ExpressionBuilder<Database, 'children'>) => {
    const items = eb.selectFrom('due_items').select('due_items.id').whereRef('due_items.child_id', '=', 'children.id');
    return provider ? items.where('due_items.for_provider', '=', 1) : items;
  };
  if (search.hasDueItems) query = query.where((eb) => eb.exists(dueItemsSeen(eb)));
  if (search.overdue) query = query.where((eb) => eb.exists(dueItemsSeen(eb).where('due_items.due_on', '<', asOf)));
  const [rows, count] = await Promise.all([
    query.selectAll('children').orderBy('children.family_name').orderBy('children.given_name').orderBy('children.id').limit(limit).offset(offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(storedChildFromRow), total: Number(count.total) };
}

/** Children whose next due date has come: the time-based sweep's work list, in id order. */
export async function childIdsDueBy(db: Kysely<Database>, onDate: string, { limit = 1000, afterId }: { limit?: number; afterId?: string } = {}): Promise<string[]> {
  let query = db.selectFrom('children').select('id').where('next_due_on', '<=', onDate);
  if (afterId) query = query.where('id', '>', afterId);
  return (await query.orderBy('id').limit(limit).execute()).map((row) => row.id);
}

/** Looks a child up by the authority's own case reference (for imports). */
export async function findChildByCaseReference(db: Kysely<Database>, authorityCode: string, caseReference: string): Promise<StoredChild | undefined> {
  const row = await db.selectFrom('children').selectAll().where('authority_code', '=', authorityCode).where('case_reference', '=', caseReference).executeTakeFirst();
  return row ? storedChildFromRow(row) : undefined;
}
