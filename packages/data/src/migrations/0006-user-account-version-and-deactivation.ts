// Migration 0006: what an administrator needs to manage the people of their authority.
// `version` lets two administrators change the same person without overwriting each other
// (a stale version is refused); `deactivated_at` says since when an account has been closed.
// An account already inactive is taken as closed when it was last changed.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('users').addColumn('deactivated_at', 'text').execute();
  await db
    .updateTable('users')
    .set({ deactivated_at: sql.ref('updated_at') })
    .where('active', '=', 0)
    .execute();
}
