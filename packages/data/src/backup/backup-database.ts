// Backs up the database to one file and proves the copy before saying it is done. SQLite:
// VACUUM INTO writes a consistent copy while the server keeps running; the copy is opened
// read-only, its integrity checked and its row counts compared with the live database.
// PostgreSQL: every table is read in one repeatable-read snapshot into a gzipped NDJSON
// archive Cynnig writes itself (no pg_dump needed); the archive is read back and checked.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';
import { CynnigError } from '@cynnig/domain';
import { sql, type Kysely } from 'kysely';
import type { OpenDatabase } from '../database/open-database.js';
import { appliedMigrations } from '../migrations/index.js';
import { readArchive } from './backup-archive.js';
import { backupTables, type TableCounts } from './backup-tables.js';

export interface BackupProgress {
  readonly table: string;
  readonly rows: number;
}

export interface BackupResult {
  readonly file: string;
  readonly format: 'sqlite' | 'cynnig-archive';
  readonly bytes: number;
  readonly counts: TableCounts;
  readonly migrations: readonly string[];
  /** True once the copy was opened again and matched the database. */
  readonly verified: true;
}

const pageSize = 2000;

export function backupFailed(en: string, cy: string, details: Record<string, unknown> = {}): CynnigError {
  return new CynnigError({ code: 'backup.failed', message: { en, cy }, details });
}

/** Row counts of every table, as the given connection or transaction sees them. */
export async function countRows(db: Kysely<any>): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const table of backupTables) {
    const row = await db.selectFrom(table.name).select(sql<number>`count(*)`.as('n')).executeTakeFirst();
    counts[table.name] = Number(row?.n ?? 0);
  }
  return counts;
}

function sameCounts(a: TableCounts, b: TableCounts): boolean {
  return backupTables.every((table) => a[table.name] === b[table.name]);
}

function differences(expected: TableCounts, found: TableCounts): string {
  return backupTables.filter((table) => expected[table.name] !== found[table.name]).map((table) => `${table.name} ${found[table.name]} of ${expected[table.name]}`).join(', ');
}

/**
 * Writes a verified backup to `file`, which must not exist yet.
 *
 * ```ts
 * const result = await backupDatabase(database, '/backups/cynnig-2025-10-01.sqlite');
 * ```
 */
export async function backupDatabase(database: OpenDatabase, file: string, onProgress?: (progress: BackupProgress) => void): Promise<BackupResult> {
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw backupFailed(`${target} already exists: choose a new file name`, `Mae ${target} yn bodoli eisoes: dewiswch enw ffeil newydd`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  return database.engine === 'sqlite' ? backupSqlite(database.db, target, onProgress) : backupPostgres(database.db, target, onProgress);
}

async function backupSqlite(db: Kysely<any>, file: string, onProgress?: (progress: BackupProgress) => void): Promise<BackupResult> {
  const migrations = await appliedMigrations(db);
  for (let attempt = 1; ; attempt += 1) {
    const before = await countRows(db);
    await sql`VACUUM INTO ${file}`.execute(db);
    const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    let copied: TableCounts;
    try {
      const integrity = copy.pragma('integrity_check', { simple: true });
      if (integrity !== 'ok') throw backupFailed(`the copy in ${file} failed its integrity check`, `methodd y copi yn ${file} ei wiriad cywirdeb`, { integrity });
      copied = {};
      for (const table of backupTables) {
        copied[table.name] = Number((copy.prepare(`select count(*) as n from "${table.name}"`).get() as { n: number }).n);
        onProgress?.({ table: table.name, rows: copied[table.name]! });
      }
    } finally {
      copy.close();
    }
    const after = await countRows(db);
    if (sameCounts(copied, before) || sameCounts(copied, after)) {
      return { file, format: 'sqlite', bytes: fs.statSync(file).size, counts: copied, migrations, verified: true };
    }
    fs.rmSync(file, { force: true });
    // Rows were written while the copy was made: the copy is still consistent, but the counts cannot prove it. Try again.
    if (attempt >= 3) throw backupFailed(`the copy's row counts did not match the database (${differences(after, copied)})`, `nid oedd nifer y rhesi yn y copi yn cyfateb i'r gronfa ddata (${differences(after, copied)})`);
  }
}

async function backupPostgres(db: Kysely<any>, file: string, onProgress?: (progress: BackupProgress) => void): Promise<BackupResult> {
  const out = fs.createWriteStream(file, { flags: 'wx' });
  const gzip = createGzip({ level: 6 });
  gzip.pipe(out);
  const digest = createHash('sha256');
  const write = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    digest.update(line);
    if (!gzip.write(line)) await once(gzip, 'drain');
  };
  let counts: TableCounts = {};
  const migrations = await appliedMigrations(db);
  try {
    await db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
      counts = await countRows(trx);
      await write({ cynnig: 'backup', version: 1, engine: 'postgres', createdAt: new Date().toISOString(), migrations, tables: backupTables.map((table) => table.name) });
      for (const table of backupTables) {
        await write({ table: table.name });
        let written = 0;
        for (let offset = 0; ; offset += pageSize) {
          let query = trx.selectFrom(table.name).selectAll();
          for (const column of table.orderBy) query = query.orderBy(column);
          const rows = await query.limit(pageSize).offset(offset).execute();
          for (const row of rows) await write({ row });
          written += rows.length;
          onProgress?.({ table: table.name, rows: written });
          if (rows.length < pageSize) break;
        }
      }
    });
    const trailer = { end: true, counts, sha256: digest.digest('hex') };
    gzip.end(`${JSON.stringify(trailer)}\n`);
    await once(out, 'close');
  } catch (error) {
    gzip.destroy();
    out.destroy();
    fs.rmSync(file, { force: true });
    throw error;
  }
  const read = await readArchive(file, () => {});
  if (!sameCounts(read.counts, counts)) {
    throw backupFailed(`the archive's row counts did not match the database (${differences(counts, read.counts)})`, `nid oedd nifer y rhesi yn yr archif yn cyfateb i'r gronfa ddata (${differences(counts, read.counts)})`);
  }
  return { file, format: 'cynnig-archive', bytes: fs.statSync(file).size, counts, migrations, verified: true };
}
