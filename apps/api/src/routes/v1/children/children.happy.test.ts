import { replaceDueItemsForChild } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import type { DueItem } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNamedChild } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { childrenPageSchema, childViewSchema, timelineSchema } from './schema.js';

const item = (childId: string, dueOn: string, severity: DueItem['severity']): DueItem => ({
  childId,
  ruleId: 'initial-offer-referral-due',
  ruleVersion: 1,
  kind: 'referral',
  audience: ['social-worker'],
  dueOn,
  severity,
  reason: { en: 'Referral to the advocacy provider', cy: 'Atgyfeiriad at y darparwr eiriolaeth' },
  facts: {},
  caseId: null,
});

describe.each(testEngines())('finding and reading children on $name', (engine) => {
  let world: TestWorld;
  let worker: Agent;
  let children: { alaw: string; bedwyr: string; cadi: string; dafydd: string };

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    children = {
      alaw: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Alaw', familyName: 'Hughes', caseReference: 'CDF/2024/0117' }),
      bedwyr: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Bedwyr', familyName: 'Evans', caseReference: 'CDF/2025/0042', legalStatus: 'interim-care-order' }),
      cadi: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Cadi', familyName: 'Hughes', caseReference: 'CDF/2023/0900', legalStatus: 'section-76' }),
      dafydd: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Dafydd', familyName: 'Morgan', caseReference: 'CDF/2022/0001' }),
    };
    // Alaw's referral is overdue, Bedwyr's is due next month, Cadi and Dafydd have nothing due.
    await replaceDueItemsForChild(world.database.db, children.alaw, [item(children.alaw, '2026-03-02', 'overdue')]);
    await replaceDueItemsForChild(world.database.db, children.bedwyr, [item(children.bedwyr, '2026-04-10', 'due')]);
    worker = await world.signIn('socialWorkerA');
  });
  afterAll(() => world.close());

  const search = async (query: string) => {
    const response = await worker.request(`/api/v1/children${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return childrenPageSchema.parse(await response.json());
  };
  const names = (page: { items: { givenName: string; familyName: string }[] }) => page.items.map((child) => `${child.givenName} ${child.familyName}`);

  it('lists the authority\'s children by family name, then given name, with how many there are', async () => {
    const page = await search('');
    expect(names(page)).toEqual(['Bedwyr Evans', 'Alaw Hughes', 'Cadi Hughes', 'Dafydd Morgan']);
    expect(page).toMatchObject({ total: 4, limit: 50, offset: 0 });
  });

  it('finds a child by part of their name, whatever the case of the letters', async () => {
    expect(names(await search('?q=hugh'))).toEqual(['Alaw Hughes', 'Cadi Hughes']);
    expect(names(await search('?q=ALAW%20HUGHES'))).toEqual(['Alaw Hughes']);
    expect(names(await search('?q=Mair'))).toEqual([]);
  });

  it('finds a child by the authority\'s case reference, and shows it', async () => {
    const page = await search(`?q=${encodeURIComponent('cdf/2025/0042')}`);
    expect(page.items.map((child) => child.id)).toEqual([children.bedwyr]);
    expect(page.items[0]).toMatchObject({ caseReference: 'CDF/2025/0042', legalStatus: 'interim-care-order', dateOfBirth: '2012-05-01', authorityCode: authorityA });
  });

  it('filters by legal status', async () => {
    expect(names(await search('?legalStatus=section-76'))).toEqual(['Cadi Hughes']);
  });

  it('filters children with something due, and children with something overdue today', async () => {
    expect(names(await search('?hasDueItems=true'))).toEqual(['Bedwyr Evans', 'Alaw Hughes']);
    const overdue = await search('?overdue=true');
    expect(names(overdue)).toEqual(['Alaw Hughes']);
    expect(overdue.items[0]?.dueItems).toEqual([expect.objectContaining({ ruleId: 'initial-offer-referral-due', dueOn: '2026-03-02', severity: 'overdue', reason: { en: 'Referral to the advocacy provider', cy: 'Atgyfeiriad at y darparwr eiriolaeth' } })]);
    expect(names(await search('?q=hughes&hasDueItems=true'))).toEqual(['Alaw Hughes']);
  });

  it('pages through the list, the total counting every child that matches', async () => {
    const second = await search('?limit=2&offset=2');
    expect(names(second)).toEqual(['Cadi Hughes', 'Dafydd Morgan']);
    expect(second).toMatchObject({ total: 4, limit: 2, offset: 2 });
    expect((await search('?limit=2&offset=4')).items).toEqual([]);
  });

  it('reads a child\'s whole record with what is due and the version to name when changing it', async () => {
    const response = await worker.request(`/api/v1/children/${children.alaw}`);
    expect(response.status).toBe(200);
    const view = childViewSchema.parse(await response.json());
    if (view.view !== 'full') throw new Error('a social worker reads the full record');
    expect(view.version).toBe(1);
    expect(view.record.child).toMatchObject({ id: children.alaw, givenName: 'Alaw', familyName: 'Hughes', caseReference: 'CDF/2024/0117', legalStatus: 'full-care-order', preferredLanguage: 'cy' });
    expect(view.record.entitlements).toEqual([expect.objectContaining({ basis: 'looked-after', start: '2025-01-06', end: null })]);
    expect(view.dueItems.map((due) => due.dueOn)).toEqual(['2026-03-02']);
    expect(view.returnHomeConversations).toEqual([]);
  });
});

describe.each(testEngines())('a child\'s timeline on $name', (engine) => {
  let world: TestWorld;
  let childId: string;
  let worker: Agent;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    childId = await world.addChild(authorityA);
    worker = await world.signIn('socialWorkerA');
    const iro = await world.signIn('iroA');
    const ok = async (response: Promise<Response>) => {
      const answer = await response;
      expect(answer.status, await answer.clone().text()).toBe(201);
      return (await answer.json()) as { version?: number; caseId?: string };
    };
    // Everything is recorded on one day, 20 March, in an order that is not the order it happened in.
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    await ok(iro.json('POST', `/api/v1/children/${childId}/reviews`, { kind: 'first', heldOn: '2026-02-02', advocacyFinding: 'does-not-know', spokeToChildPrivately: true, note: null }));
    let offer = await ok(worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'OFFER_DUE', on: '2026-01-05', trigger: 'became-looked-after' }, expectedVersion: 0 }));
    offer = await ok(worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'CHILD_TOLD', on: '2026-01-07', method: 'visit', language: 'cy' }, expectedVersion: offer.version }));
    await ok(worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'PERMISSION_GIVEN', on: '2026-01-07' }, expectedVersion: offer.version }));
    await ok(worker.json('POST', `/api/v1/children/${childId}/placements`, { type: 'foster-la', start: '2026-01-12', location: { kind: 'wales', authorityCode: authorityA }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 4 }));
    await ok(worker.json('POST', `/api/v1/children/${childId}/missing-episodes`, { event: { type: 'REPORTED', at: '2026-03-10T23:00:00.000Z', kind: 'missing', riskGrade: 'medium', lastSeenAt: '2026-03-10T21:00:00.000Z', reportedBy: 'Gofalwr', policeReference: null }, expectedVersion: 0 }));
    await ok(worker.json('POST', `/api/v1/children/${childId}/life-events`, { kind: 'school-move', occurredOn: '2026-02-23', note: null }));
    await ok(iro.json('POST', `/api/v1/children/${childId}/oversight`, { event: { type: 'RAISED', on: '2026-03-16', ruleId: 'manual', reason: 'Nobody has told the child about advocacy' }, expectedVersion: 0 }));
  });
  afterAll(() => world.close());

  it('shows every kind of entry, newest first by when it happened, not by when it was typed in', async () => {
    const response = await worker.request(`/api/v1/children/${childId}/timeline`);
    expect(response.status).toBe(200);
    const { items } = timelineSchema.parse(await response.json());
    expect(items.map((entry) => [entry.at.slice(0, 10), entry.source, entry.type])).toEqual([
      ['2026-03-16', 'oversight', 'RAISED'],
      ['2026-03-10', 'missing-episode', 'REPORTED'],
      ['2026-02-23', 'life-event', 'school-move'],
      ['2026-02-02', 'review', 'first'],
      ['2026-01-12', 'placement', 'foster-la'],
      ['2026-01-07', 'active-offer', 'PERMISSION_GIVEN'],
      ['2026-01-07', 'active-offer', 'CHILD_TOLD'],
      ['2026-01-05', 'active-offer', 'OFFER_DUE'],
    ]);
  });

  it('carries what was recorded with each entry, and the case it belongs to', async () => {
    const { items } = timelineSchema.parse(await (await worker.request(`/api/v1/children/${childId}/timeline`)).json());
    const bySource = new Map(items.map((entry) => [entry.source, entry]));
    expect(bySource.get('missing-episode')).toMatchObject({ at: '2026-03-10T23:00:00.000Z', caseId: expect.any(String), detail: { riskGrade: 'medium', reportedBy: 'Gofalwr' } });
    expect(bySource.get('oversight')).toMatchObject({ caseId: expect.any(String), detail: { reason: 'Nobody has told the child about advocacy' } });
    expect(bySource.get('placement')).toMatchObject({ caseId: null, detail: { start: '2026-01-12', distanceFromHomeKm: 4 } });
    expect(bySource.get('review')).toMatchObject({ caseId: null, detail: { advocacyFinding: 'does-not-know', spokeToChildPrivately: true, iroUserId: world.people.iroA.id } });
  });
});
