import { createUser } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessages, refusedWithoutTrace, speaks } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';

const nobody = '7b0c1c5e-34a8-4c2a-9b59-8f3b8c3a2d10';
const placement = (start: string) => ({ type: 'foster-la', start, location: { kind: 'wales', authorityCode: authorityA }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 3 });
const review = { kind: 'first', heldOn: '2026-03-02', advocacyFinding: 'does-not-know', spokeToChildPrivately: true, note: null };

describe.each(testEngines())('when a fact of a child\'s life is refused on $name', (engine) => {
  let world: TestWorld;
  let worker: Agent;
  let iro: Agent;
  let childId: string;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    childId = await world.addChild(authorityA);
    worker = await world.signIn('socialWorkerA');
    iro = await world.signIn('iroA');
  });
  afterAll(() => world.close());

  const refused = (agent: Agent, status: number, segment: string, body: unknown, child = childId) =>
    refusedWithoutTrace(world, status, () => agent.json('POST', `/api/v1/children/${child}/${segment}`, body));

  it('names each field of a life event at fault, in English and Welsh', async () => {
    const body = { kind: 'moved-school', occurredOn: '2026-02-30', note: 'x'.repeat(2001) };
    const english = fieldMessages(await refused(worker, 422, 'life-events', body));
    expect(english).toMatchObject({ occurredOn: 'Enter a real date of the event, for example 2012-03-31', note: 'Note must be 2000 characters or fewer' });
    expect(english['kind']).toMatch(/^Choose one of the allowed values for the kind|^Choose the kind from: /);
    await speaks(worker, 'cy');
    try {
      const welsh = fieldMessages(await refused(worker, 422, 'life-events', body));
      expect(welsh).toMatchObject({ occurredOn: 'Rhowch ddyddiad y digwyddiad go iawn, er enghraifft 2012-03-31', note: 'Rhaid i nodyn fod yn 2000 nod neu lai' });
      expect(welsh['kind']).toMatch(/^Dewiswch /);
    } finally {
      await speaks(worker, 'en');
    }
  });

  it('names each field of a placement at fault', async () => {
    const problem = await refused(worker, 422, 'placements', { type: 'foster', start: '2026-03-01', location: { kind: 'wales', authorityCode: 'Cardiff' }, homeHasVisitingAdvocacy: 'no', distanceFromHomeKm: -3, placedBy: 'me' });
    expect(fieldMessages(problem)).toMatchObject({
      'location.authorityCode': 'Enter a Welsh council GSS code such as W06000015',
      homeHasVisitingAdvocacy: 'Answer yes or no for whether the home has a visiting advocate',
      distanceFromHomeKm: 'Distance from home in kilometres must be 0 or more',
      '': 'Remove "placedBy": this form does not take that field',
    });
    expect(Object.keys(fieldMessages(problem))).toContain('type');
  });

  it('refuses a placement that starts before the child\'s current placement, naming the start date, in both languages', async () => {
    const current = await worker.json('POST', `/api/v1/children/${childId}/placements`, placement('2026-03-01'));
    expect(current.status).toBe(201);
    expect(fieldMessages(await refused(worker, 422, 'placements', placement('2026-02-01')))).toEqual({ start: 'The child\'s current placement started on 2026-03-01: record a placement that starts on or after that date' });
    await speaks(worker, 'cy');
    try {
      expect(fieldMessages(await refused(worker, 422, 'placements', placement('2026-02-01')))).toEqual({ start: 'Dechreuodd lleoliad presennol y plentyn ar 2026-03-01: cofnodwch leoliad sy\'n dechrau ar y dyddiad hwnnw neu ar ei ôl' });
    } finally {
      await speaks(worker, 'en');
    }
  });

  it('refuses to allocate someone who cannot hold the role for this child, naming the person, in both languages', async () => {
    const deactivated = await createUser(world.database.db, { email: 'left@example.gov.wales', displayName: 'Left', role: 'social-worker', authorityCode: authorityA, providerId: null, preferredLanguage: 'en', active: false });
    for (const body of [
      { role: 'social-worker', userId: world.people.socialWorkerB.id, start: '2026-03-02' },
      { role: 'iro', userId: world.people.socialWorkerA.id, start: '2026-03-02' },
      { role: 'social-worker', userId: deactivated.id, start: '2026-03-02' },
      { role: 'social-worker', userId: nobody, start: '2026-03-02' },
    ]) {
      expect(fieldMessages(await refused(worker, 422, 'allocations', body)), JSON.stringify(body)).toEqual({ userId: 'Choose an active person with this role in the child\'s authority' });
    }
    await speaks(worker, 'cy');
    try {
      expect(fieldMessages(await refused(worker, 422, 'allocations', { role: 'iro', userId: world.people.iroB.id, start: '2026-03-02' }))).toEqual({ userId: 'Dewiswch berson gweithredol sydd â\'r rôl hon yn awdurdod y plentyn' });
    } finally {
      await speaks(worker, 'en');
    }
  });

  it('names the fields of an allocation and a review at fault', async () => {
    expect(fieldMessages(await refused(worker, 422, 'allocations', { role: 'team-manager', userId: 'gwen', start: '2026-03-02' }))).toEqual({
      role: 'Choose the role from: social-worker, iro',
      userId: 'Use the id Cynnig gave the record, for example 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
    });
    const problem = await refused(iro, 422, 'reviews', { kind: 'annual', heldOn: '2026-03-02', note: null });
    expect(fieldMessages(problem)).toMatchObject({
      kind: 'Choose the kind from: first, second, subsequent, early',
      advocacyFinding: 'Choose what the child knows about advocacy from: knows-and-has-advocate, knows-and-declined, does-not-know, not-able-to-say',
      spokeToChildPrivately: 'Answer yes or no for whether you spoke to the child privately',
    });
  });

  it('answers 404 problems for a child that does not exist, and 422 for an id that is not one', async () => {
    for (const [agent, segment, body] of [
      [worker, 'life-events', { kind: 'school-move', occurredOn: '2026-03-02', note: null }],
      [worker, 'placements', placement('2026-03-02')],
      [worker, 'allocations', { role: 'social-worker', userId: world.people.socialWorkerA.id, start: '2026-03-02' }],
      [iro, 'reviews', review],
    ] as const) {
      expect(await refused(agent, 404, segment, body, nobody), segment).toMatchObject({ code: 'not-found', errors: [] });
      expect(Object.keys(fieldMessages(await refused(agent, 422, segment, body, 'REF-1'))), segment).toEqual(['param.childId']);
    }
  });
});
