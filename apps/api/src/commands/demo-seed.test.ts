import type { OpenDatabase } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagedRules } from '../services/packaged-rules.js';
import { seedPopulation } from './demo-seed.js';

// Early in the morning, before the working day the generator times its events in.
const seededAt = new Date('2026-12-07T01:45:00.000Z');

describe.each(testEngines())('the demo population seeded early in the morning on $name', (engine) => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await engine.open();
    await seedPopulation(database, packagedRules, () => {}, { scale: 0.02, seed: 5, now: seededAt });
  }, 120_000);
  afterAll(() => database.close());

  it('records nothing later than the moment it was seeded, so a worker can report today\'s events', async () => {
    const latest = async (table: 'active_offer_events' | 'missing_episode_events') =>
      (await database.db.selectFrom(table).select((eb) => eb.fn.max('recorded_at').as('at')).executeTakeFirstOrThrow()).at as string | null;
    const episodes = await database.db
      .selectFrom('missing_episodes')
      .select((eb) => [eb.fn.max('started_at').as('started'), eb.fn.max('ended_at').as('ended')])
      .executeTakeFirstOrThrow();
    const moments = [await latest('active_offer_events'), await latest('missing_episode_events'), episodes.started, episodes.ended].filter((at): at is string => at !== null);
    expect(moments.length).toBeGreaterThan(0);
    for (const at of moments) expect(at <= seededAt.toISOString(), at).toBe(true);
  });
});
