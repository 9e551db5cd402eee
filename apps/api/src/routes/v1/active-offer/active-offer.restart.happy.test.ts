import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { importReportSchema } from '../imports/schema.js';
import { activeOfferViewSchema } from './schema.js';

const childrenCsv = [
  'authority_code,case_reference,given_name,family_name,date_of_birth,legal_status,preferred_language,first_language,other_language_name,communication_needs,disability,asylum_status',
  `${authorityA},CDF-2025-0090,Elin,Rees,2011-08-14,section-76,cy,cy,,,none,not-asylum-seeking`,
].join('\n');
const entitlementsHeader = 'authority_code,case_reference,basis,start_date,end_date,end_reason';
const firstTimeInCare = `${authorityA},CDF-2025-0090,looked-after,2025-01-06`;

/** The child came into care on 6 January 2025, went home on 31 March and came back into care on 1 September. */
const entitlements = (...rows: string[]) => [entitlementsHeader, ...rows].join('\n');

describe.each(testEngines())('a child who comes back into care, on $name', (engine) => {
  let world: TestWorld;
  let childId: string;
  /** Moves the clock; sessions do not last months, so everyone signs in again afterwards. */
  const itIsNow = (moment: string) => world.setNow(new Date(moment));
  const importFile = async (fileType: string, text: string) => {
    const administrator = await world.signIn('administratorA');
    const response = await administrator.request(`/api/v1/imports/${fileType}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: text });
    expect(response.status, await response.clone().text()).toBe(200);
    return importReportSchema.parse(await response.json());
  };
  const readOffer = async (who: Agent) => activeOfferViewSchema.parse(await (await who.request(`/api/v1/children/${childId}/active-offer`)).json());
  const step = async (who: Agent, event: Record<string, unknown>, expectedVersion: number) => {
    const response = await who.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event, expectedVersion });
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
    return activeOfferViewSchema.parse(await response.json());
  };
  const dueItemsOf = async (who: Agent) => ((await (await who.request(`/api/v1/children/${childId}`)).json()) as { dueItems: { ruleId: string; kind: string; dueOn: string; facts: Record<string, unknown> }[] }).dueItems;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    itIsNow('2025-01-07T10:00:00Z');
    await importFile('children', childrenCsv);
    await importFile('entitlements', entitlements(`${firstTimeInCare},,`));
    childId = (await world.database.db.selectFrom('children').select('id').where('case_reference', '=', 'CDF-2025-0090').executeTakeFirstOrThrow()).id;
  });
  afterAll(() => world.close());

  it('keeps the case closed while the child is out of care', async () => {
    let worker = await world.signIn('socialWorkerA');
    let view = await step(worker, { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' }, 0);
    view = await step(worker, { type: 'CHILD_TOLD', on: '2025-01-07', method: 'visit', language: 'cy' }, view.version);
    view = await step(worker, { type: 'PERMISSION_REFUSED', on: '2025-01-07', reason: null }, view.version);
    itIsNow('2025-04-01T10:00:00Z');
    await importFile('entitlements', entitlements(`${firstTimeInCare},2025-03-31,stopped-being-looked-after`));
    worker = await world.signIn('socialWorkerA');
    view = await step(worker, { type: 'ENTITLEMENT_ENDED', on: '2025-03-31', reason: 'stopped-being-looked-after' }, view.version);
    expect(view).toMatchObject({ state: 'entitlementEnded', allowedEvents: ['OFFER_DUE'] });

    // importing the ended basis again changes nothing: the child is not entitled
    const report = await importFile('entitlements', entitlements(`${firstTimeInCare},2025-03-31,stopped-being-looked-after`));
    expect(report.childrenChanged).toBe(0);
    expect(await readOffer(worker)).toMatchObject({ state: 'entitlementEnded', version: view.version });
    expect((await dueItemsOf(worker)).filter((item) => item.kind === 'offer' || item.kind === 'reoffer')).toEqual([]);
  });

  it('opens the case again when an import brings the new looked after basis: a new first-offer round, the history kept, the offer due from the new start', async () => {
    itIsNow('2025-09-03T10:00:00Z');
    const report = await importFile('entitlements', entitlements(`${firstTimeInCare},2025-03-31,stopped-being-looked-after`, `${authorityA},CDF-2025-0090,looked-after,2025-09-01,,`));
    expect(report.childrenChanged).toBe(1);

    const worker = await world.signIn('socialWorkerA');
    const view = await readOffer(worker);
    expect(view.state).toBe('awaitingChildTold');
    expect(view.allowedEvents).toContain('CHILD_TOLD');
    expect(view.rounds).toEqual([
      expect.objectContaining({ round: 1, state: 'entitlementEnded', outcome: 'declined', isReoffer: false }),
      expect.objectContaining({ round: 2, state: 'awaitingChildTold', trigger: 'became-looked-after', triggeredOn: '2025-09-01', isReoffer: false }),
    ]);

    const log = await world.database.db.selectFrom('active_offer_events').select(['type', 'recorded_by']).orderBy('sequence').execute();
    expect(log.map((row) => row.type)).toEqual(['OFFER_DUE', 'CHILD_TOLD', 'PERMISSION_REFUSED', 'ENTITLEMENT_ENDED', 'OFFER_DUE']);
    expect(log.at(-1)?.recorded_by).toBe(world.people.administratorA.id);
    const audit = await world.database.db.selectFrom('audit_log').select(['action', 'user_id']).where('child_id', '=', childId).where('action', '=', 'active-offer.event').execute();
    expect(audit.filter((row) => row.user_id === world.people.administratorA.id)).toHaveLength(1);

    // 5 + 10 working days after 1 September 2025
    expect((await dueItemsOf(worker)).find((item) => item.kind === 'offer')).toMatchObject({ ruleId: 'initial-offer-offer-due', dueOn: '2025-09-22', facts: { offerStartedOn: '2025-09-01' } });
  });

  it('lets the social worker take the new round on, and the offer due item clears with the steps', async () => {
    const worker = await world.signIn('socialWorkerA');
    let view = await readOffer(worker);
    view = await step(worker, { type: 'CHILD_TOLD', on: '2025-09-03', method: 'visit', language: 'cy' }, view.version);
    view = await step(worker, { type: 'PERMISSION_GIVEN', on: '2025-09-03' }, view.version);
    view = await step(worker, { type: 'REFERRED', on: '2025-09-03', providerId: world.providers.p1 }, view.version);
    view = await step(await world.signIn('advocateP1'), { type: 'OFFER_MADE', on: '2025-09-03', language: 'cy', formats: ['conversation'], mode: 'instructed' }, view.version);
    expect(view.state).toBe('awaitingOutcome');
    expect((await dueItemsOf(worker)).filter((item) => item.kind === 'offer' || item.kind === 'reoffer')).toEqual([]);
  });

  it('does not open the case twice when the same file comes again', async () => {
    const before = await world.database.db.selectFrom('active_offer_events').select('sequence').execute();
    const report = await importFile('entitlements', entitlements(`${firstTimeInCare},2025-03-31,stopped-being-looked-after`, `${authorityA},CDF-2025-0090,looked-after,2025-09-01,,`));
    expect(report.childrenChanged).toBe(0);
    expect(await world.database.db.selectFrom('active_offer_events').select('sequence').execute()).toHaveLength(before.length);
  });
});
