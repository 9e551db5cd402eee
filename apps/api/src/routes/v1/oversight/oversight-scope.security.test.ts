// Who may read and record IRO concerns: the IRO of a looked after child's authority records
// them, the team manager reads them, and nobody else reaches them; every refusal writes nothing,
// and every read or step is one audit record for the child.
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords, referToProvider, refusedWithoutTrace } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { caseViewSchema } from '../cases/case-schema.js';

const raise = { event: { type: 'RAISED', on: '2026-03-02', ruleId: 'manual', reason: 'No advocate at the review' }, expectedVersion: 0 };
const acknowledge = { event: { type: 'ACKNOWLEDGED', on: '2026-03-03' }, expectedVersion: 1 };

describe.each(testEngines())('who reaches IRO concerns on $name', (engine) => {
  let world: TestWorld;
  let childId: string;
  let inNeedId: string;
  let caseId: string;
  let agents: Record<PersonKey, Agent>;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    childId = await world.addChild(authorityA);
    inNeedId = await world.addChild(authorityA, { lookedAfter: false });
    await referToProvider(world, 'socialWorkerA', childId, world.providers.p1);
    const iro = await world.signIn('iroA');
    caseId = caseViewSchema.parse(await (await iro.json('POST', `/api/v1/children/${childId}/oversight`, raise)).json()).caseId;
    agents = Object.fromEntries(await Promise.all((Object.keys(world.people) as PersonKey[]).map(async (key) => [key, await world.signIn(key)]))) as Record<PersonKey, Agent>;
  });
  afterAll(() => world.close());

  const routes = () => [
    { method: 'GET', path: `/api/v1/children/${childId}/oversight`, body: undefined },
    { method: 'GET', path: `/api/v1/children/${childId}/oversight/${caseId}`, body: undefined },
    { method: 'POST', path: `/api/v1/children/${childId}/oversight`, body: raise },
    { method: 'POST', path: `/api/v1/children/${childId}/oversight/${caseId}/events`, body: acknowledge },
  ];
  const call = (who: PersonKey, route: { method: string; path: string; body: unknown }) => {
    const agent = agents[who];
    return route.body === undefined ? agent.request(route.path) : agent.json(route.method, route.path, route.body);
  };

  it('hides another authority\'s child from an IRO and a team manager as if it did not exist', async () => {
    for (const who of ['iroB', 'teamManagerB'] as const) {
      for (const route of routes()) {
        if (who === 'teamManagerB' && route.method === 'POST') continue;
        const problem = await refusedWithoutTrace(world, 404, () => call(who, route));
        expect(problem.code, `${who} ${route.method} ${route.path}`).toBe('not-found');
      }
    }
  });

  it('refuses social workers, providers (even the one the child was referred to), commissioners and administrators', async () => {
    for (const who of ['socialWorkerA', 'advocateP1', 'providerManagerP1', 'commissioner', 'administratorA'] as const) {
      for (const route of routes()) {
        const problem = await refusedWithoutTrace(world, 403, () => call(who, route));
        expect(problem.code, `${who} ${route.method} ${route.path}`).toBe('forbidden');
      }
    }
  });

  it('lets a team manager read concerns but not record them', async () => {
    const [list, one, open, step] = routes();
    expect((await call('teamManagerA', list!)).status).toBe(200);
    expect((await call('teamManagerA', one!)).status).toBe(200);
    for (const route of [open!, step!]) expect((await refusedWithoutTrace(world, 403, () => call('teamManagerA', route))).code).toBe('forbidden');
  });

  it('keeps an IRO to looked after children: a child in need is not found', async () => {
    for (const route of [
      { method: 'GET', path: `/api/v1/children/${inNeedId}/oversight`, body: undefined },
      { method: 'POST', path: `/api/v1/children/${inNeedId}/oversight`, body: raise },
    ]) {
      expect((await refusedWithoutTrace(world, 404, () => call('iroA', route))).code).toBe('not-found');
    }
  });

  it('writes one audit record for the child for each list, read and step, with the case and the step', async () => {
    const [list, one, , step] = routes();
    const before = (await auditRecords(world, { childId })).length;
    expect((await call('teamManagerA', list!)).status).toBe(200);
    expect((await call('teamManagerA', one!)).status).toBe(200);
    expect((await call('iroA', step!)).status).toBe(201);
    const records = (await auditRecords(world, { childId })).slice(before);
    expect(records).toEqual([
      { action: 'oversight.listed', childId, userId: world.people.teamManagerA.id, role: 'team-manager', scope: `authority:${authorityA}`, detail: {} },
      { action: 'oversight.read', childId, userId: world.people.teamManagerA.id, role: 'team-manager', scope: `authority:${authorityA}`, detail: { caseId } },
      { action: 'oversight.event', childId, userId: world.people.iroA.id, role: 'iro', scope: `authority:${authorityA}`, detail: { caseId, type: 'ACKNOWLEDGED', version: 2 } },
    ]);
  });
});
