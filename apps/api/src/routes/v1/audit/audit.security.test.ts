// The audit log shows an administrator their own authority only: what was done in it and to its
// children. Nobody else reads it, and no filter reaches another authority's records.
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedWithoutTrace } from '../../../test-support/route-checks.js';
import { authorityA, authorityB, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { auditPageSchema } from './schema.js';

describe.each(testEngines())('who reads the audit log on $name', (engine) => {
  let world: TestWorld;
  let agents: Record<PersonKey, Agent>;
  let childA: string;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    childA = await world.addChild(authorityA);
    agents = Object.fromEntries(await Promise.all((Object.keys(world.people) as PersonKey[]).map(async (key) => [key, await world.signIn(key)]))) as Record<PersonKey, Agent>;
    expect((await agents.socialWorkerA.request(`/api/v1/children/${childA}`)).status).toBe(200);
  });
  afterAll(() => world.close());

  const read = async (who: PersonKey, query = '') => {
    const response = await agents[who].request(`/api/v1/audit${query}`);
    expect(response.status).toBe(200);
    return auditPageSchema.parse(await response.json());
  };

  it('refuses everyone but administrators, and leaves no trace', async () => {
    for (const who of Object.keys(world.people) as PersonKey[]) {
      if (who.startsWith('administrator')) continue;
      expect((await refusedWithoutTrace(world, 403, () => agents[who].request('/api/v1/audit'))).code, who).toBe('forbidden');
    }
  });

  it('never shows an administrator another authority\'s records, whatever the filter', async () => {
    const own = await read('administratorB');
    expect(own.items.length).toBeGreaterThan(0);
    expect(own.items.every((item) => item.scope === `authority:${authorityB}`)).toBe(true);
    expect(await read('administratorB', `?childId=${childA}`)).toEqual({ items: [], total: 0 });
    expect(await read('administratorB', `?userId=${world.people.socialWorkerA.id}`)).toEqual({ items: [], total: 0 });
    expect(await read('administratorB', '?action=child.read')).toEqual({ items: [], total: 0 });
  });

  it('shows the administrator of the child\'s authority who read the child', async () => {
    expect((await read('administratorA', `?childId=${childA}`)).items.map((item) => [item.action, item.userId])).toEqual([['child.read', world.people.socialWorkerA.id]]);
  });
});
