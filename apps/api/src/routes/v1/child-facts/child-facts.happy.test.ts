import { testEngines } from '@cynnig/data/test-support';
import type { DueItem } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNamedChild, auditRecords } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, testPassword, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { childViewSchema } from '../children/schema.js';
import { queuePageSchema } from '../queues/schema.js';
import { recordedFactSchema } from './schema.js';

const fosterPlacement = (start: string) => ({ type: 'foster-la', start, location: { kind: 'wales', authorityCode: authorityA }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 3 });

describe.each(testEngines())('recording the facts of a child\'s life on $name', (engine) => {
  let world: TestWorld;
  let worker: Agent;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    worker = await world.signIn('socialWorkerA');
  });
  afterAll(() => world.close());

  const record = async (agent: Agent, childId: string, segment: string, body: unknown) => {
    const response = await agent.json('POST', `/api/v1/children/${childId}/${segment}`, body);
    expect(response.status, await response.clone().text()).toBe(201);
    const fact = recordedFactSchema.parse(await response.json());
    expect(fact.childId).toBe(childId);
    return fact;
  };
  const read = async (agent: Agent, childId: string) => {
    const view = childViewSchema.parse(await (await agent.request(`/api/v1/children/${childId}`)).json());
    if (view.view !== 'full') throw new Error('authority staff read the full record');
    return view;
  };
  const reoffer = (items: readonly DueItem[]) => items.find((item) => item.kind === 'reoffer');

  /** A child who refused permission on 7 January: the Active Offer waits to be made again. */
  async function aChildWhoDeclined(givenName: string): Promise<string> {
    const childId = await addNamedChild(world, { authorityCode: authorityA, givenName, familyName: 'Prawf', caseReference: `CDF/${givenName}`, entitledFrom: '2026-01-05' });
    await record(worker, childId, 'placements', fosterPlacement('2026-01-05'));
    let version = 0;
    for (const event of [
      { type: 'OFFER_DUE', on: '2026-01-05', trigger: 'became-looked-after' },
      { type: 'CHILD_TOLD', on: '2026-01-07', method: 'visit', language: 'cy' },
      { type: 'PERMISSION_REFUSED', on: '2026-01-07', reason: null },
    ]) {
      const response = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event, expectedVersion: version });
      expect(response.status, await response.clone().text()).toBe(201);
      version = ((await response.json()) as { version: number }).version;
    }
    return childId;
  }

  it('makes the Active Offer due again ten working days after a placement move, saying why', async () => {
    const childId = await aChildWhoDeclined('Alaw');
    const before = reoffer((await read(worker, childId)).dueItems);
    expect(before, 'before the move, the periodic re-offer six months after the refusal').toMatchObject({ ruleId: 'reoffer-periodic-after-decline', dueOn: '2026-07-07' });
    const placement = await record(worker, childId, 'placements', { ...fosterPlacement('2026-03-16'), type: 'foster-agency', distanceFromHomeKm: 12 });
    const view = await read(worker, childId);
    expect(reoffer(view.dueItems)).toMatchObject({
      ruleId: 'reoffer-placement-move',
      dueOn: '2026-03-30',
      severity: 'due',
      audience: ['social-worker'],
      reason: { en: expect.stringMatching(/^The child moved placement on .+: make the Active Offer again by /), cy: expect.stringMatching(/^Symudodd y plentyn leoliad ar .+: gwnewch y cynnig gweithredol eto erbyn /) },
      facts: expect.objectContaining({ placementMoveSinceLastRound: '2026-03-16' }),
    });
    expect(view.record.placements.map((p) => [p.type, p.start, p.end])).toEqual([['foster-la', '2026-01-05', '2026-03-16'], ['foster-agency', '2026-03-16', null]]);
    expect(view.record.placements[1]?.id).toBe(placement.id);
  });

  it('makes the Active Offer due again after a complaint recorded as a life event', async () => {
    const childId = await aChildWhoDeclined('Bedwyr');
    const event = await record(worker, childId, 'life-events', { kind: 'complaint', occurredOn: '2026-03-18', note: 'Complained about contact arrangements' });
    const view = await read(worker, childId);
    expect(view.record.lifeEvents).toEqual([{ id: event.id, childId, kind: 'complaint', occurredOn: '2026-03-18', note: 'Complained about contact arrangements' }]);
    expect(reoffer(view.dueItems)).toMatchObject({ ruleId: 'reoffer-complaint', dueOn: '2026-03-25', facts: expect.objectContaining({ complaintSinceLastRound: '2026-03-18' }) });
  });

  it('moves a child onto the new social worker\'s caseload when the allocation changes', async () => {
    const administrator = await world.signIn('administratorA');
    const added = await administrator.json('POST', '/api/v1/users', { email: 'gwen.rees@example.gov.wales', displayName: 'Gwen Rees', role: 'social-worker', preferredLanguage: 'cy', password: testPassword });
    expect(added.status).toBe(201);
    const gwen = (await added.json()) as { id: string };
    const newWorker = await world.signInAs('gwen.rees@example.gov.wales');
    const childId = await addNamedChild(world, { authorityCode: authorityA, givenName: 'Cadi', familyName: 'Prawf', caseReference: 'CDF/Cadi', entitledFrom: '2026-03-16' });
    const caseload = async (agent: Agent) => queuePageSchema.parse(await (await agent.request('/api/v1/queues/caseload')).json()).items.filter((item) => item.childId === childId);

    await record(worker, childId, 'allocations', { role: 'social-worker', userId: world.people.socialWorkerA.id, start: '2026-03-16' });
    expect((await caseload(worker)).map((item) => item.ruleId)).toContain('initial-offer-referral-due');
    expect(await caseload(newWorker)).toEqual([]);

    const allocation = await record(worker, childId, 'allocations', { role: 'social-worker', userId: gwen.id, start: '2026-03-19' });
    expect(await caseload(worker)).toEqual([]);
    expect((await caseload(newWorker)).map((item) => [item.ruleId, item.childName, item.caseReference])).toContainEqual(['initial-offer-referral-due', 'Cadi Prawf', 'CDF/Cadi']);
    const allocations = (await read(worker, childId)).record.allocations;
    expect(allocations.map((a) => [a.userId, a.start, a.end])).toEqual([[world.people.socialWorkerA.id, '2026-03-16', '2026-03-19'], [gwen.id, '2026-03-19', null]]);
    expect(allocations[1]?.id).toBe(allocation.id);
  });

  it('clears the statutory review from the IRO\'s queue once the review is recorded', async () => {
    const iro = await world.signIn('iroA');
    const childId = await addNamedChild(world, { authorityCode: authorityA, givenName: 'Dafydd', familyName: 'Prawf', caseReference: 'CDF/Dafydd', entitledFrom: '2026-01-05' });
    const reviewItems = async () => queuePageSchema.parse(await (await iro.request('/api/v1/queues/iro')).json()).items.filter((item) => item.childId === childId && item.ruleId === 'iro-review-due');

    await record(worker, childId, 'allocations', { role: 'iro', userId: world.people.iroA.id, start: '2026-01-05' });
    expect(await reviewItems(), 'the first review was due 20 working days after 5 January').toEqual([expect.objectContaining({ dueOn: '2026-02-02', severity: 'overdue' })]);

    const review = await record(iro, childId, 'reviews', { kind: 'first', heldOn: '2026-03-17', advocacyFinding: 'knows-and-declined', spokeToChildPrivately: true, note: null });
    expect(await reviewItems()).toEqual([]);
    const view = await read(iro, childId);
    expect(view.record.reviews).toEqual([{ id: review.id, childId, kind: 'first', heldOn: '2026-03-17', iroUserId: world.people.iroA.id, advocacyFinding: 'knows-and-declined', spokeToChildPrivately: true, note: null }]);
    expect(view.dueItems.find((item) => item.ruleId === 'iro-review-due')).toBeUndefined();
  });

  it('records a retried submission with the same Idempotency-Key once', async () => {
    const childId = await world.addChild(authorityA);
    const body = { kind: 'school-move', occurredOn: '2026-03-02', note: null };
    const first = await worker.json('POST', `/api/v1/children/${childId}/life-events`, body, { 'idempotency-key': `school-move-${childId}` });
    const retry = await worker.json('POST', `/api/v1/children/${childId}/life-events`, body, { 'idempotency-key': `school-move-${childId}` });
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    expect((await read(worker, childId)).record.lifeEvents).toHaveLength(1);
    expect(await auditRecords(world, { childId, action: 'life-event.recorded' })).toHaveLength(1);
  });
});
