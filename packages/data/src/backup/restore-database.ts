// Restores a backup (a SQLite copy or Cynnig's archive, from either engine) into an empty
// database of either engine (new, or only migrated), in one transaction, then proves it: every table's row count
// matches the backup and the migrations are current. A database that holds anything is refused.
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CynnigError } from '@cynnig/domain';
import { sql, type Kysely } from 'kysely';
import type { OpenDatabase } from '../database/open-database.js';
import { appliedMigrations, migrateToLatest, migrations } from '../migrations/index.js';
import { isArchive, readArchive } from './backup-archive.js';
import { countRows, type BackupProgress } from './backup-database.js';
import { backupTables, type TableCounts } from './backup-tables.js';

export interface RestoreResult {
  readonly file: string;
  readonly format: 'sqlite' | 'cynnig-archive';
  readonly counts: TableCounts;
  readonly migrations: readonly string[];
  /** True once the restored database's counts and migrations were checked. */
  readonly verified: true;
}

function restoreRefused(code: string, en: string, cy: string, details: Record<string, unknown> = {}): CynnigError {
  return new CynnigError({ code: `restore.${code}`, message: { en, cy }, details });
}

/** Collects rows per table and inserts them in statements small enough for both engines. */
function rowWriter(db: Kysely<any>, onProgress?: (progress: BackupProgress) => void) {
  let table: string | undefined;
  let batch: Record<string, unknown>[] = [];
  let written = 0;
  const flush = async () => {
    if (table === undefined || batch.length === 0) return;
    const perStatement = Math.max(1, Math.floor(20_000 / Object.keys(batch[0]!).length));
    for (let start = 0; start < batch.length; start += perStatement) await db.insertInto(table).values(batch.slice(start, start + perStatement)).execute();
    written += batch.length;
    onProgress?.({ table, rows: written });
    batch = [];
  };
  return {
    async add(name: string, row: Record<string, unknown>) {
      if (name !== table) {
        await flush();
        table = name;
        written = 0;
      }
      batch.push(row);
      if (batch.length >= 1000) await flush();
    },
    flush,
  };
}

/**
 * Reference data `cynnig migrate` adds (authorities and regions): a database holding only these
 * counts as empty, and they are replaced by the backup's own.
 */
const referenceTables = ['local_authorities', 'regions', 'region_memberships'];

async function clearReferenceData(trx: Kysely<any>): Promise<void> {
  for (const table of [...referenceTables].reverse()) await trx.deleteFrom(table).execute();
}

function checkMigrations(file: string, fromBackup: readonly string[]): void {
  const known = Object.keys(migrations);
  if (fromBackup.some((name, index) => known[index] !== name)) {
    throw restoreRefused('unknown-migrations', `${file} was made by a different version of Cynnig (its migrations are not this version's)`, `Gwnaed ${file} gan fersiwn gwahanol o Cynnig (nid mudiadau'r fersiwn hwn yw ei fudiadau)`, { migrations: [...fromBackup] });
  }
}

/**
 * Restores `file` into `database`, which must be empty (a new database, or one only migrated).
 *
 * ```ts
 * const result = await restoreDatabase(await openDatabase(process.env), '/backups/cynnig.sqlite');
 * ```
 */
export async function restoreDatabase(database: OpenDatabase, file: string, onProgress?: (progress: BackupProgress) => void): Promise<RestoreResult> {
  const source = path.resolve(file);
  const db = database.db as Kysely<any>;
  await migrateToLatest(db);
  const present = await countRows(db);
  const holding = backupTables.filter((table) => present[table.name]! > 0 && !referenceTables.includes(table.name)).map((table) => table.name);
  if (holding.length > 0) {
    throw restoreRefused('not-empty', `the database already holds data (${holding.join(', ')}): restore into a new, empty database`, `mae data yn y gronfa ddata eisoes (${holding.join(', ')}): adferwch i gronfa ddata newydd, wag`, { tables: holding });
  }

  let expected: TableCounts = {};
  let format: RestoreResult['format'];
  if (isArchive(source)) {
    format = 'cynnig-archive';
    await db.transaction().execute(async (trx) => {
      await clearReferenceData(trx);
      const writer = rowWriter(trx, onProgress);
      const contents = await readArchive(source, (table, row) => writer.add(table, row));
      await writer.flush();
      checkMigrations(source, contents.header.migrations);
      expected = contents.counts;
    });
  } else {
    format = 'sqlite';
    let copy: BetterSqlite3.Database;
    try {
      copy = new BetterSqlite3(source, { readonly: true, fileMustExist: true });
      if (copy.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('integrity');
    } catch {
      throw restoreRefused('unreadable', `${source} is not a Cynnig backup that can be read`, `Nid yw ${source} yn gopi wrth gefn o Cynnig y gellir ei ddarllen`);
    }
    try {
      const fromBackup = (copy.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((row) => row.name);
      checkMigrations(source, fromBackup);
      await db.transaction().execute(async (trx) => {
        await clearReferenceData(trx);
        const writer = rowWriter(trx, onProgress);
        for (const table of backupTables) {
          expected[table.name] = 0;
          const rows = copy.prepare(`select * from "${table.name}" order by ${table.orderBy.map((column) => `"${column}"`).join(', ')}`).iterate() as IterableIterator<Record<string, unknown>>;
          for (const row of rows) {
            expected[table.name] = (expected[table.name] ?? 0) + 1;
            await writer.add(table.name, row);
          }
        }
        await writer.flush();
      });
    } finally {
      copy.close();
    }
  }

  if (database.engine === 'postgres') {
    for (const table of backupTables.filter((candidate) => candidate.serialId)) {
      await sql`select setval(pg_get_serial_sequence(${table.name}, 'id'), coalesce((select max(id) from ${sql.table(table.name)}), 1), (select count(*) > 0 from ${sql.table(table.name)}))`.execute(db);
    }
  }

  const restored = await countRows(db);
  const wrong = backupTables.filter((table) => restored[table.name] !== (expected[table.name] ?? 0));
  if (wrong.length > 0) {
    const list = wrong.map((table) => `${table.name} ${restored[table.name]} of ${expected[table.name] ?? 0}`).join(', ');
    throw restoreRefused('verification-failed', `the restored row counts do not match the backup (${list})`, `nid yw nifer y rhesi a adferwyd yn cyfateb i'r copi wrth gefn (${list})`);
  }
  const applied = await appliedMigrations(db);
  if (applied.join() !== Object.keys(migrations).join()) {
    throw restoreRefused('verification-failed', 'the restored database\'s migrations are not current', 'nid yw mudiadau\'r gronfa ddata a adferwyd yn gyfredol');
  }
  return { file: source, format, counts: restored, migrations: applied, verified: true };
}
