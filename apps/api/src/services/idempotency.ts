// Safe retries for creating requests. A request with an Idempotency-Key header runs in one
// transaction with the storing of its answer; the same key and body again replays that answer
// without writing anything, and the same key with a different body is refused (422). Two copies
// sent at once are saved once: the second gets the first's answer.
import { createHash } from 'node:crypto';
import { findIdempotencyKey, storeIdempotencyKey, transaction, type Database } from '@cynnig/data';
import type { Kysely } from 'kysely';
import { ProblemError } from '../problems/problem-error.js';

export interface IdempotentRequest {
  /** The Idempotency-Key header, if sent. */
  readonly key: string | undefined;
  readonly userId: string;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

export interface StoredAnswer<T> {
  readonly status: number;
  readonly body: T;
  /** True when this is the answer stored from an earlier request with the same key. */
  readonly replayed: boolean;
}

const keyPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/** Raised inside the transaction when another request with the same key committed first. */
class KeyTakenMeanwhile extends Error {}

function hashOf(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(`${method} ${path}\n${JSON.stringify(body ?? null)}`).digest('hex');
}

function replay<T>(request: IdempotentRequest, stored: { methodPath: string; requestHash: string; status: number; response: unknown }): StoredAnswer<T> {
  if (stored.methodPath !== `${request.method} ${request.path}` || stored.requestHash !== hashOf(request.method, request.path, request.body)) {
    throw new ProblemError('idempotency-key-reused');
  }
  return { status: stored.status, body: stored.response as T, replayed: true };
}

/**
 * Runs `work` once per key: `work` receives the transaction to write in, and its answer is
 * stored in that same transaction, so a retry can never find the record without the answer.
 */
export async function oncePerKey<T>(db: Kysely<Database>, request: IdempotentRequest, status: number, work: (trx: Kysely<Database>) => Promise<T>): Promise<StoredAnswer<T>> {
  if (request.key === undefined) return { status, body: await work(db), replayed: false };
  if (!keyPattern.test(request.key)) {
    throw new ProblemError('validation-failed', {
      fields: [{ path: ['Idempotency-Key'], message: { en: 'Use up to 128 letters, digits, dots, colons, hyphens or underscores', cy: 'Defnyddiwch hyd at 128 o lythrennau, digidau, atalnodau llawn, colonau, cysylltnodau neu danlinellau' } }],
    });
  }
  const key = request.key;
  try {
    return await transaction(db, async (trx) => {
      const earlier = await findIdempotencyKey(trx, request.userId, key);
      if (earlier) return replay<T>(request, earlier);
      const body = await work(trx);
      const stored = await storeIdempotencyKey(trx, {
        key,
        userId: request.userId,
        methodPath: `${request.method} ${request.path}`,
        requestHash: hashOf(request.method, request.path, request.body),
        status,
        response: body,
      });
      if (!stored) throw new KeyTakenMeanwhile();
      return { status, body, replayed: false };
    });
  } catch (error) {
    // A copy of this request with the same key may have committed while this one ran (a retry
    // sent before the first answer arrived): whatever refused this copy (the key already stored,
    // a unique index, a version that moved on), the stored answer is its answer too.
    const winner = await findIdempotencyKey(db, request.userId, key).catch(() => undefined);
    if (!winner) throw error;
    return replay<T>(request, winner);
  }
}
