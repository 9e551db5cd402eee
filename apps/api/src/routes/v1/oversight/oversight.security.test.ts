import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { caseViewSchema } from '../cases/case-schema.js';

const raised = (reason: string) => ({ type: 'RAISED', on: '2026-03-02', ruleId: 'manual', reason });

describe.each(testEngines())('an IRO concern recorded twice at once on $name', (engine) => {
  let world: TestWorld;
  /** The same IRO signed in twice, as from two browser tabs. */
  let iro: Agent;
  let iroElsewhere: Agent;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    iro = await world.signIn('iroA');
    iroElsewhere = await world.signIn('iroA');
  });
  afterAll(() => world.close());

  const concernsOf = (childId: string) => world.database.db.selectFrom('oversight_cases').select(['id', 'state', 'version']).where('child_id', '=', childId).execute();
  const eventsOf = (caseId: string) => world.database.db.selectFrom('oversight_events').select(['sequence', 'type']).where('case_id', '=', caseId).orderBy('sequence').execute();

  async function raiseConcern(childId: string) {
    const response = await iro.json('POST', `/api/v1/children/${childId}/oversight`, { event: raised('Re-offer overdue'), expectedVersion: 0 });
    expect(response.status).toBe(201);
    return caseViewSchema.parse(await response.json());
  }

  it('lets exactly one of two simultaneous steps on the same version through; the other gets 409 with the current version', async () => {
    const childId = await world.addChild(authorityA);
    const concern = await raiseConcern(childId);
    const at = `/api/v1/children/${childId}/oversight/${concern.caseId}/events`;
    const results = await Promise.all([
      iro.json('POST', at, { event: { type: 'ACKNOWLEDGED', on: '2026-03-03' }, expectedVersion: concern.version }),
      iroElsewhere.json('POST', at, { event: { type: 'ESCALATED', on: '2026-03-03', stage: 'informal-alert', to: 'Rheolwr Tîm', respondBy: '2026-03-10' }, expectedVersion: concern.version }),
    ]);
    expect(results.map((response) => response.status).sort()).toEqual([201, 409]);
    const refused = problemSchema.parse(await results.find((response) => response.status === 409)!.json());
    expect(refused.code).toBe('stale-version');
    expect(await eventsOf(concern.caseId)).toHaveLength(2);
    expect((await concernsOf(childId))[0]?.version).toBe(2);
  });

  it('refuses a step sent with an old version with 409 and changes nothing', async () => {
    const childId = await world.addChild(authorityA);
    const concern = await raiseConcern(childId);
    const at = `/api/v1/children/${childId}/oversight/${concern.caseId}/events`;
    expect((await iro.json('POST', at, { event: { type: 'ACKNOWLEDGED', on: '2026-03-03' }, expectedVersion: 1 })).status).toBe(201);
    const stale = await iroElsewhere.json('POST', at, { event: { type: 'RESOLVED', on: '2026-03-04', resolution: 'data-corrected', note: null }, expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ code: 'stale-version', currentVersion: 2 });
    expect((await eventsOf(concern.caseId)).map((event) => event.type)).toEqual(['RAISED', 'ACKNOWLEDGED']);
  });

  it('raises one concern when the same request is retried with its Idempotency-Key, and refuses the key for different details', async () => {
    const childId = await world.addChild(authorityA);
    const at = `/api/v1/children/${childId}/oversight`;
    const body = { event: raised('No advocate at the review'), expectedVersion: 0 };
    const first = await iro.json('POST', at, body, { 'idempotency-key': `concern-${childId}` });
    const retry = await iro.json('POST', at, body, { 'idempotency-key': `concern-${childId}` });
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    expect(await concernsOf(childId)).toHaveLength(1);
    const misuse = await iro.json('POST', at, { ...body, event: raised('Something else') }, { 'idempotency-key': `concern-${childId}` });
    expect(misuse.status).toBe(422);
    expect(problemSchema.parse(await misuse.json()).code).toBe('idempotency-key-reused');
    expect(await concernsOf(childId)).toHaveLength(1);
  });

  it('raises one concern when two copies of the request with the same Idempotency-Key arrive together', async () => {
    const childId = await world.addChild(authorityA);
    const at = `/api/v1/children/${childId}/oversight`;
    const body = { event: raised('Referral with no outcome'), expectedVersion: 0 };
    const copies = await Promise.all([iro.json('POST', at, body, { 'idempotency-key': `copies-${childId}` }), iroElsewhere.json('POST', at, body, { 'idempotency-key': `copies-${childId}` })]);
    expect(copies.map((response) => response.status)).toEqual([201, 201]);
    expect(await copies[0]!.json()).toEqual(await copies[1]!.json());
    expect(await concernsOf(childId)).toHaveLength(1);
  });
});
