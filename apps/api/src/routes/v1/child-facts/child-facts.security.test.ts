// Who may record the facts of a child's life: the authority's social workers and team managers
// record life events, placements and allocations, its IROs record reviews of looked after
// children, and nobody else; every refusal writes nothing, and every fact is one audit record.
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords, referToProvider, refusedWithoutTrace } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';

describe.each(testEngines())('who may record the facts of a child\'s life on $name', (engine) => {
  let world: TestWorld;
  let childId: string;
  let inNeedId: string;
  let agents: Record<PersonKey, Agent>;
  const facts = (): Record<string, unknown> => ({
    'life-events': { kind: 'school-move', occurredOn: '2026-03-02', note: null },
    placements: { type: 'residential-independent', start: '2026-03-02', location: { kind: 'outside-wales', description: 'Swydd Amwythig' }, homeHasVisitingAdvocacy: false, distanceFromHomeKm: 95 },
    allocations: { role: 'social-worker', userId: world.people.socialWorkerA.id, start: '2026-03-02' },
    reviews: { kind: 'first', heldOn: '2026-03-02', advocacyFinding: 'knows-and-has-advocate', spokeToChildPrivately: true, note: null },
  });
  const caseworkerFacts = ['life-events', 'placements', 'allocations'];

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    childId = await world.addChild(authorityA);
    inNeedId = await world.addChild(authorityA, { lookedAfter: false });
    await referToProvider(world, 'socialWorkerA', childId, world.providers.p1);
    agents = Object.fromEntries(await Promise.all((Object.keys(world.people) as PersonKey[]).map(async (key) => [key, await world.signIn(key)]))) as Record<PersonKey, Agent>;
  });
  afterAll(() => world.close());

  const post = (who: PersonKey, segment: string, child = childId) => agents[who].json('POST', `/api/v1/children/${child}/${segment}`, facts()[segment]);

  it('hides a child from another authority\'s staff as if it did not exist', async () => {
    for (const segment of caseworkerFacts) {
      for (const who of ['socialWorkerB', 'teamManagerB'] as const) expect((await refusedWithoutTrace(world, 404, () => post(who, segment))).code, `${who} ${segment}`).toBe('not-found');
    }
    expect((await refusedWithoutTrace(world, 404, () => post('iroB', 'reviews'))).code).toBe('not-found');
  });

  it('lets each role record only its own facts', async () => {
    for (const segment of caseworkerFacts) expect((await refusedWithoutTrace(world, 403, () => post('iroA', segment))).code, `iroA ${segment}`).toBe('forbidden');
    for (const who of ['socialWorkerA', 'teamManagerA'] as const) expect((await refusedWithoutTrace(world, 403, () => post(who, 'reviews'))).code, `${who} reviews`).toBe('forbidden');
  });

  it('refuses providers (even the one the child was referred to), commissioners and administrators', async () => {
    for (const segment of Object.keys(facts())) {
      for (const who of ['advocateP1', 'providerManagerP1', 'commissioner', 'administratorA'] as const) {
        expect((await refusedWithoutTrace(world, 403, () => post(who, segment))).code, `${who} ${segment}`).toBe('forbidden');
      }
    }
  });

  it('keeps an IRO\'s reviews to looked after children', async () => {
    expect((await refusedWithoutTrace(world, 404, () => post('iroA', 'reviews', inNeedId))).code).toBe('not-found');
  });

  it('writes one audit record for each fact recorded, naming the fact', async () => {
    const recorded: { action: string; userId: string; role: string; id: string }[] = [];
    for (const [segment, who, action] of [
      ['life-events', 'socialWorkerA', 'life-event.recorded'],
      ['placements', 'teamManagerA', 'placement.recorded'],
      ['allocations', 'socialWorkerA', 'allocation.recorded'],
      ['reviews', 'iroA', 'review.recorded'],
    ] as const) {
      const response = await post(who, segment);
      expect(response.status, segment).toBe(201);
      recorded.push({ action, userId: world.people[who].id, role: world.people[who].role, id: ((await response.json()) as { id: string }).id });
    }
    const audited = (await auditRecords(world, { childId })).filter((record) => record.action.endsWith('.recorded'));
    expect(audited).toEqual(recorded.map(({ action, userId, role, id }) => ({ action, childId, userId, role, scope: `authority:${authorityA}`, detail: { id } })));
  });
});
