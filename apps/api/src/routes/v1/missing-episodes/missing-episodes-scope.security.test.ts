// Who may read and record missing episodes: the authority's social workers and team managers
// record them, its IROs read them for looked after children, and nobody else reaches them; every
// refusal writes nothing, and every read or step is one audit record for the child.
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords, referToProvider, refusedWithoutTrace } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { caseViewSchema } from '../cases/case-schema.js';

const report = { event: { type: 'REPORTED', at: '2026-03-10T22:00:00.000Z', kind: 'missing', riskGrade: 'high', lastSeenAt: '2026-03-10T21:00:00.000Z', reportedBy: 'Gofalwr', policeReference: 'DP-2026-1044' }, expectedVersion: 0 };
const returned = { event: { type: 'RETURNED', at: '2026-03-11T09:00:00.000Z', method: 'found-by-police', whereFound: 'Gorsaf fysiau', whoWith: null }, expectedVersion: 1 };

describe.each(testEngines())('who reaches missing episodes on $name', (engine) => {
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
    const worker = await world.signIn('socialWorkerA');
    caseId = caseViewSchema.parse(await (await worker.json('POST', `/api/v1/children/${childId}/missing-episodes`, report)).json()).caseId;
    agents = Object.fromEntries(await Promise.all((Object.keys(world.people) as PersonKey[]).map(async (key) => [key, await world.signIn(key)]))) as Record<PersonKey, Agent>;
  });
  afterAll(() => world.close());

  const routes = (child = childId) => [
    { method: 'GET', path: `/api/v1/children/${child}/missing-episodes`, body: undefined },
    { method: 'GET', path: `/api/v1/children/${child}/missing-episodes/${caseId}`, body: undefined },
    { method: 'POST', path: `/api/v1/children/${child}/missing-episodes`, body: report },
    { method: 'POST', path: `/api/v1/children/${child}/missing-episodes/${caseId}/events`, body: returned },
  ];
  const call = (who: PersonKey, route: { method: string; path: string; body: unknown }) =>
    route.body === undefined ? agents[who].request(route.path) : agents[who].json(route.method, route.path, route.body);

  it('hides a child from another authority\'s staff as if it did not exist', async () => {
    for (const who of ['socialWorkerB', 'teamManagerB', 'iroB'] as const) {
      for (const route of routes()) {
        if (who === 'iroB' && route.method === 'POST') continue;
        expect((await refusedWithoutTrace(world, 404, () => call(who, route))).code, `${who} ${route.method} ${route.path}`).toBe('not-found');
      }
    }
  });

  it('refuses providers (even the one the child was referred to), commissioners and administrators', async () => {
    for (const who of ['advocateP1', 'providerManagerP1', 'commissioner', 'administratorA'] as const) {
      for (const route of routes()) {
        expect((await refusedWithoutTrace(world, 403, () => call(who, route))).code, `${who} ${route.method} ${route.path}`).toBe('forbidden');
      }
    }
  });

  it('lets an IRO read episodes but not record them, and only for looked after children', async () => {
    const [list, one, open, step] = routes();
    expect((await call('iroA', list!)).status).toBe(200);
    expect((await call('iroA', one!)).status).toBe(200);
    for (const route of [open!, step!]) expect((await refusedWithoutTrace(world, 403, () => call('iroA', route))).code).toBe('forbidden');
    const [inNeedList] = routes(inNeedId);
    expect((await refusedWithoutTrace(world, 404, () => call('iroA', inNeedList!))).code).toBe('not-found');
    expect((await call('socialWorkerA', inNeedList!)).status, 'a social worker reaches every child of the authority').toBe(200);
  });

  it('writes one audit record for the child for each list, read and step, with the case and the step', async () => {
    const [list, one, , step] = routes();
    const before = (await auditRecords(world, { childId })).length;
    expect((await call('iroA', list!)).status).toBe(200);
    expect((await call('teamManagerA', one!)).status).toBe(200);
    expect((await call('teamManagerA', step!)).status).toBe(201);
    expect((await auditRecords(world, { childId })).slice(before)).toEqual([
      { action: 'missing-episode.listed', childId, userId: world.people.iroA.id, role: 'iro', scope: `authority:${authorityA}`, detail: {} },
      { action: 'missing-episode.read', childId, userId: world.people.teamManagerA.id, role: 'team-manager', scope: `authority:${authorityA}`, detail: { caseId } },
      { action: 'missing-episode.event', childId, userId: world.people.teamManagerA.id, role: 'team-manager', scope: `authority:${authorityA}`, detail: { caseId, type: 'RETURNED', version: 2 } },
    ]);
  });
});
