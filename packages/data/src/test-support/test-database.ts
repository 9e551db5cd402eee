// Databases for tests, one per test file: a SQLite file in a fresh temporary folder always,
// and a freshly created PostgreSQL database when CYNNIG_TEST_POSTGRES_URL names a server.
// Built with the package so the API's tests reuse it: `describe.each(testEngines())`.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DatabaseEngine } from '../database/config.js';
import { openDatabase, type OpenDatabase } from '../database/open-database.js';
import { migrateToLatest } from '../migrations/index.js';
import { seedReferenceData } from '../repositories/reference-data-repository.js';

export interface TestDatabaseOptions {
  /** Apply every migration (default true). */
  migrate?: boolean;
  /** Add authorities and regions (default true; needs `migrate`). */
  seedReference?: boolean;
}

/** An open, empty test database; `close()` also removes it. */
export type TestDatabase = OpenDatabase;

export interface TestEngine {
  name: DatabaseEngine;
  open(options?: TestDatabaseOptions): Promise<TestDatabase>;
}

async function prepare(opened: OpenDatabase, options: TestDatabaseOptions): Promise<void> {
  if (options.migrate === false) return;
  await migrateToLatest(opened.db);
  if (options.seedReference !== false) await seedReferenceData(opened.db);
}

export const sqliteTestEngine: TestEngine = {
  name: 'sqlite',
  async open(options = {}) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-test-'));
    const opened = await openDatabase({ CYNNIG_DATA_DIR: dataDir });
    await prepare(opened, options);
    return {
      ...opened,
      async close() {
        await opened.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

/** A PostgreSQL engine that creates `cynnig_test_<random>` on the server and drops it on close. */
export function postgresTestEngine(serverUrl: string): TestEngine {
  return {
    name: 'postgres',
    async open(options = {}) {
      const name = `cynnig_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const opened = await openDatabase({ DATABASE_URL: url.toString(), CYNNIG_DATABASE_POOL_SIZE: 4 });
      await prepare(opened, options);
      return {
        ...opened,
        async close() {
          await opened.close();
          const cleaner = new pg.Client({ connectionString: serverUrl });
          await cleaner.connect();
          try {
            await cleaner.query(`drop database if exists ${name} with (force)`);
          } finally {
            await cleaner.end();
          }
        },
      };
    },
  };
}

/** The engines to test on: SQLite always, PostgreSQL when CYNNIG_TEST_POSTGRES_URL is set. */
export function testEngines(env: Record<string, string | undefined> = process.env): TestEngine[] {
  const url = env.CYNNIG_TEST_POSTGRES_URL?.trim();
  return url ? [sqliteTestEngine, postgresTestEngine(url)] : [sqliteTestEngine];
}
