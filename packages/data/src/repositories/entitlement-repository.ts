// Entitlement bases: why a child is entitled to advocacy, each with its own start and end.
import { randomUUID } from 'node:crypto';
import { entitlementSchema, type Entitlement, type EntitlementEndReason } from '@cynnig/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Database, EntitlementsTable } from '../database/schema.js';
import type { Scope } from '../scope.js';
import { childIsInScope, seesChildFacts } from './child-facts-scope.js';
import { notFound } from './not-found.js';

export function entitlementFromRow(row: Selectable<EntitlementsTable>): Entitlement {
  return { id: row.id, childId: row.child_id, basis: row.basis as Entitlement['basis'], start: row.start_on, end: row.end_on, endReason: row.end_reason as EntitlementEndReason | null };
}

export function entitlementColumns(entitlement: Entitlement) {
  return { id: entitlement.id, child_id: entitlement.childId, basis: entitlement.basis, start_on: entitlement.start, end_on: entitlement.end, end_reason: entitlement.endReason };
}

export async function addEntitlement(db: Kysely<Database>, input: Omit<Entitlement, 'id'> & { id?: string }): Promise<Entitlement> {
  const entitlement = entitlementSchema.parse({ ...input, id: input.id ?? randomUUID() });
  await db.insertInto('entitlements').values(entitlementColumns(entitlement)).execute();
  return entitlement;
}

export async function endEntitlement(db: Kysely<Database>, id: string, end: string, endReason: EntitlementEndReason): Promise<Entitlement> {
  const row = await db.selectFrom('entitlements').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('entitlement', id);
  const ended = entitlementSchema.parse({ ...entitlementFromRow(row), end, endReason });
  await db.updateTable('entitlements').set({ end_on: end, end_reason: endReason }).where('id', '=', id).execute();
  return ended;
}

export async function listEntitlements(db: Kysely<Database>, scope: Scope, childId: string): Promise<Entitlement[]> {
  if (!seesChildFacts(scope) || !(await childIsInScope(db, scope, childId))) return [];
  const rows = await db.selectFrom('entitlements').selectAll().where('child_id', '=', childId).orderBy('start_on').orderBy('id').execute();
  return rows.map(entitlementFromRow);
}
