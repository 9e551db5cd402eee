// One transaction around a unit of work. On SQLite a writer that meets another writer gets
// SQLITE_BUSY after the busy timeout; the whole unit is retried a few times with a growing
// pause. On PostgreSQL a serialization failure or deadlock is retried the same way.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

const RETRYABLE = new Set(['SQLITE_BUSY', 'SQLITE_BUSY_SNAPSHOT', 'SQLITE_LOCKED', '40001', '40P01']);
const ATTEMPTS = 5;

function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && RETRYABLE.has(code);
}

/**
 * Runs `work` in a transaction, or inside the caller's transaction when `db` already is one.
 * `work` may run more than once, so it must not have effects outside the database.
 */
export async function transaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (attempt >= ATTEMPTS || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt + Math.floor(Math.random() * 20)));
    }
  }
}
