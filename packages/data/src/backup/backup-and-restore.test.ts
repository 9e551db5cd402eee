import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/schema.js';
import { aLookedAfterChild, aProvider, aUser, cardiff, sqliteTestEngine, testEngines, type TestDatabase } from '../test-support/index.js';
import { backupDatabase, countRows } from './backup-database.js';
import { restoreDatabase } from './restore-database.js';

/** Audit ids come from the database, so a restore must move the id sequence on past them. */
async function appendAuditForTest(db: Kysely<Database>, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    await db.insertInto('audit_log').values({ at: new Date().toISOString(), user_id: null, role: null, scope: 'system', action: 'backup.test', child_id: null, request_id: null, detail: '{}' }).execute();
  }
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-backup-test-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe.each(testEngines())('backing up and restoring $name', (engine) => {
  let source: TestDatabase;
  beforeAll(async () => {
    source = await engine.open();
    const provider = await aProvider(source.db);
    await aUser(source.db, 'social-worker', { authorityCode: cardiff });
    await aUser(source.db, 'provider-advocate', { providerId: provider.id });
    for (let index = 0; index < 5; index += 1) await aLookedAfterChild(source.db, cardiff, { givenName: index === 0 ? '=HYPERLINK("x")' : 'Osian' });
    await appendAuditForTest(source.db, 3);
  });
  afterAll(async () => source?.close());

  it('writes a copy it has opened again and counted, then restores it into an empty database with the same rows and current migrations', async () => {
    const file = path.join(folder, `${engine.name}-round-trip.backup`);
    const backup = await backupDatabase(source, file);
    expect(backup.verified).toBe(true);
    expect(backup.format).toBe(engine.name === 'sqlite' ? 'sqlite' : 'cynnig-archive');
    const original = await countRows(source.db);
    expect(backup.counts).toEqual(original);
    expect(original['children']).toBe(5);

    // A database only migrated (with its authorities and regions) counts as empty.
    const target = await engine.open();
    try {
      const restored = await restoreDatabase(target, file);
      expect(restored.counts).toEqual(original);
      const names = await target.db.selectFrom('children').select('given_name').orderBy('id').execute();
      expect(names).toEqual(await source.db.selectFrom('children').select('given_name').orderBy('id').execute());
      // The audit log carries on numbering after the restored rows.
      await appendAuditForTest(target.db, 1);
      expect((await countRows(target.db))['audit_log']).toBe(original['audit_log']! + 1);
    } finally {
      await target.close();
    }
  });

  it('restores into SQLite as well, whichever engine made the backup', async () => {
    const file = path.join(folder, `${engine.name}-cross.backup`);
    await backupDatabase(source, file);
    const target = await sqliteTestEngine.open({ migrate: false });
    try {
      expect((await restoreDatabase(target, file)).counts).toEqual(await countRows(source.db));
    } finally {
      await target.close();
    }
  });

  it('refuses to write over an existing file and to restore into a database that holds data', async () => {
    const file = path.join(folder, `${engine.name}-refusals.backup`);
    await backupDatabase(source, file);
    await expect(backupDatabase(source, file)).rejects.toMatchObject({ code: 'backup.failed' });
    const before = await countRows(source.db);
    await expect(restoreDatabase(source, file)).rejects.toMatchObject({ code: 'restore.not-empty' });
    expect(await countRows(source.db)).toEqual(before);
  });

  it('refuses a damaged backup and leaves the empty database empty', async () => {
    const file = path.join(folder, `${engine.name}-damaged.backup`);
    await backupDatabase(source, file);
    const damaged = path.join(folder, `${engine.name}-damaged-copy.backup`);
    if (engine.name === 'sqlite') {
      fs.writeFileSync(damaged, fs.readFileSync(file).subarray(0, 4096));
    } else {
      const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
      lines.splice(5, 1);
      fs.writeFileSync(damaged, zlib.gzipSync(lines.join('\n')));
    }
    const target = await engine.open({ migrate: false });
    try {
      await expect(restoreDatabase(target, damaged)).rejects.toBeTruthy();
      expect(Object.values(await countRows(target.db)).every((count) => count === 0)).toBe(true);
    } finally {
      await target.close();
    }
  });
});
