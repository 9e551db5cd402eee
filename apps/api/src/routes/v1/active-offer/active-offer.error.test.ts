import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { activeOfferViewSchema } from './schema.js';

describe.each(testEngines())('when an Active Offer step is refused on $name', (engine) => {
  let world: TestWorld;
  let childId: string;
  let worker: Agent;
  const eventCount = async () => (await world.database.db.selectFrom('active_offer_events').select('sequence').execute()).length;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    childId = await world.addChild(authorityA);
    worker = await world.signIn('socialWorkerA');
    const opened = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, expectedVersion: 0 });
    expect(opened.status).toBe(201);
  });
  afterAll(() => world.close());

  it('answers a stale version with 409 and the current version, and writes nothing', async () => {
    const before = await eventCount();
    const response = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'CHILD_TOLD', on: '2025-01-07', method: 'visit', language: 'en' }, expectedVersion: 0 });
    expect(response.status).toBe(409);
    const body = problemSchema.passthrough().parse(await response.json());
    expect(body).toMatchObject({ code: 'stale-version', currentVersion: 1 });
    expect(await eventCount()).toBe(before);
  });

  it('refuses a step the pathway does not allow yet with 409', async () => {
    const response = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'PERMISSION_GIVEN', on: '2025-01-07' }, expectedVersion: 1 });
    expect(response.status).toBe(409);
    expect(problemSchema.parse(await response.json()).code).toBe('not-allowed-now');
  });

  it('names the field at fault when the step is malformed', async () => {
    const response = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'CHILD_TOLD', on: '7 January', method: 'visit', language: 'en' }, expectedVersion: 1 });
    expect(response.status).toBe(422);
    expect(problemSchema.parse(await response.json()).errors.map((error) => error.path)).toContain('event.on');
  });

  it('refuses a referral to a provider not commissioned by the child\'s authority', async () => {
    let version = 1;
    for (const event of [{ type: 'CHILD_TOLD', on: '2025-01-07', method: 'visit', language: 'en' }, { type: 'PERMISSION_GIVEN', on: '2025-01-07' }]) {
      const response = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event, expectedVersion: version });
      version = activeOfferViewSchema.parse(await response.json()).version;
    }
    const before = await eventCount();
    const response = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'REFERRED', on: '2025-01-08', providerId: world.providers.p2 }, expectedVersion: version });
    expect(response.status).toBe(422);
    expect(problemSchema.parse(await response.json()).errors[0]?.path).toBe('event.providerId');
    expect(await eventCount()).toBe(before);
  });

  it('answers 404 for a child that does not exist', async () => {
    const response = await worker.request('/api/v1/children/7b0c1c5e-34a8-4c2a-9b59-8f3b8c3a2d10/active-offer');
    expect(response.status).toBe(404);
  });

  it('refuses a second case opening when one is already open', async () => {
    const response = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, expectedVersion: 0 });
    expect(response.status).toBe(409);
  });
});
