import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CynnigError } from '@cynnig/domain';
import { databaseConfigFrom } from './config.js';
import { openDatabase } from './open-database.js';

const folders: string[] = [];
const tempFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-open-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

async function failureOf(run: () => unknown): Promise<CynnigError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof CynnigError) return error;
    throw error;
  }
  throw new Error('expected a CynnigError');
}

describe('database settings', () => {
  it('uses a SQLite file in CYNNIG_DATA_DIR when DATABASE_URL is not set', () => {
    const config = databaseConfigFrom({ CYNNIG_DATA_DIR: '/srv/cynnig' });
    expect(config).toEqual({ engine: 'sqlite', file: '/srv/cynnig/cynnig.sqlite', dataDir: '/srv/cynnig' });
  });

  it.each(['postgres://u@db:5432/cynnig', 'postgresql://db/cynnig', 'POSTGRES://db/cynnig'])('chooses PostgreSQL for %s', (url) => {
    expect(databaseConfigFrom({ DATABASE_URL: url }).engine).toBe('postgres');
  });

  it.each(['mysql://db/cynnig', 'http://db', 'cynnig.sqlite'])('refuses DATABASE_URL %s with one error naming the setting', async (url) => {
    const error = await failureOf(() => databaseConfigFrom({ DATABASE_URL: url }));
    expect(error.code).toBe('config.database-url.scheme');
    expect(error.path).toEqual(['DATABASE_URL']);
    expect(error.bilingual.en).toContain('DATABASE_URL');
    expect(error.bilingual.cy).toContain('DATABASE_URL');
  });

  it('never repeats a password from DATABASE_URL in its messages', async () => {
    const error = await failureOf(() => openDatabase({ DATABASE_URL: 'postgres://cynnig:s3cret@127.0.0.1:1/cynnig' }));
    expect(error.code).toBe('config.database-url.unreachable');
    expect(error.path).toEqual(['DATABASE_URL']);
    expect(JSON.stringify(error.toValue())).not.toContain('s3cret');
  });
});

describe('opening SQLite', () => {
  it('creates the data folder and turns on WAL, foreign keys, a busy timeout and a 64 MB page cache', async () => {
    const dataDir = path.join(tempFolder(), 'nested', 'data');
    const { db, engine, location, close } = await openDatabase({ CYNNIG_DATA_DIR: dataDir });
    try {
      expect(engine).toBe('sqlite');
      expect(location).toBe(path.join(dataDir, 'cynnig.sqlite'));
      const pragma = async (name: string) => (await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db)).rows[0];
      expect(await pragma('journal_mode')).toEqual({ journal_mode: 'wal' });
      expect(await pragma('foreign_keys')).toEqual({ foreign_keys: 1 });
      expect(await pragma('busy_timeout')).toEqual({ timeout: 5000 });
      expect(await pragma('synchronous')).toEqual({ synchronous: 1 });
      expect(await pragma('wal_autocheckpoint')).toEqual({ wal_autocheckpoint: 10000 });
      expect(await pragma('cache_size')).toEqual({ cache_size: -65536 });
    } finally {
      await close();
    }
  });

  it.skipIf(process.getuid?.() === 0)('stops with one error naming CYNNIG_DATA_DIR when the folder cannot be written', async () => {
    const readOnly = tempFolder();
    fs.chmodSync(readOnly, 0o500);
    const error = await failureOf(() => openDatabase({ CYNNIG_DATA_DIR: path.join(readOnly, 'data') }));
    expect(error.code).toBe('config.data-dir.unwritable');
    expect(error.path).toEqual(['CYNNIG_DATA_DIR']);
  });

  it('stops with one error naming CYNNIG_DATA_DIR when the folder is a file', async () => {
    const file = path.join(tempFolder(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const error = await failureOf(() => openDatabase({ CYNNIG_DATA_DIR: file }));
    expect(error.code).toBe('config.data-dir.unwritable');
    expect(error.bilingual.en).toContain('CYNNIG_DATA_DIR');
  });
});

const postgresServer = process.env.CYNNIG_TEST_POSTGRES_URL?.trim();

describe.skipIf(!postgresServer)('pooled PostgreSQL sessions', () => {
  let admin: pg.Client;
  let name: string;
  let url: string;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: postgresServer });
    await admin.connect();
    name = `cynnig_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`create database ${name}`);
    const address = new URL(postgresServer as string);
    address.pathname = `/${name}`;
    url = address.toString();
  });
  afterAll(async () => {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('keep the process up when the server ends a session a request is holding, and serve the next request on a new one', async () => {
    const { db, close } = await openDatabase({ engine: 'postgres', url, poolSize: 2 });
    const uncaught: unknown[] = [];
    const noteUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', noteUncaught);
    try {
      const lost = await db
        .transaction()
        .execute(async (trx) => {
          const { pid } = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]!;
          await admin.query('select pg_terminate_backend($1)', [pid]);
          // Once a statement says the session is not queryable, pg has emitted 'error' on the client.
          for (let attempt = 0; attempt < 200; attempt += 1) {
            const failure = await sql`select 1`.execute(trx).then(() => null, (error: Error) => error);
            if (failure && /not queryable/.test(failure.message)) return failure;
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
          return null;
        })
        .catch((error: Error) => error);
      expect(lost).toBeInstanceOf(Error);
      expect(uncaught).toEqual([]);
      expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }]);
    } finally {
      process.off('uncaughtException', noteUncaught);
      await close();
    }
  });

  it('are replaced after their lifetime, so a session opened while the database was read-only does not refuse writes for ever', async () => {
    await admin.query(`alter database ${name} set default_transaction_read_only = on`);
    const { db, close } = await openDatabase({ engine: 'postgres', url, poolSize: 1, connectionLifetimeSeconds: 1 });
    try {
      await expect(sql`create table lifetime_check (x integer)`.execute(db)).rejects.toMatchObject({ code: '25006' });
      await admin.query(`alter database ${name} reset default_transaction_read_only`);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await sql`create table lifetime_check (x integer)`.execute(db);
    } finally {
      await close();
    }
  });
});
