import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { authorityA, openTestWorld, type TestWorld } from '../../../test-support/test-world.js';
import { activeOfferViewSchema } from './schema.js';

describe.each(testEngines())('who may see and record the Active Offer on $name', (engine) => {
  let world: TestWorld;
  let childId: string;
  const path = () => `/api/v1/children/${childId}/active-offer/events`;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    childId = await world.addChild(authorityA);
  });
  afterAll(() => world.close());

  it('hides a child from another authority\'s social worker as if it did not exist', async () => {
    const stranger = await world.signIn('socialWorkerB');
    expect((await stranger.request(`/api/v1/children/${childId}/active-offer`)).status).toBe(404);
    expect((await stranger.json('POST', path(), { event: { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, expectedVersion: 0 })).status).toBe(404);
  });

  it('hides a child from a provider until the child is referred to it', async () => {
    const advocate = await world.signIn('advocateP1');
    expect((await advocate.request(`/api/v1/children/${childId}/active-offer`)).status).toBe(404);
  });

  it('does not let an IRO or commissioner record any step, nor a provider reach a child not referred to it', async () => {
    const advocate = await world.signIn('advocateP1');
    expect((await advocate.json('POST', path(), { event: { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, expectedVersion: 0 })).status).toBe(404);
    for (const who of ['iroA', 'commissioner'] as const) {
      const agent = await world.signIn(who);
      const response = await agent.json('POST', path(), { event: { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, expectedVersion: 0 });
      expect(response.status, who).toBe(403);
      expect(problemSchema.parse(await response.json()).code).toBe('forbidden');
    }
  });

  it('lets exactly one of two simultaneous edits through; the other gets 409', async () => {
    const worker = await world.signIn('socialWorkerA');
    const manager = await world.signIn('teamManagerA');
    const opened = await worker.json('POST', path(), { event: { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, expectedVersion: 0 });
    const version = activeOfferViewSchema.parse(await opened.json()).version;
    const told = { type: 'CHILD_TOLD', on: '2025-01-07', method: 'visit', language: 'en' };
    const results = await Promise.all([worker.json('POST', path(), { event: told, expectedVersion: version }), manager.json('POST', path(), { event: told, expectedVersion: version })]);
    expect(results.map((response) => response.status).sort()).toEqual([201, 409]);
    const events = await world.database.db.selectFrom('active_offer_events').select('type').where('type', '=', 'CHILD_TOLD').execute();
    expect(events).toHaveLength(1);
  });

  it('opens the Active Offer once when two people record the first step at the same moment; the other is told someone saved first (409)', async () => {
    const worker = await world.signIn('socialWorkerA');
    const manager = await world.signIn('teamManagerA');
    const first = { event: { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, expectedVersion: 0 };
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const fresh = await world.addChild(authorityA);
      const at = `/api/v1/children/${fresh}/active-offer/events`;
      const results = await Promise.all([worker.json('POST', at, first), manager.json('POST', at, first, { 'accept-language': 'cy' })]);
      expect(results.map((response) => response.status).sort()).toEqual([201, 409]);
      const refused = results.find((response) => response.status === 409)!;
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      const problem = problemSchema.parse(await refused.json());
      expect(problem.code).toBe('stale-version');
      expect(problem.detail).not.toBe('');
      const cases = await world.database.db.selectFrom('active_offer_cases').select('id').where('child_id', '=', fresh).execute();
      expect(cases).toHaveLength(1);
      const events = await world.database.db.selectFrom('active_offer_events').select('sequence').where('case_id', '=', cases[0]!.id).execute();
      expect(events).toHaveLength(1);
    }
  });

  it('records a retried request with the same Idempotency-Key once, and refuses the key for a different body', async () => {
    const worker = await world.signIn('socialWorkerA');
    const current = activeOfferViewSchema.parse(await (await worker.request(`/api/v1/children/${childId}/active-offer`)).json());
    const body = { event: { type: 'PERMISSION_GIVEN', on: '2025-01-08' }, expectedVersion: current.version };
    const first = await worker.json('POST', path(), body, { 'idempotency-key': 'permission-given-1' });
    const retry = await worker.json('POST', path(), body, { 'idempotency-key': 'permission-given-1' });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    const events = await world.database.db.selectFrom('active_offer_events').select('type').where('type', '=', 'PERMISSION_GIVEN').execute();
    expect(events).toHaveLength(1);
    const misuse = await worker.json('POST', path(), { ...body, event: { type: 'PERMISSION_GIVEN', on: '2025-01-09' } }, { 'idempotency-key': 'permission-given-1' });
    expect(misuse.status).toBe(422);
    expect(problemSchema.parse(await misuse.json()).code).toBe('idempotency-key-reused');
  });
});
