import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineOf } from '../database/engine.js';
import { testEngines, type TestDatabase } from '../test-support/index.js';
import { appliedMigrations, migrateToLatest, migrations } from './index.js';

const expectedTables = [
  'local_authorities', 'regions', 'region_memberships', 'advocacy_providers', 'provider_authorities', 'users', 'sessions',
  'children', 'entitlements', 'placements', 'allocations', 'life_events', 'reviews',
  'active_offer_cases', 'active_offer_events', 'missing_episodes', 'missing_episode_events', 'oversight_cases', 'oversight_events',
  'offer_rounds', 'due_items', 'audit_log', 'idempotency_keys', 'rule_parameter_overrides', 'imports',
];

describe.each(testEngines())('migrations on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open({ migrate: false });
  });
  afterAll(async () => database?.close());

  it('apply from an empty database and create every table', async () => {
    expect(engineOf(database.db)).toBe(engine.name);
    const applied = await migrateToLatest(database.db);
    expect(applied).toEqual(Object.keys(migrations));
    const tables = (await database.db.introspection.getTables()).map((table) => table.name);
    expect(tables).toEqual(expect.arrayContaining(expectedTables));
  });

  it('do nothing the second time', async () => {
    expect(await migrateToLatest(database.db)).toEqual([]);
    expect(await appliedMigrations(database.db)).toEqual(Object.keys(migrations));
  });

  it('refuse a second child with the same case reference in the same authority', async () => {
    const { db } = database;
    await db.insertInto('local_authorities').values({ code: 'W06000015', name_en: 'Cardiff', name_cy: 'Caerdydd', council_name_en: 'Cardiff Council', council_name_cy: 'Cyngor Caerdydd', children_looked_after_2024: null, fostered_inside_own_authority_2024: 385 }).execute();
    const child = (id: string, pseudonym: string) => ({
      id, authority_code: 'W06000015', case_reference: 'CR-1', given_name: 'Ffion', family_name: 'Jones', date_of_birth: '2012-01-01',
      legal_status: 'full-care-order', preferred_language: 'cy', first_language: 'cy', other_language_name: null, communication_needs: '[]',
      disability: 'none', asylum_status: 'not-asylum-seeking', pseudonym, next_due_on: null, version: 1, created_at: 'x', updated_at: 'x',
    });
    await db.insertInto('children').values(child('00000000-0000-4000-8000-000000000001', 'P1')).execute();
    await expect(db.insertInto('children').values(child('00000000-0000-4000-8000-000000000002', 'P2')).execute()).rejects.toThrow();
    const count = await db.selectFrom('children').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });
});
