import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../test-support/index.js';

describe.each(testEngines())('append-only tables on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
    await database.db
      .insertInto('audit_log')
      .values({ at: '2026-01-05T09:00:00.000Z', user_id: null, role: 'iro', scope: 'authority:W06000015', action: 'child.read', child_id: null, request_id: 'r1', detail: '{}' })
      .execute();
  });
  afterAll(async () => database?.close());

  it('the database itself refuses to change an audit record', async () => {
    await expect(database.db.updateTable('audit_log').set({ action: 'nothing-happened' }).execute()).rejects.toThrow(/append-only/);
    const rows = await database.db.selectFrom('audit_log').select('action').execute();
    expect(rows).toEqual([{ action: 'child.read' }]);
  });

  it('the database itself refuses to delete an audit record', async () => {
    await expect(database.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    expect(await database.db.selectFrom('audit_log').select('id').execute()).toHaveLength(1);
  });
});
