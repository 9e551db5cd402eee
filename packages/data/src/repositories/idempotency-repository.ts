// Idempotency keys: a retried request (a double click, a dropped connection) gets the first
// answer again instead of recording the same event twice.
import type { Kysely } from 'kysely';
import { fromJsonText, nowTimestamp, toJsonText } from '../database/column-values.js';
import type { Database } from '../database/schema.js';

export interface IdempotencyRecord {
  key: string;
  userId: string;
  /** e.g. 'POST /api/children/…/active-offer/events'. */
  methodPath: string;
  /** A hash of the request body: the same key with a different body is a client error. */
  requestHash: string;
  status: number;
  response: unknown;
  createdAt: string;
}

export async function findIdempotencyKey(db: Kysely<Database>, userId: string, key: string): Promise<IdempotencyRecord | undefined> {
  const row = await db.selectFrom('idempotency_keys').selectAll().where('user_id', '=', userId).where('key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  return {
    key: row.key,
    userId: row.user_id,
    methodPath: row.method_path,
    requestHash: row.request_hash,
    status: Number(row.status),
    response: fromJsonText(row.response, null),
    createdAt: row.created_at,
  };
}

/** Stores the first answer for a key; returns false when the key was already stored. */
export async function storeIdempotencyKey(db: Kysely<Database>, record: Omit<IdempotencyRecord, 'createdAt'> & { createdAt?: string }): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_keys')
    .values({
      key: record.key,
      user_id: record.userId,
      method_path: record.methodPath,
      request_hash: record.requestHash,
      status: record.status,
      response: toJsonText(record.response),
      created_at: record.createdAt ?? nowTimestamp(),
    })
    .onConflict((oc) => oc.columns(['user_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteIdempotencyKeysBefore(db: Kysely<Database>, before: string): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
