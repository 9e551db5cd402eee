import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referToProvider } from '../../../test-support/route-checks.js';
import { authorityA, authorityB, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { auditPageSchema, fromMoment, toMoment } from './schema.js';

describe.each(testEngines())('an administrator reading the audit log on $name', (engine) => {
  let world: TestWorld;
  let childA: string;
  let childB: string;

  /** Signs in at `moment` (a session lasts hours, not days) and does one thing. */
  const at = async (moment: string, who: PersonKey, act: (agent: Agent) => Promise<Response>) => {
    world.setNow(new Date(moment));
    const response = await act(await world.signIn(who));
    expect(response.status, await response.clone().text()).toBeLessThan(300);
  };
  const read = async (query = '') => {
    world.setNow(new Date('2026-03-21T09:00:00Z'));
    const response = await (await world.signIn('administratorA')).request(`/api/v1/audit${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return auditPageSchema.parse(await response.json());
  };
  const actions = (page: { items: { action: string; at: string }[] }) => page.items.map((item) => `${item.at.slice(0, 16)} ${item.action}`);

  beforeAll(async () => {
    world = await openTestWorld(engine);
    childA = await world.addChild(authorityA);
    childB = await world.addChild(authorityB);
    world.setNow(new Date('2026-03-17T12:00:00Z'));
    await referToProvider(world, 'socialWorkerA', childA, world.providers.p1, '2026-03-16');
    await at('2026-03-18T09:00:00Z', 'socialWorkerA', (agent) => agent.request(`/api/v1/children/${childA}`));
    await at('2026-03-19T10:00:00Z', 'teamManagerA', (agent) => agent.json('POST', `/api/v1/children/${childA}/life-events`, { kind: 'complaint', occurredOn: '2026-03-19', note: 'Wrote to the Commissioner' }));
    await at('2026-03-20T08:30:00Z', 'advocateP1', (agent) => agent.request(`/api/v1/children/${childA}`));
    await at('2026-03-20T09:00:00Z', 'socialWorkerB', (agent) => agent.request(`/api/v1/children/${childB}`));
  });
  afterAll(() => world.close());

  it('lists what happened in the authority and to its children, newest first, whoever did it', async () => {
    const page = await read();
    expect(page.total).toBe(page.items.length);
    const moments = page.items.map((item) => item.at);
    expect(moments).toEqual([...moments].sort().reverse());
    expect(page.items.filter((item) => item.action === 'child.read').map((item) => [item.role, item.scope, item.childId])).toEqual([
      ['provider-advocate', `provider:${world.providers.p1}`, childA],
      ['social-worker', `authority:${authorityA}`, childA],
    ]);
    expect(page.items.some((item) => item.childId === childB || item.userId === world.people.socialWorkerB.id)).toBe(false);
  });

  it('narrows the log to one child, one person or one action', async () => {
    expect(actions(await read(`?childId=${childA}&action=child.read`))).toEqual(['2026-03-20T08:30 child.read', '2026-03-18T09:00 child.read']);
    const byPerson = await read(`?userId=${world.people.teamManagerA.id}`);
    expect(actions(byPerson)).toEqual(['2026-03-19T10:00 life-event.recorded', '2026-03-19T10:00 sign-in']);
    expect(byPerson.items[0]).toMatchObject({ childId: childA, role: 'team-manager', detail: { id: expect.any(String) } });
    expect(JSON.stringify(byPerson)).not.toContain('Wrote to the Commissioner');
    expect((await read(`?childId=${childA}&action=active-offer.event`)).items.map((item) => item.detail['type'])).toEqual(['REFERRED', 'PERMISSION_GIVEN', 'CHILD_TOLD', 'OFFER_DUE']);
  });

  it('narrows the log to a day, or between two moments', async () => {
    expect(actions(await read('?from=2026-03-19&to=2026-03-19'))).toEqual(['2026-03-19T10:00 life-event.recorded', '2026-03-19T10:00 sign-in']);
    expect(actions(await read('?from=2026-03-18T08:00:00Z&to=2026-03-18T10:00:00Z'))).toEqual(['2026-03-18T09:00 child.read', '2026-03-18T09:00 sign-in']);
  });

  it('pages through the log, the total counting everything that matches', async () => {
    const all = await read('?childId=' + childA);
    const second = await read(`?childId=${childA}&limit=2&offset=2`);
    expect(second.total).toBe(all.total);
    expect(second.items).toEqual(all.items.slice(2, 4));
  });
});

describe('days in the audit log are days in Wales', () => {
  it('starts a winter day at midnight UTC and a summer day at 23:00 UTC the evening before', () => {
    expect([fromMoment('2026-03-19'), toMoment('2026-03-19')]).toEqual(['2026-03-19T00:00:00.000Z', '2026-03-19T23:59:59.999Z']);
    expect([fromMoment('2026-07-01'), toMoment('2026-07-01')]).toEqual(['2026-06-30T23:00:00.000Z', '2026-07-01T22:59:59.999Z']);
    expect(toMoment('2026-03-28'), 'the clocks go forward that night').toBe('2026-03-28T23:59:59.999Z');
    expect(fromMoment('2026-03-19T09:30:00Z')).toBe('2026-03-19T09:30:00Z');
  });
});
