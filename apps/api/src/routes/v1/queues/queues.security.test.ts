// What each list route shows, not only whether it answers: every queue, the provider inbox and
// the children list hold exactly the children the person may open, and the audit records only
// those children as queued.
import { addAllocation, addEntitlement, createChild, createUser, replaceDueItemsForChild } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import type { DueItem, LegalStatus } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityA, authorityB, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { inboxSchema, queuePageSchema } from './schema.js';

/** An item addressed to everyone, so only the scope decides who sees it. */
const dueForEveryone = (childId: string): DueItem => ({
  childId,
  ruleId: 'review-due',
  ruleVersion: 1,
  kind: 'review',
  audience: ['social-worker', 'iro', 'team-manager', 'provider'],
  dueOn: '2026-02-01',
  severity: 'overdue',
  reason: { en: 'Review overdue', cy: 'Adolygiad yn hwyr' },
  facts: {},
  caseId: null,
});

describe.each(testEngines())('what the queues and the children list show on $name', (engine) => {
  let world: TestWorld;
  let agents: Record<PersonKey, Agent>;
  /** Children by what they are, each with items for every audience. */
  let children: {
    lookedAfterMine: string;
    lookedAfterReferred: string;
    lookedAfterSomeoneElses: string;
    handedOverFromMe: string;
    careLeaver: string;
    childProtection: string;
    elsewhereAllocatedToMe: string;
    elsewhereReferred: string;
  };

  async function aChild(authorityCode: string, name: string, legalStatus: LegalStatus, basis: 'looked-after' | 'care-leaver' | 'child-protection'): Promise<string> {
    const { child } = await createChild(world.database.db, {
      authorityCode,
      caseReference: `CASE-${name.toUpperCase()}`,
      givenName: name,
      familyName: 'Prawf',
      dateOfBirth: basis === 'care-leaver' ? '2006-09-01' : '2013-04-02',
      legalStatus,
      preferredLanguage: 'cy',
      firstLanguage: 'cy',
      otherLanguageName: null,
      communicationNeeds: [],
      disability: 'none',
      asylumStatus: 'not-asylum-seeking',
    });
    await addEntitlement(world.database.db, { childId: child.id, basis, start: '2025-01-06', end: null, endReason: null });
    return child.id;
  }

  async function refer(who: PersonKey, childId: string, providerId: string): Promise<void> {
    const agent = await world.signIn(who);
    let version = 0;
    for (const event of [
      { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' },
      { type: 'CHILD_TOLD', on: '2025-01-07', method: 'visit', language: 'cy' },
      { type: 'PERMISSION_GIVEN', on: '2025-01-07' },
      { type: 'REFERRED', on: '2025-01-08', providerId },
    ]) {
      const response = await agent.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event, expectedVersion: version });
      expect(response.status).toBe(201);
      version = ((await response.json()) as { version: number }).version;
    }
  }

  beforeAll(async () => {
    world = await openTestWorld(engine);
    const db = world.database.db;
    children = {
      lookedAfterMine: await aChild(authorityA, 'Alaw', 'full-care-order', 'looked-after'),
      lookedAfterReferred: await aChild(authorityA, 'Bedwyr', 'full-care-order', 'looked-after'),
      lookedAfterSomeoneElses: await aChild(authorityA, 'Cadi', 'section-76', 'looked-after'),
      handedOverFromMe: await aChild(authorityA, 'Deio', 'interim-care-order', 'looked-after'),
      careLeaver: await aChild(authorityA, 'Efa', 'care-leaver', 'care-leaver'),
      childProtection: await aChild(authorityA, 'Ffion', 'child-protection-enquiry', 'child-protection'),
      elsewhereAllocatedToMe: await aChild(authorityB, 'Gethin', 'full-care-order', 'looked-after'),
      elsewhereReferred: await aChild(authorityB, 'Heledd', 'full-care-order', 'looked-after'),
    };
    const colleague = await createUser(db, {
      email: 'colleague@example.gov.wales', displayName: 'colleague', role: 'social-worker', authorityCode: authorityA, providerId: null, preferredLanguage: 'en', active: true,
    });
    const me = world.people.socialWorkerA.id;
    await addAllocation(db, { childId: children.lookedAfterMine, role: 'social-worker', userId: me, start: '2025-01-06', end: null });
    await addAllocation(db, { childId: children.careLeaver, role: 'social-worker', userId: me, start: '2025-01-06', end: null });
    await addAllocation(db, { childId: children.lookedAfterSomeoneElses, role: 'social-worker', userId: colleague.id, start: '2025-01-06', end: null });
    await addAllocation(db, { childId: children.handedOverFromMe, role: 'social-worker', userId: me, start: '2024-01-06', end: '2025-01-06' });
    await addAllocation(db, { childId: children.handedOverFromMe, role: 'social-worker', userId: colleague.id, start: '2025-01-06', end: null });
    await addAllocation(db, { childId: children.elsewhereAllocatedToMe, role: 'social-worker', userId: me, start: '2025-01-06', end: null });
    await refer('socialWorkerA', children.lookedAfterReferred, world.providers.p1);
    await refer('socialWorkerB', children.elsewhereReferred, world.providers.p2);
    for (const childId of Object.values(children)) await replaceDueItemsForChild(db, childId, [dueForEveryone(childId)]);
    agents = Object.fromEntries(await Promise.all((Object.keys(world.people) as PersonKey[]).map(async (key) => [key, await world.signIn(key)]))) as Record<PersonKey, Agent>;
  });
  afterAll(() => world.close());

  const queued = async (who: PersonKey, queue: 'iro' | 'team' | 'caseload'): Promise<string[]> => {
    const response = await agents[who].request(`/api/v1/queues/${queue}`);
    expect(response.status).toBe(200);
    const page = queuePageSchema.parse(await response.json());
    expect(page.total).toBe(page.items.length);
    return page.items.map((item) => item.childId).sort();
  };
  const inbox = async (who: PersonKey): Promise<string[]> => {
    const response = await agents[who].request('/api/v1/queues/provider-inbox');
    expect(response.status).toBe(200);
    const page = inboxSchema.parse(await response.json());
    expect(page.total).toBe(page.items.length);
    return page.items.map((item) => item.childId).sort();
  };
  const listed = async (who: PersonKey): Promise<string[]> => {
    const response = await agents[who].request('/api/v1/children?limit=100');
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: { id: string }[] }).items.map((item) => item.id).sort();
  };
  const sorted = (...ids: string[]) => [...ids].sort();

  it('never lists a care leaver, a child subject to child protection enquiries or another authority\'s child in the IRO queue', async () => {
    expect(await queued('iroA', 'iro')).toEqual(sorted(children.lookedAfterMine, children.lookedAfterReferred, children.lookedAfterSomeoneElses, children.handedOverFromMe));
    expect(await queued('iroB', 'iro')).toEqual(sorted(children.elsewhereAllocatedToMe, children.elsewhereReferred));
  });

  it('shows a team manager every child of their own authority, and none from another', async () => {
    const authorityAChildren = [children.lookedAfterMine, children.lookedAfterReferred, children.lookedAfterSomeoneElses, children.handedOverFromMe, children.careLeaver, children.childProtection];
    expect(await queued('teamManagerA', 'team')).toEqual(sorted(...authorityAChildren));
    expect(await queued('teamManagerA', 'iro')).toEqual(sorted(...authorityAChildren));
  });

  it('shows a social worker only the children allocated to them now, within their authority', async () => {
    expect(await queued('socialWorkerA', 'caseload')).toEqual(sorted(children.lookedAfterMine, children.careLeaver));
    expect(await queued('socialWorkerB', 'caseload')).toEqual([]);
  });

  it('shows a provider only the children referred to it', async () => {
    expect(await inbox('advocateP1')).toEqual([children.lookedAfterReferred]);
    expect(await inbox('providerManagerP1')).toEqual([children.lookedAfterReferred]);
    expect(await inbox('advocateP2')).toEqual([children.elsewhereReferred]);
  });

  it('lists in GET /children exactly the children each person may open', async () => {
    expect(await listed('iroA')).toEqual(sorted(children.lookedAfterMine, children.lookedAfterReferred, children.lookedAfterSomeoneElses, children.handedOverFromMe));
    expect(await listed('socialWorkerA')).toEqual(sorted(children.lookedAfterMine, children.lookedAfterReferred, children.lookedAfterSomeoneElses, children.handedOverFromMe, children.careLeaver, children.childProtection));
    expect(await listed('advocateP1')).toEqual([children.lookedAfterReferred]);
  });

  it('lets every person open every child their queue or inbox lists', async () => {
    const failures: string[] = [];
    const check = async (who: PersonKey, ids: string[]) => {
      for (const id of ids) {
        const status = (await agents[who].request(`/api/v1/children/${id}`)).status;
        if (status !== 200) failures.push(`${who} cannot open ${id} (${status})`);
      }
    };
    for (const who of ['iroA', 'iroB', 'teamManagerA', 'teamManagerB'] as const) await check(who, await queued(who, 'iro'));
    for (const who of ['teamManagerA', 'teamManagerB'] as const) await check(who, await queued(who, 'team'));
    for (const who of ['socialWorkerA', 'socialWorkerB'] as const) await check(who, await queued(who, 'caseload'));
    for (const who of ['advocateP1', 'providerManagerP1', 'advocateP2', 'providerManagerP2'] as const) await check(who, await inbox(who));
    expect(failures).toEqual([]);
  });

  it('audits as queued only the children the IRO was shown', async () => {
    await queued('iroA', 'iro');
    const rows = await world.database.db.selectFrom('audit_log').select('child_id').where('action', '=', 'child.queued').where('user_id', '=', world.people.iroA.id).execute();
    const audited = new Set(rows.map((row) => row.child_id));
    expect(audited).toEqual(new Set([children.lookedAfterMine, children.lookedAfterReferred, children.lookedAfterSomeoneElses, children.handedOverFromMe]));
  });
});
