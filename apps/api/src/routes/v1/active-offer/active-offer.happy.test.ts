import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityA, openTestWorld, type TestWorld } from '../../../test-support/test-world.js';
import { activeOfferViewSchema } from './schema.js';

describe.each(testEngines())('recording the Active Offer on $name', (engine) => {
  let world: TestWorld;
  let childId: string;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    childId = await world.addChild(authorityA);
  });
  afterAll(() => world.close());

  const step = async (who: Parameters<TestWorld['signIn']>[0], event: Record<string, unknown>, expectedVersion: number) => {
    const agent = await world.signIn(who);
    const response = await agent.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event, expectedVersion });
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    return activeOfferViewSchema.parse(await response.json());
  };

  it('shows a social worker that the first step is to record the offer as due', async () => {
    const worker = await world.signIn('socialWorkerA');
    const view = activeOfferViewSchema.parse(await (await worker.request(`/api/v1/children/${childId}/active-offer`)).json());
    expect(view).toMatchObject({ caseId: null, version: 0, state: null, rounds: [], allowedEvents: ['OFFER_DUE'] });
  });

  it('walks the pathway from the offer falling due to the provider confirming acceptance', async () => {
    let view = await step('socialWorkerA', { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, 0);
    expect(view).toMatchObject({ state: 'awaitingChildTold', version: 1 });
    expect(view.allowedEvents).toContain('CHILD_TOLD');
    view = await step('socialWorkerA', { type: 'CHILD_TOLD', on: '2025-01-07', method: 'visit', language: 'cy' }, view.version);
    view = await step('socialWorkerA', { type: 'PERMISSION_GIVEN', on: '2025-01-07' }, view.version);
    view = await step('teamManagerA', { type: 'REFERRED', on: '2025-01-08', providerId: world.providers.p1 }, view.version);
    expect(view.state).toBe('awaitingProviderContact');
    expect(view.allowedEvents).toEqual(['ENTITLEMENT_ENDED']);

    const advocate = await world.signIn('advocateP1');
    const seen = activeOfferViewSchema.parse(await (await advocate.request(`/api/v1/children/${childId}/active-offer`)).json());
    expect(seen.allowedEvents).toEqual(expect.arrayContaining(['CONTACT_ATTEMPTED', 'OFFER_MADE', 'COULD_NOT_CONTACT']));
    const authorityStep = await advocate.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'ENTITLEMENT_ENDED', on: '2025-01-09', reason: 'moved-away' }, expectedVersion: seen.version });
    expect(authorityStep.status, 'a provider never records the authority\'s steps').toBe(403);
    view = await step('advocateP1', { type: 'OFFER_MADE', on: '2025-01-10', language: 'cy', formats: ['conversation'], mode: 'instructed' }, seen.version);
    view = await step('advocateP1', { type: 'OFFER_ACCEPTED', on: '2025-01-10' }, view.version);
    view = await step('providerManagerP1', { type: 'OUTCOME_CONFIRMED', on: '2025-01-13' }, view.version);
    expect(view.state).toBe('advocacyActive');
    expect(view.rounds).toHaveLength(1);
    expect(view.rounds[0]).toMatchObject({ outcome: 'accepted', offerLanguage: 'cy', providerId: world.providers.p1, outcomeConfirmedOn: '2025-01-13' });
  });

  it('keeps the event log, the case version and the audit trail in step', async () => {
    const events = await world.database.db.selectFrom('active_offer_events').select(['type', 'sequence']).orderBy('sequence').execute();
    expect(events.map((event) => event.type)).toEqual(['OFFER_DUE', 'CHILD_TOLD', 'PERMISSION_GIVEN', 'REFERRED', 'OFFER_MADE', 'OFFER_ACCEPTED', 'OUTCOME_CONFIRMED']);
    const audit = await world.database.db.selectFrom('audit_log').select('action').where('action', '=', 'active-offer.event').where('child_id', '=', childId).execute();
    expect(audit).toHaveLength(7);
  });
});
