import { replaceDueItemsForChild } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import type { DueItem } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addNamedChild, auditRecords, fieldMessages, referToProvider, refusedWithoutTrace, speaks } from '../../../test-support/route-checks.js';
import { authorityA, authorityB, openTestWorld, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { childrenPageSchema } from './schema.js';

/** An overdue review: addressed to the IRO and the social worker, never to the provider. */
const reviewOverdue = (childId: string): DueItem => ({
  childId,
  ruleId: 'iro-review-due',
  ruleVersion: 1,
  kind: 'review',
  audience: ['iro', 'social-worker'],
  dueOn: '2026-02-01',
  severity: 'overdue',
  reason: { en: 'Statutory review overdue', cy: 'Adolygiad statudol yn hwyr' },
  facts: {},
  caseId: null,
});

describe.each(testEngines())('who may find and read a child on $name', (engine) => {
  let world: TestWorld;
  let children: { referred: string; notReferred: string; inNeed: string; elsewhere: string };

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    children = {
      referred: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Alaw', familyName: 'Hughes', caseReference: 'CDF/2024/0117' }),
      notReferred: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Bedwyr', familyName: 'Hughes', caseReference: 'CDF/2025/0042' }),
      inNeed: await addNamedChild(world, { authorityCode: authorityA, givenName: 'Cadi', familyName: 'Hughes', caseReference: 'CDF/2023/0900', legalStatus: 'child-protection-enquiry', basis: 'care-and-support' }),
      elsewhere: await addNamedChild(world, { authorityCode: authorityB, givenName: 'Gethin', familyName: 'Hughes', caseReference: 'ABT/2024/0001' }),
    };
    await referToProvider(world, 'socialWorkerA', children.referred, world.providers.p1);
    await replaceDueItemsForChild(world.database.db, children.referred, [reviewOverdue(children.referred)]);
  });
  afterAll(() => world.close());

  const listed = async (who: PersonKey, query = '') => {
    const agent = await world.signIn(who);
    const response = await agent.request(`/api/v1/children${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return childrenPageSchema.parse(await response.json());
  };
  const ids = (page: { items: { id: string }[] }) => page.items.map((child) => child.id).sort();

  it('hides a child from another authority as if it did not exist, and leaves no trace', async () => {
    const stranger = await world.signIn('socialWorkerB');
    for (const path of [`/api/v1/children/${children.referred}`, `/api/v1/children/${children.referred}/timeline`]) {
      expect((await refusedWithoutTrace(world, 404, () => stranger.request(path))).code).toBe('not-found');
    }
    expect(ids(await listed('socialWorkerB', '?q=hughes'))).toEqual([children.elsewhere]);
    expect(ids(await listed('socialWorkerB', `?q=${encodeURIComponent('CDF/2024/0117')}`))).toEqual([]);
  });

  it('hides a child from a provider it was never referred to, and the timeline from every provider', async () => {
    const other = await world.signIn('advocateP2');
    expect((await refusedWithoutTrace(world, 404, () => other.request(`/api/v1/children/${children.referred}`))).code).toBe('not-found');
    expect((await refusedWithoutTrace(world, 404, () => other.request(`/api/v1/children/${children.notReferred}`))).code).toBe('not-found');
    for (const who of ['advocateP1', 'providerManagerP1'] as const) {
      const agent = await world.signIn(who);
      expect((await refusedWithoutTrace(world, 403, () => agent.request(`/api/v1/children/${children.referred}/timeline`))).code).toBe('forbidden');
    }
    expect(ids(await listed('advocateP2', '?q=hughes'))).toEqual([]);
  });

  it('lets a provider find a referred child by name, but never by what only the authority sees', async () => {
    expect(ids(await listed('advocateP1', '?q=alaw'))).toEqual([children.referred]);
    const byReference = await listed('advocateP1', `?q=${encodeURIComponent('CDF/2024/0117')}`);
    expect(byReference.items, 'a provider cannot learn a case reference by searching for it').toEqual([]);
    expect(byReference.total).toBe(0);
    const overdue = await listed('advocateP1', '?overdue=true');
    expect(overdue.items, 'an overdue review is not the provider\'s: it does not say so by filtering').toEqual([]);
    const withItems = await listed('advocateP1', '?hasDueItems=true');
    expect(withItems.items.flatMap((child) => child.dueItems)).toEqual([]);
    expect(withItems.items).toEqual([]);
  });

  it('refuses a provider\'s search by legal status, which providers are not shown, in both languages', async () => {
    const advocate = await world.signIn('advocateP1');
    const english = await refusedWithoutTrace(world, 422, () => advocate.request('/api/v1/children?legalStatus=full-care-order'));
    expect(fieldMessages(english)).toEqual({ 'query.legalStatus': 'Advocacy providers are not shown a child\'s legal status, so cannot search by it' });
    await speaks(advocate, 'cy');
    try {
      const welsh = await refusedWithoutTrace(world, 422, () => advocate.request('/api/v1/children?legalStatus=full-care-order'));
      expect(fieldMessages(welsh)).toEqual({ 'query.legalStatus': 'Nid yw darparwyr eiriolaeth yn gweld statws cyfreithiol plentyn, felly ni allant chwilio yn ôl hwnnw' });
    } finally {
      await speaks(advocate, 'en');
    }
  });

  it('never lets a commissioner or an administrator browse or open children', async () => {
    for (const who of ['commissioner', 'administratorA'] as const) {
      const agent = await world.signIn(who);
      for (const path of ['/api/v1/children', `/api/v1/children/${children.referred}`, `/api/v1/children/${children.referred}/timeline`]) {
        expect((await refusedWithoutTrace(world, 403, () => agent.request(path))).code, `${who} ${path}`).toBe('forbidden');
      }
    }
  });

  it('hides a child who is not looked after from an IRO, in the list and the record', async () => {
    const iro = await world.signIn('iroA');
    expect((await refusedWithoutTrace(world, 404, () => iro.request(`/api/v1/children/${children.inNeed}`))).code).toBe('not-found');
    expect((await refusedWithoutTrace(world, 404, () => iro.request(`/api/v1/children/${children.inNeed}/timeline`))).code).toBe('not-found');
    expect(ids(await listed('iroA', '?q=hughes'))).toEqual([children.referred, children.notReferred].sort());
  });

  it('audits one "listed" record for each child on the page shown, and none for the children left off it', async () => {
    const worker = await world.signIn('socialWorkerA');
    const page = childrenPageSchema.parse(await (await worker.request('/api/v1/children?q=hughes&limit=2')).json());
    expect(page.total).toBe(3);
    const shown = page.items.map((child) => child.id);
    const records = await auditRecords(world, { userId: world.people.socialWorkerA.id, action: 'child.listed' });
    expect(records.map((record) => record.childId).sort()).toEqual([...shown].sort());
    expect(records.every((record) => record.role === 'social-worker' && record.scope === `authority:${authorityA}`)).toBe(true);
  });

  it('audits one record for each read of a record or a timeline, under the reader\'s role and scope', async () => {
    const manager = await world.signIn('teamManagerA');
    expect((await manager.request(`/api/v1/children/${children.notReferred}`)).status).toBe(200);
    expect((await manager.request(`/api/v1/children/${children.notReferred}/timeline`)).status).toBe(200);
    expect(await auditRecords(world, { userId: world.people.teamManagerA.id, childId: children.notReferred })).toEqual([
      { action: 'child.read', childId: children.notReferred, userId: world.people.teamManagerA.id, role: 'team-manager', scope: `authority:${authorityA}`, detail: {} },
      { action: 'child.timeline-read', childId: children.notReferred, userId: world.people.teamManagerA.id, role: 'team-manager', scope: `authority:${authorityA}`, detail: {} },
    ]);
    const advocate = await world.signIn('providerManagerP1');
    expect((await advocate.request(`/api/v1/children/${children.referred}`)).status).toBe(200);
    expect(await auditRecords(world, { userId: world.people.providerManagerP1.id, childId: children.referred })).toEqual([
      expect.objectContaining({ action: 'child.read', childId: children.referred, role: 'provider-manager', scope: `provider:${world.providers.p1}` }),
    ]);
  });
});
