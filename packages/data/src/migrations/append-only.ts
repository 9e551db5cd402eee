// Makes a table append-only in the database itself, so no code path (and no one with a SQL
// prompt and the application's credentials) can quietly edit or remove what was recorded.
import { sql, type Kysely } from 'kysely';
import { engineOf } from '../database/engine.js';

/** The message both engines give when an append-only table is changed. */
export const appendOnlyMessage = 'is append-only';

export async function refuseChangesTo(db: Kysely<any>, table: string): Promise<void> {
  if (engineOf(db) === 'postgres') {
    await sql`
      create or replace function cynnig_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception '% ${sql.raw(appendOnlyMessage)}', tg_table_name using errcode = 'P0001';
      end
      $$`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)} for each row execute function cynnig_refuse_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)} for each statement execute function cynnig_refuse_change()`.execute(db);
    return;
  }
  for (const operation of ['update', 'delete'] as const) {
    await sql`create trigger ${sql.raw(`${table}_no_${operation}`)} before ${sql.raw(operation)} on ${sql.table(table)}
      begin select raise(abort, ${sql.lit(`${table} ${appendOnlyMessage}`)}); end`.execute(db);
  }
}
