// Who may open each queue, and what reading one leaves in the audit log: one "queued" record for
// each child on the page shown, under the reader's role and scope, and nothing for a refusal.
import { addAllocation, replaceDueItemsForChild } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import type { DueItem } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords, referToProvider, refusedWithoutTrace } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { inboxSchema, queuePageSchema } from './schema.js';

const queues = ['iro', 'team', 'caseload', 'provider-inbox'] as const;
const mayOpen: Record<(typeof queues)[number], PersonKey[]> = {
  iro: ['iroA', 'teamManagerA'],
  team: ['teamManagerA'],
  caseload: ['socialWorkerA'],
  'provider-inbox': ['advocateP1', 'providerManagerP1'],
};

/** Two items for every audience, so a child appears twice in each queue. */
const twoItems = (childId: string): DueItem[] =>
  ['2026-02-01', '2026-04-01'].map((dueOn, i) => ({
    childId, ruleId: i === 0 ? 'iro-review-due' : 'reoffer-review-coming-up', ruleVersion: 1, kind: 'review', audience: ['social-worker', 'iro', 'team-manager', 'provider'],
    dueOn, severity: 'due', reason: { en: 'Due', cy: 'Yn ddyledus' }, facts: {}, caseId: null,
  }));

describe.each(testEngines())('who opens each queue, and what it leaves in the audit log, on $name', (engine) => {
  let world: TestWorld;
  let agents: Record<PersonKey, Agent>;
  let children: string[];

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    children = [await world.addChild(authorityA), await world.addChild(authorityA), await world.addChild(authorityA)];
    for (const childId of children) {
      await referToProvider(world, 'socialWorkerA', childId, world.providers.p1);
      await addAllocation(world.database.db, { childId, role: 'social-worker', userId: world.people.socialWorkerA.id, start: '2025-01-06', end: null });
      await replaceDueItemsForChild(world.database.db, childId, twoItems(childId));
    }
    agents = Object.fromEntries(await Promise.all((Object.keys(world.people) as PersonKey[]).map(async (key) => [key, await world.signIn(key)]))) as Record<PersonKey, Agent>;
  });
  afterAll(() => world.close());

  it('refuses every queue to anyone whose role does not work from it, and leaves no trace', async () => {
    for (const queue of queues) {
      for (const who of Object.keys(world.people) as PersonKey[]) {
        if (mayOpen[queue].includes(who) || who.endsWith('B') || who.endsWith('P2')) continue;
        expect((await refusedWithoutTrace(world, 403, () => agents[who].request(`/api/v1/queues/${queue}`))).code, `${who} ${queue}`).toBe('forbidden');
      }
    }
  });

  it('writes one "queued" record for each child on the page shown, however many items the child has there', async () => {
    for (const queue of queues) {
      for (const who of mayOpen[queue]) {
        const before = (await auditRecords(world, { userId: world.people[who].id, action: 'child.queued' })).length;
        const response = await agents[who].request(`/api/v1/queues/${queue}?limit=4`);
        expect(response.status).toBe(200);
        const body: unknown = await response.json();
        const shown = queue === 'provider-inbox' ? inboxSchema.parse(body).items.map((item) => item.childId) : queuePageSchema.parse(body).items.map((item) => item.childId);
        const records = (await auditRecords(world, { userId: world.people[who].id, action: 'child.queued' })).slice(before);
        expect(records.map((record) => record.childId).sort(), `${who} ${queue}`).toEqual([...new Set(shown)].sort());
        const scope = who.includes('P1') ? `provider:${world.providers.p1}` : `authority:${authorityA}`;
        expect(records.every((record) => record.role === world.people[who].role && record.scope === scope), `${who} ${queue}`).toBe(true);
      }
    }
  });

  it('audits none of the children left off the page', async () => {
    const before = (await auditRecords(world, { userId: world.people.iroA.id, action: 'child.queued' })).length;
    const page = queuePageSchema.parse(await (await agents.iroA.request('/api/v1/queues/iro?limit=1')).json());
    expect(page.total).toBe(6);
    const records = (await auditRecords(world, { userId: world.people.iroA.id, action: 'child.queued' })).slice(before);
    expect(records.map((record) => record.childId)).toEqual([page.items[0]!.childId]);
  });
});
