// Only an authority's administrators sweep, only their own authority's children, and each sweep
// leaves one audit record saying which day and how many children.
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords, refusedWithoutTrace } from '../../../test-support/route-checks.js';
import { authorityA, authorityB, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { sweepResultSchema } from './post.js';

describe.each(testEngines())('who may sweep on $name', (engine) => {
  let world: TestWorld;
  let agents: Record<PersonKey, Agent>;
  let childB: string;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    await world.addChild(authorityA);
    childB = await world.addChild(authorityB);
    agents = Object.fromEntries(await Promise.all((Object.keys(world.people) as PersonKey[]).map(async (key) => [key, await world.signIn(key)]))) as Record<PersonKey, Agent>;
    // Child B's items were worked out yesterday and fall due today, so a sweep of authority B would replace them.
    expect((await agents.socialWorkerB.json('POST', `/api/v1/children/${childB}/life-events`, { kind: 'school-move', occurredOn: '2026-03-02', note: null })).status).toBe(201);
    await world.database.db.updateTable('children').set({ next_due_on: '2026-03-19' }).execute();
  });
  afterAll(() => world.close());

  it('refuses everyone but administrators, and sweeps nothing', async () => {
    for (const who of Object.keys(world.people) as PersonKey[]) {
      if (who.startsWith('administrator')) continue;
      expect((await refusedWithoutTrace(world, 403, () => agents[who].json('POST', '/api/v1/sweep', {}))).code, who).toBe('forbidden');
    }
  });

  it('sweeps only the administrator\'s own authority, and records the sweep once', async () => {
    const itemsOfB = () => world.database.db.selectFrom('due_items').select(['id', 'created_at']).where('child_id', '=', childB).orderBy('id').execute();
    const before = await itemsOfB();
    const response = await agents.administratorA.json('POST', '/api/v1/sweep', {});
    expect(sweepResultSchema.parse(await response.json())).toMatchObject({ date: '2026-03-20', childrenEvaluated: 1 });
    expect(await itemsOfB(), 'authority B\'s children are left alone').toEqual(before);
    expect(await auditRecords(world, { userId: world.people.administratorA.id, action: 'sweep.run' })).toEqual([
      { action: 'sweep.run', childId: null, userId: world.people.administratorA.id, role: 'administrator', scope: `authority:${authorityA}`, detail: { date: '2026-03-20', children: 1 } },
    ]);
  });
});
