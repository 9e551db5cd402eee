import { Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/schema.js';
import { createCase } from '../repositories/workflow-case-repository.js';
import { seedReferenceData } from '../repositories/reference-data-repository.js';
import { aLookedAfterChild, testEngines, type TestDatabase } from '../test-support/index.js';
import { migrateToLatest, migrations } from './index.js';

function reportEpisode(db: Kysely<Database>, childId: string, startedAt: string, endedAt: string | null) {
  return createCase(db, 'missing-episode', {
    childId,
    authorityCode: 'W06000015',
    state: endedAt === null ? 'missing' : 'returned',
    snapshot: {},
    machineVersion: '1',
    columns: { kind: 'missing', riskGrade: 'medium', startedAt, endedAt, conversationOfferedAt: null, conversationHeldAt: null, conversationDeclined: false, exploitationIndicators: [] },
    firstEvent: { type: 'REPORTED' },
  });
}

const episodesOf = async (db: Kysely<Database>, childId: string) =>
  (await db.selectFrom('missing_episodes').select(['started_at', 'ended_at']).where('child_id', '=', childId).orderBy('started_at').execute()).map((row) => [row.started_at, row.ended_at]);

describe.each(testEngines())('one open missing episode per child, held by the database on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('refuses a second open episode for the same child and keeps the first as it was', async () => {
    const { child } = await aLookedAfterChild(database.db);
    await reportEpisode(database.db, child.id, '2026-03-01T18:00:00.000Z', null);
    await expect(reportEpisode(database.db, child.id, '2026-03-02T18:00:00.000Z', null)).rejects.toThrow();
    expect(await episodesOf(database.db, child.id)).toEqual([['2026-03-01T18:00:00.000Z', null]]);
  });

  it('keeps any number of returned episodes beside one open one, and another child\'s open episode beside it', async () => {
    const { child } = await aLookedAfterChild(database.db);
    const { child: sibling } = await aLookedAfterChild(database.db);
    await reportEpisode(database.db, child.id, '2026-01-01T18:00:00.000Z', '2026-01-02T09:00:00.000Z');
    await reportEpisode(database.db, child.id, '2026-02-01T18:00:00.000Z', '2026-02-02T09:00:00.000Z');
    await reportEpisode(database.db, child.id, '2026-03-01T18:00:00.000Z', null);
    await reportEpisode(database.db, sibling.id, '2026-03-01T18:00:00.000Z', null);
    expect(await episodesOf(database.db, child.id)).toHaveLength(3);
    expect(await episodesOf(database.db, sibling.id)).toHaveLength(1);
  });

  it('lets a new episode open once the open one is returned', async () => {
    const { child } = await aLookedAfterChild(database.db);
    const first = await reportEpisode(database.db, child.id, '2026-03-01T18:00:00.000Z', null);
    await database.db.updateTable('missing_episodes').set({ ended_at: '2026-03-02T09:00:00.000Z' }).where('id', '=', first.id).execute();
    await reportEpisode(database.db, child.id, '2026-03-05T18:00:00.000Z', null);
    expect(await episodesOf(database.db, child.id)).toEqual([
      ['2026-03-01T18:00:00.000Z', '2026-03-02T09:00:00.000Z'],
      ['2026-03-05T18:00:00.000Z', null],
    ]);
  });
});

describe.each(testEngines())('upgrading a database that already holds two open episodes for one child on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open({ migrate: false });
    const before = Object.fromEntries(Object.entries(migrations).filter(([name]) => name < '0005'));
    const { error } = await new Migrator({ db: database.db, provider: { getMigrations: async () => before } }).migrateToLatest();
    if (error) throw error;
    await seedReferenceData(database.db);
  });
  afterAll(async () => database?.close());

  it('stops with a message saying what to put right, changes nothing, and applies once it is put right', async () => {
    const { child } = await aLookedAfterChild(database.db);
    const first = await reportEpisode(database.db, child.id, '2026-03-01T18:00:00.000Z', null);
    await reportEpisode(database.db, child.id, '2026-03-02T18:00:00.000Z', null);
    await expect(migrateToLatest(database.db)).rejects.toMatchObject({
      code: 'database.migration-failed',
      details: { migration: '0005-one-open-missing-episode', reason: expect.stringMatching(/1 child has more than one open missing episode/) },
    });
    expect(await episodesOf(database.db, child.id)).toHaveLength(2);
    await database.db.updateTable('missing_episodes').set({ ended_at: '2026-03-01T22:00:00.000Z' }).where('id', '=', first.id).execute();
    expect(await migrateToLatest(database.db)).toContain('0005-one-open-missing-episode');
  });
});
