// Which engine a Kysely instance (or a transaction on it) talks to. Migrations and the few
// queries that must differ (triggers, busy retries) ask here instead of carrying a flag around.
import { PostgresAdapter, type Kysely } from 'kysely';
import type { DatabaseEngine } from './config.js';

export function engineOf(db: Kysely<any>): DatabaseEngine {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
