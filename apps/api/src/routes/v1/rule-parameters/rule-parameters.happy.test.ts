import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNamedChild, auditRecords } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { childViewSchema } from '../children/schema.js';
import { ruleSettingsListSchema, ruleSettingViewSchema } from './schema.js';

describe.each(testEngines())('an authority changing its rule settings on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;
  let worker: Agent;
  let childId: string;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    administrator = await world.signIn('administratorA');
    worker = await world.signIn('socialWorkerA');
    // Looked after from Monday 16 March: by default the referral is due five working days later.
    childId = await addNamedChild(world, { authorityCode: authorityA, givenName: 'Alaw', familyName: 'Hughes', caseReference: 'CDF/0001', entitledFrom: '2026-03-16' });
    const allocated = await worker.json('POST', `/api/v1/children/${childId}/allocations`, { role: 'social-worker', userId: world.people.socialWorkerA.id, start: '2026-03-16' });
    expect(allocated.status).toBe(201);
  });
  afterAll(() => world.close());

  const put = async (ruleId: string, body: Record<string, unknown>) => {
    const response = await administrator.json('PUT', `/api/v1/rule-parameters/${ruleId}`, body);
    expect(response.status, await response.clone().text()).toBe(200);
    return ruleSettingViewSchema.parse(await response.json());
  };
  const referralDue = async () => {
    const view = childViewSchema.parse(await (await worker.request(`/api/v1/children/${childId}`)).json());
    return view.dueItems.find((item) => item.ruleId === 'initial-offer-referral-due');
  };

  it('starts with the defaults: nothing set for the authority', async () => {
    expect(ruleSettingsListSchema.parse(await (await administrator.request('/api/v1/rule-parameters')).json())).toEqual({ items: [] });
    expect(await referralDue()).toMatchObject({ dueOn: '2026-03-23' });
  });

  it('moves the referral deadline for the authority\'s children when the number of working days changes, and numbers the version', async () => {
    const stored = await put('initial-offer-referral-due', { parameters: { referralWorkingDays: 10 }, expectedVersion: 0 });
    expect(stored).toEqual({ ruleId: 'initial-offer-referral-due', authorityCode: authorityA, parameters: { referralWorkingDays: 10 }, version: 1 });
    expect(await referralDue(), 'ten working days after 16 March').toMatchObject({ dueOn: '2026-03-30' });
    const again = await put('initial-offer-referral-due', { parameters: { referralWorkingDays: 3 }, expectedVersion: 1 });
    expect(again.version).toBe(2);
    expect(await referralDue()).toMatchObject({ dueOn: '2026-03-19', severity: 'overdue' });
  });

  it('takes the referral off everyone\'s list when the rule is switched off, and puts it back when switched on', async () => {
    await put('initial-offer-referral-due', { enabled: false, expectedVersion: 2 });
    expect(await referralDue()).toBeUndefined();
    await put('initial-offer-referral-due', { enabled: true, parameters: { referralWorkingDays: 5 }, expectedVersion: 3 });
    expect(await referralDue()).toMatchObject({ dueOn: '2026-03-23' });
  });

  it('lists the authority\'s settings with their versions, and keeps the audit record of each change', async () => {
    await put('reoffer-periodic-after-decline', { parameters: { months: 3 }, expectedVersion: 0 });
    const list = ruleSettingsListSchema.parse(await (await administrator.request('/api/v1/rule-parameters')).json());
    expect(list.items).toEqual([
      { ruleId: 'initial-offer-referral-due', authorityCode: authorityA, enabled: true, parameters: { referralWorkingDays: 5 }, version: 4 },
      { ruleId: 'reoffer-periodic-after-decline', authorityCode: authorityA, parameters: { months: 3 }, version: 1 },
    ]);
    const audited = await auditRecords(world, { action: 'rule-parameters.changed' });
    expect(audited.map((record) => [record.detail['ruleId'], record.detail['version']])).toEqual([
      ['initial-offer-referral-due', 1], ['initial-offer-referral-due', 2], ['initial-offer-referral-due', 3], ['initial-offer-referral-due', 4], ['reoffer-periodic-after-decline', 1],
    ]);
    expect(audited.every((record) => record.userId === world.people.administratorA.id && record.scope === `authority:${authorityA}` && record.childId === null)).toBe(true);
  });
});
