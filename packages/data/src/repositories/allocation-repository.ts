// Allocations: which social worker and which IRO a child has, and since when. Changes are
// new rows (the old one ended), so "how many social workers has this child had" is a count.
import { randomUUID } from 'node:crypto';
import { allocationSchema, type Allocation } from '@cynnig/domain';
import type { Kysely, Selectable } from 'kysely';
import type { AllocationsTable, Database } from '../database/schema.js';
import { transaction } from '../database/transaction.js';
import type { Scope } from '../scope.js';
import { childIsInScope, seesChildFacts } from './child-facts-scope.js';
import { notFound } from './not-found.js';

export function allocationFromRow(row: Selectable<AllocationsTable>): Allocation {
  return { id: row.id, childId: row.child_id, role: row.role as Allocation['role'], userId: row.user_id, start: row.start_on, end: row.end_on };
}

export function allocationColumns(allocation: Allocation) {
  return { id: allocation.id, child_id: allocation.childId, role: allocation.role, user_id: allocation.userId, start_on: allocation.start, end_on: allocation.end };
}

export async function addAllocation(db: Kysely<Database>, input: Omit<Allocation, 'id'> & { id?: string }): Promise<Allocation> {
  const allocation = allocationSchema.parse({ ...input, id: input.id ?? randomUUID() });
  await db.insertInto('allocations').values(allocationColumns(allocation)).execute();
  return allocation;
}

export async function endAllocation(db: Kysely<Database>, id: string, end: string): Promise<Allocation> {
  const row = await db.selectFrom('allocations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('allocation', id);
  const ended = allocationSchema.parse({ ...allocationFromRow(row), end });
  await db.updateTable('allocations').set({ end_on: end }).where('id', '=', id).execute();
  return ended;
}

/** Ends the child's current allocation in that role (if any) on the new one's start date and starts the new one. */
export async function reallocate(db: Kysely<Database>, input: { childId: string; role: Allocation['role']; userId: string; start: string }): Promise<Allocation> {
  return transaction(db, async (trx) => {
    const open = await trx.selectFrom('allocations').selectAll().where('child_id', '=', input.childId).where('role', '=', input.role).where('end_on', 'is', null).execute();
    for (const row of open) await trx.updateTable('allocations').set({ end_on: row.start_on > input.start ? row.start_on : input.start }).where('id', '=', row.id).execute();
    return addAllocation(trx, { ...input, end: null });
  });
}

export async function listAllocations(db: Kysely<Database>, scope: Scope, childId: string): Promise<Allocation[]> {
  if (!seesChildFacts(scope) || !(await childIsInScope(db, scope, childId))) return [];
  const rows = await db.selectFrom('allocations').selectAll().where('child_id', '=', childId).orderBy('start_on').orderBy('id').execute();
  return rows.map(allocationFromRow);
}
