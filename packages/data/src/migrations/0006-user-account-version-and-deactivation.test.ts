import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines, type TestDatabase } from '../test-support/index.js';
import { migrateToLatest, migrations } from './index.js';

describe.each(testEngines())('migration 0006 on an existing database, on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open({ migrate: false });
  });
  afterAll(async () => database?.close());

  it('gives every account a first version, and counts an account closed before it as deactivated since its last change', async () => {
    const db = database.db as never as import('kysely').Kysely<any>;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) } });
    const { error } = await migrator.migrateTo('0004-queues-and-audit');
    expect(error).toBeUndefined();
    await db.insertInto('local_authorities').values({ code: 'W06000015', name_en: 'Cardiff', name_cy: 'Caerdydd', council_name_en: 'Cardiff Council', council_name_cy: 'Cyngor Caerdydd', children_looked_after_2024: null, fostered_inside_own_authority_2024: 385 }).execute();
    const person = (id: string, email: string, active: number, updatedAt: string) => ({
      id, email, display_name: 'Person', role: 'iro', authority_code: 'W06000015', provider_id: null, preferred_language: 'cy',
      active, password_hash: null, failed_sign_ins: 0, locked_until: null, created_at: '2025-01-01T00:00:00.000Z', updated_at: updatedAt,
    });
    await db.insertInto('users').values([
      person('00000000-0000-4000-8000-00000000000a', 'open@example.gov.wales', 1, '2025-06-01T09:00:00.000Z'),
      person('00000000-0000-4000-8000-00000000000b', 'closed@example.gov.wales', 0, '2025-07-01T09:00:00.000Z'),
    ]).execute();

    await migrateToLatest(db);
    const rows = await db.selectFrom('users').select(['email', 'version', 'deactivated_at']).orderBy('email').execute();
    expect(rows.map((row: { version: unknown }) => ({ ...row, version: Number(row.version) }))).toEqual([
      { email: 'closed@example.gov.wales', version: 1, deactivated_at: '2025-07-01T09:00:00.000Z' },
      { email: 'open@example.gov.wales', version: 1, deactivated_at: null },
    ]);
  });
});
