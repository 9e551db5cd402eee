import { addAllocation, replaceDueItemsForChild } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import type { DueItem } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNamedChild, referToProvider } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { inboxSchema, queuePageSchema } from './schema.js';

const due = (childId: string, ruleId: string, audience: DueItem['audience'], dueOn: string, severity: DueItem['severity'], reason: string): DueItem => ({
  childId, ruleId, ruleVersion: 1, kind: ruleId.startsWith('iro-review') ? 'review' : 'reoffer', audience, dueOn, severity,
  reason: { en: reason, cy: `Cymraeg: ${reason}` }, facts: { placementMoveSinceLastRound: '2026-01-12' }, caseId: null,
});

describe.each(testEngines())('what each queue holds and why on $name', (engine) => {
  let world: TestWorld;
  let children: { alaw: string; bedwyr: string; cadi: string };

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    children = {
      alaw: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Alaw', familyName: 'Hughes', caseReference: 'CDF/0001' }),
      bedwyr: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Bedwyr', familyName: 'Evans', caseReference: 'CDF/0002' }),
      cadi: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Cadi', familyName: 'Morgan', caseReference: 'CDF/0003' }),
    };
    const me = world.people.socialWorkerA.id;
    await addAllocation(world.database.db, { childId: children.alaw, role: 'social-worker', userId: me, start: '2026-01-05', end: null });
    await addAllocation(world.database.db, { childId: children.bedwyr, role: 'social-worker', userId: me, start: '2026-01-05', end: null });
    const db = world.database.db;
    await replaceDueItemsForChild(db, children.alaw, [
      due(children.alaw, 'reoffer-placement-move', ['social-worker'], '2026-01-26', 'overdue', 'The child moved placement on 12 January'),
      due(children.alaw, 'iro-reoffer-overdue', ['iro', 'team-manager'], '2026-01-26', 'overdue', 'Re-offer overdue'),
    ]);
    await replaceDueItemsForChild(db, children.bedwyr, [due(children.bedwyr, 'iro-review-due', ['iro', 'social-worker'], '2026-04-02', 'due', 'Statutory review due')]);
    await replaceDueItemsForChild(db, children.cadi, [due(children.cadi, 'iro-review-due', ['iro', 'social-worker'], '2026-03-02', 'overdue', 'Statutory review overdue')]);
  });
  afterAll(() => world.close());

  const queue = async (who: PersonKey, name: string, query = '') => {
    const agent: Agent = await world.signIn(who);
    const response = await agent.request(`/api/v1/queues/${name}${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return queuePageSchema.parse(await response.json());
  };
  const lines = (page: { items: { childName: string; ruleId: string; dueOn: string }[] }) => page.items.map((item) => `${item.dueOn} ${item.childName} ${item.ruleId}`);

  it('gives the IRO the items addressed to IROs, oldest due date first, each with its rule, reason and facts', async () => {
    const page = await queue('iroA', 'iro');
    expect(lines(page)).toEqual(['2026-01-26 Alaw Hughes iro-reoffer-overdue', '2026-03-02 Cadi Morgan iro-review-due', '2026-04-02 Bedwyr Evans iro-review-due']);
    expect(page.total).toBe(3);
    expect(page.items[0]).toMatchObject({ caseReference: 'CDF/0001', severity: 'overdue', reason: { en: 'Re-offer overdue', cy: 'Cymraeg: Re-offer overdue' }, facts: { placementMoveSinceLastRound: '2026-01-12' } });
  });

  it('narrows a queue to what is due by a date, and pages through it with the total of what matches', async () => {
    expect(lines(await queue('iroA', 'iro', '?dueBy=2026-03-20'))).toEqual(['2026-01-26 Alaw Hughes iro-reoffer-overdue', '2026-03-02 Cadi Morgan iro-review-due']);
    const second = await queue('iroA', 'iro', '?limit=1&offset=1');
    expect(lines(second)).toEqual(['2026-03-02 Cadi Morgan iro-review-due']);
    expect(second.total).toBe(3);
  });

  it('gives the team manager the items addressed to team managers', async () => {
    expect(lines(await queue('teamManagerA', 'team'))).toEqual(['2026-01-26 Alaw Hughes iro-reoffer-overdue']);
  });

  it('gives a social worker the items for social workers on the children allocated to them', async () => {
    expect(lines(await queue('socialWorkerA', 'caseload'))).toEqual(['2026-01-26 Alaw Hughes reoffer-placement-move', '2026-04-02 Bedwyr Evans iro-review-due']);
  });
});

describe.each(testEngines())('the provider\'s referral inbox on $name', (engine) => {
  let world: TestWorld;
  let childId: string;
  let version: number;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    childId = await addNamedChild(world, { authorityCode: authorityA, givenName: 'Efa', familyName: 'Jones', caseReference: 'CDF/0010', entitledFrom: '2026-03-09' });
    version = await referToProvider(world, 'socialWorkerA', childId, world.providers.p1, '2026-03-09');
  });
  afterAll(() => world.close());

  const inbox = async (who: PersonKey) => {
    const response = await (await world.signIn(who)).request('/api/v1/queues/provider-inbox');
    expect(response.status).toBe(200);
    return inboxSchema.parse(await response.json());
  };

  it('shows a referral waiting for contact with what the provider needs to reach the child, and when the offer is due', async () => {
    const page = await inbox('advocateP1');
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ childId, givenName: 'Efa', familyName: 'Jones', dateOfBirth: '2012-05-01', preferredLanguage: 'cy', communicationNeeds: [], state: 'awaitingProviderContact', round: 1, referredOn: '2026-03-09', trigger: 'became-looked-after', caseVersion: version, dueOn: '2026-03-23' });
    expect(JSON.stringify(page)).not.toContain('CDF/0010');
  });

  it('keeps the referral while the outcome is awaited and drops it once the outcome is confirmed', async () => {
    const advocate = await world.signIn('advocateP1');
    for (const event of [
      { type: 'OFFER_MADE', on: '2026-03-12', language: 'cy', formats: ['conversation'], mode: 'instructed' },
      { type: 'OFFER_DECLINED', on: '2026-03-12', reason: null },
    ]) {
      const response = await advocate.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event, expectedVersion: version });
      expect(response.status, await response.clone().text()).toBe(201);
      version = ((await response.json()) as { version: number }).version;
    }
    expect((await inbox('providerManagerP1')).items.map((item) => item.state)).toEqual(['awaitingConfirmation']);
    const confirmed = await advocate.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'OUTCOME_CONFIRMED', on: '2026-03-13' }, expectedVersion: version });
    expect(confirmed.status).toBe(201);
    expect(await inbox('advocateP1')).toEqual({ items: [], total: 0 });
  });
});
