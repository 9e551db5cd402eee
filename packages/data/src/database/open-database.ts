// Opens Cynnig's database: a SQLite file (WAL, foreign keys on) by default, or a PostgreSQL
// pool when DATABASE_URL names a server. Either way callers get the same Kysely instance type;
// a setting that cannot work fails here with one clear error naming it.
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { CynnigError } from '@cynnig/domain';
import { databaseConfigFrom, describeServer, type DatabaseConfig, type DatabaseEngine, type DatabaseSettings } from './config.js';
import type { Database } from './schema.js';
import { CynnigSqliteDialect } from './sqlite-dialect.js';

export interface OpenDatabase {
  db: Kysely<Database>;
  engine: DatabaseEngine;
  /** Where the data is, safe to print: a file path or host:port/database (never a password). */
  location: string;
  close(): Promise<void>;
}

/** How long a SQLite writer waits for another writer before SQLITE_BUSY. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;
const SQLITE_CHECKPOINT_PAGES = 10_000;
/** The page cache of each SQLite connection, in KiB (SQLite's own default is 2,000 KiB). */
export const SQLITE_CACHE_KIB = 65_536;

/**
 * How long a pooled PostgreSQL session lives. PostgreSQL reads settings such as
 * `default_transaction_read_only` when a session starts, so a session opened during maintenance
 * would otherwise refuse writes for as long as the pool kept it; five minutes bounds that.
 */
export const POSTGRES_SESSION_LIFETIME_SECONDS = 300;

/**
 * Opens the database the settings describe. Accepts `process.env` directly:
 * `const { db, close } = await openDatabase(process.env)`.
 */
export async function openDatabase(settings: DatabaseSettings | DatabaseConfig): Promise<OpenDatabase> {
  const config = 'engine' in settings ? settings : databaseConfigFrom(settings);
  return config.engine === 'postgres' ? openPostgres(config.url, config.poolSize, config.connectionLifetimeSeconds ?? POSTGRES_SESSION_LIFETIME_SECONDS) : openSqlite(config.file, config.dataDir);
}

function unwritable(dataDir: string, cause: unknown): CynnigError {
  return new CynnigError({
    code: 'config.data-dir.unwritable',
    message: {
      en: `CYNNIG_DATA_DIR (${dataDir}) cannot be written to: choose a folder Cynnig may create files in`,
      cy: `Nid oes modd ysgrifennu i CYNNIG_DATA_DIR (${dataDir}): dewiswch ffolder y caiff Cynnig greu ffeiliau ynddo`,
    },
    path: ['CYNNIG_DATA_DIR'],
    details: { dataDir, reason: cause instanceof Error ? cause.message : String(cause) },
  });
}

function openSqlite(file: string, dataDir: string): OpenDatabase {
  let database: BetterSqlite3.Database;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
    if (fs.existsSync(file)) fs.accessSync(file, fs.constants.W_OK);
    database = new BetterSqlite3(file);
    database.pragma('journal_mode = WAL');
  } catch (error) {
    throw unwritable(dataDir, error);
  }
  database.pragma('foreign_keys = ON');
  database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  database.pragma('synchronous = NORMAL');
  // Checkpoint the WAL every 10,000 pages (about 40 MB) instead of SQLite's 1,000. Each checkpoint
  // syncs the WAL and the database file; Cynnig's writes are many small transactions touching the
  // same index pages, so checkpointing a tenth as often writes each hot page once instead of ten
  // times and syncs a tenth as often (measured: half the time a small write transaction takes).
  database.pragma(`wal_autocheckpoint = ${SQLITE_CHECKPOINT_PAGES}`);
  // Keep up to 64 MB of the file's pages in the connection's own cache instead of SQLite's 2 MB.
  // With 2 MB, a queue or a sweep over a large authority reads the same index and table pages
  // from the operating system again on every query (measured on the UK-sized population: an IRO
  // queue's count took 0.21 s, half of it in system calls; 0.08 s with the pages cached).
  database.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  const db = new Kysely<Database>({ dialect: new CynnigSqliteDialect(database) });
  return { db, engine: 'sqlite', location: file, close: () => db.destroy() };
}

/** pg returns 64-bit integers and numerics as strings; Cynnig's counts fit in a JavaScript number. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return (value: string) => Number(value);
    if (oid === pg.types.builtins.NUMERIC) return (value: string) => Number(value);
    return (pg.types.getTypeParser as (oid: number, format?: 'text' | 'binary') => unknown)(oid, format);
  },
};

async function openPostgres(url: string, poolSize: number, lifetimeSeconds: number): Promise<OpenDatabase> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5000,
    maxLifetimeSeconds: lifetimeSeconds,
    types: pgTypes as pg.CustomTypesConfig,
  });
  // PostgreSQL ends sessions when it restarts, fails over or an administrator terminates them,
  // and pg reports that as an 'error' event on the client, which would end the process if
  // nothing listened. The pool listens while a client is idle; this listens while a request
  // holds it. pg has already failed that client's queries (the request is answered 503) and
  // the pool drops the broken client when it is released and opens a new one when needed.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  const location = describeServer(url);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => {});
    throw new CynnigError({
      code: 'config.database-url.unreachable',
      message: {
        en: `DATABASE_URL: cannot connect to the PostgreSQL server at ${location}`,
        cy: `DATABASE_URL: methu cysylltu â'r gweinydd PostgreSQL yn ${location}`,
      },
      path: ['DATABASE_URL'],
      details: { server: location, reason: error instanceof Error ? error.message : String(error) },
    });
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, engine: 'postgres', location, close: () => db.destroy() };
}
