import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint } from '../../../test-support/database-fingerprint.js';
import { authorityA, openTestWorld, type TestWorld } from '../../../test-support/test-world.js';
import { sweepResultSchema } from './post.js';

describe.each(testEngines())('the time-based sweep on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    const childId = await world.addChild(authorityA);
    const worker = await world.signIn('socialWorkerA');
    await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, expectedVersion: 0 });
  });
  afterAll(() => world.close());

  it('re-evaluates the authority\'s children whose next due date has passed, and a second run changes nothing', async () => {
    const administrator = await world.signIn('administratorA');
    const first = await administrator.json('POST', '/api/v1/sweep', {});
    expect(first.status).toBe(200);
    const result = sweepResultSchema.parse(await first.json());
    expect(result.childrenEvaluated).toBe(1);
    const after = await databaseFingerprint(world.database.db);
    const second = sweepResultSchema.parse(await (await administrator.json('POST', '/api/v1/sweep', {})).json());
    expect(second.dueItems).toBe(result.dueItems);
    const again = await databaseFingerprint(world.database.db);
    expect(again['due_items']?.split(':')[0]).toBe(after['due_items']?.split(':')[0]);
  });

  it('refuses a date that is not a real date', async () => {
    const administrator = await world.signIn('administratorA');
    expect((await administrator.json('POST', '/api/v1/sweep', { date: '2030-02-30' })).status).toBe(422);
  });

  it('refuses to sweep as at another day, naming the date in English and Welsh, and changes nothing', async () => {
    const administrator = await world.signIn('administratorA');
    const before = await databaseFingerprint(world.database.db);
    for (const language of ['en', 'cy'] as const) {
      expect((await administrator.json('PATCH', '/api/v1/me', { preferredLanguage: language })).status).toBe(200);
      const refused = await administrator.json('POST', '/api/v1/sweep', { date: '2030-01-01' });
      expect(refused.status).toBe(422);
      const problem = (await refused.json()) as { errors: { path: string; message: string }[] };
      expect(problem.errors[0]?.path).toBe('date');
      expect(problem.errors[0]?.message).toMatch(language === 'en' ? /^Sweep today/ : /^Rhowch ddyddiad heddiw/);
    }
    await administrator.json('PATCH', '/api/v1/me', { preferredLanguage: 'en' });
    const after = await databaseFingerprint(world.database.db);
    expect(after['due_items']).toBe(before['due_items']);
    expect(after['children']).toBe(before['children']);
  });

  it('never sweeps another authority\'s children', async () => {
    const administrator = await world.signIn('administratorB');
    const result = sweepResultSchema.parse(await (await administrator.json('POST', '/api/v1/sweep', {})).json());
    expect(result.childrenEvaluated).toBe(0);
  });
});
