// Rule settings belong to one authority: only its administrators read and change them, and a
// change never reaches another authority's settings or children.
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords, refusedWithoutTrace } from '../../../test-support/route-checks.js';
import { authorityA, authorityB, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { ruleSettingsListSchema } from './schema.js';

describe.each(testEngines())('who may read and change an authority\'s rule settings on $name', (engine) => {
  let world: TestWorld;
  let agents: Record<PersonKey, Agent>;
  let childA: string;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    childA = await world.addChild(authorityA);
    await world.addChild(authorityB);
    agents = Object.fromEntries(await Promise.all((Object.keys(world.people) as PersonKey[]).map(async (key) => [key, await world.signIn(key)]))) as Record<PersonKey, Agent>;
    const worker = agents.socialWorkerA;
    expect((await worker.json('POST', `/api/v1/children/${childA}/life-events`, { kind: 'school-move', occurredOn: '2026-03-02', note: null })).status).toBe(201);
    expect((await agents.administratorA.json('PUT', '/api/v1/rule-parameters/initial-offer-referral-due', { parameters: { referralWorkingDays: 8 }, expectedVersion: 0 })).status).toBe(200);
  });
  afterAll(() => world.close());

  it('refuses everyone but administrators, and leaves no trace', async () => {
    for (const who of Object.keys(world.people) as PersonKey[]) {
      if (who.startsWith('administrator')) continue;
      expect((await refusedWithoutTrace(world, 403, () => agents[who].request('/api/v1/rule-parameters'))).code, who).toBe('forbidden');
      expect((await refusedWithoutTrace(world, 403, () => agents[who].json('PUT', '/api/v1/rule-parameters/reoffer-school-move', { enabled: false, expectedVersion: 0 }))).code, who).toBe('forbidden');
    }
  });

  it('shows an administrator only their own authority\'s settings', async () => {
    expect(ruleSettingsListSchema.parse(await (await agents.administratorB.request('/api/v1/rule-parameters')).json()).items).toEqual([]);
    expect(ruleSettingsListSchema.parse(await (await agents.administratorA.request('/api/v1/rule-parameters')).json()).items.map((item) => item.authorityCode)).toEqual([authorityA]);
  });

  it('keeps another authority\'s change away from this authority\'s settings and children', async () => {
    const dueItemsOfA = () => world.database.db.selectFrom('due_items').select(['id', 'rule_id', 'due_on', 'created_at']).where('child_id', '=', childA).orderBy('rule_id').execute();
    const before = await dueItemsOfA();
    expect(before.length).toBeGreaterThan(0);
    world.setNow(new Date('2026-03-20T12:01:00Z'));
    const response = await agents.administratorB.json('PUT', '/api/v1/rule-parameters/initial-offer-referral-due', { parameters: { referralWorkingDays: 2 }, expectedVersion: 0 });
    expect(response.status, 'each authority numbers its own versions').toBe(200);
    expect(await dueItemsOfA()).toEqual(before);
    const settingOfA = await world.database.db.selectFrom('rule_parameter_overrides').select(['parameters', 'version']).where('authority_code', '=', authorityA).execute();
    expect(settingOfA).toEqual([{ parameters: JSON.stringify({ parameters: { referralWorkingDays: 8 } }), version: 1 }]);
    const audited = await auditRecords(world, { userId: world.people.administratorB.id, action: 'rule-parameters.changed' });
    expect(audited).toEqual([{ action: 'rule-parameters.changed', childId: null, userId: world.people.administratorB.id, role: 'administrator', scope: `authority:${authorityB}`, detail: { ruleId: 'initial-offer-referral-due', version: 1 } }]);
  });
});
