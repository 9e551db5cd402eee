import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './open-database.js';
import { reusingStatements } from './sqlite-dialect.js';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));
function sharedFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-sqlite-'));
  folders.push(folder);
  return folder;
}

describe('two API processes writing to one SQLite file', () => {
  it('lets a transaction that read first still write after the other process wanted to write in between', async () => {
    const folder = sharedFolder();
    const first = await openDatabase({ CYNNIG_DATA_DIR: folder });
    const second = await openDatabase({ CYNNIG_DATA_DIR: folder });
    try {
      await sql`create table notes (written_by text not null)`.execute(first.db);
      // The second process gives up quickly instead of waiting five seconds for the lock.
      await sql`pragma busy_timeout = 20`.execute(second.db);
      let secondWhileFirstOpen: 'written' | 'waited' = 'written';
      await first.db.transaction().execute(async (trx) => {
        await sql`select count(*) from notes`.execute(trx);
        try {
          await sql`insert into notes values ('second')`.execute(second.db);
        } catch (error) {
          expect((error as { code?: string }).code).toBe('SQLITE_BUSY');
          secondWhileFirstOpen = 'waited';
        }
        // With a deferred transaction this write fails with SQLITE_BUSY_SNAPSHOT.
        await sql`insert into notes values ('first')`.execute(trx);
      });
      expect(secondWhileFirstOpen).toBe('waited');
      await sql`insert into notes values ('second')`.execute(second.db);
      const rows = await sql<{ written_by: string }>`select written_by from notes order by rowid`.execute(first.db);
      expect(rows.rows.map((row) => row.written_by)).toEqual(['first', 'second']);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('reusing prepared statements', () => {
  it('prepares each text once and gives back the same statement, forgetting the least recently used', () => {
    const database = new BetterSqlite3(':memory:');
    const statements = reusingStatements(database, 2);
    const one = statements.prepare('select 1');
    const two = statements.prepare('select 2');
    expect(statements.prepare('select 1')).toBe(one);
    statements.prepare('select 3');
    expect(statements.prepare('select 1')).toBe(one);
    expect(statements.prepare('select 2')).not.toBe(two);
    expect(statements.prepare('select 2').all([])).toEqual([{ 2: 2 }]);
    statements.close();
    expect(database.open).toBe(false);
  });
});
