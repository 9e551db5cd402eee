import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { caseListSchema, caseViewSchema } from '../cases/case-schema.js';

describe.each(testEngines())('an IRO concern from raising to resolution on $name', (engine) => {
  let world: TestWorld;
  let iro: Agent;
  let childId: string;
  let caseId: string;
  let version: number;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    childId = await world.addChild(authorityA);
    iro = await world.signIn('iroA');
  });
  afterAll(() => world.close());

  const step = async (event: Record<string, unknown>) => {
    const response = await iro.json('POST', `/api/v1/children/${childId}/oversight/${caseId}/events`, { event, expectedVersion: version });
    expect(response.status, await response.clone().text()).toBe(201);
    const view = caseViewSchema.parse(await response.json());
    version = view.version;
    return view;
  };

  it('raises a concern, naming the rule and the reason, and says what can be done next', async () => {
    const response = await iro.json('POST', `/api/v1/children/${childId}/oversight`, { event: { type: 'RAISED', on: '2026-01-12', ruleId: 'iro-reoffer-overdue', reason: 'Re-offer overdue since the placement move' }, expectedVersion: 0 });
    expect(response.status).toBe(201);
    const view = caseViewSchema.parse(await response.json());
    ({ caseId, version } = view);
    expect(view).toMatchObject({ childId, version: 1, state: 'raised', summary: { ruleId: 'iro-reoffer-overdue', stage: null, respondBy: null } });
    expect(view.allowedEvents.sort()).toEqual(['ACKNOWLEDGED', 'ESCALATED']);
  });

  it('records the IRO looking into it', async () => {
    const view = await step({ type: 'ACKNOWLEDGED', on: '2026-01-13' });
    expect(view).toMatchObject({ state: 'acknowledged', version: 2 });
    expect(view.allowedEvents.sort()).toEqual(['ESCALATED', 'RESOLVED']);
  });

  it('escalates to the social worker and team manager with a date to respond by', async () => {
    const view = await step({ type: 'ESCALATED', on: '2026-01-14', stage: 'informal-alert', to: 'Rheolwr Tîm Plant sy\'n Derbyn Gofal', respondBy: '2026-01-28' });
    expect(view).toMatchObject({ state: 'escalated', summary: { stage: 'informal-alert', respondBy: '2026-01-28' } });
    expect(view.allowedEvents).toContain('RESPONSE_RECEIVED');
  });

  it('records the response, after which the next stage may be asked at once', async () => {
    let view = await step({ type: 'RESPONSE_RECEIVED', on: '2026-01-20', response: 'The social worker will visit next week', satisfactory: false });
    expect(view.state).toBe('escalated');
    expect(view.allowedEvents).not.toContain('RESPONSE_RECEIVED');
    view = await step({ type: 'ESCALATED', on: '2026-01-21', stage: 'service-manager', to: 'Rheolwr Gwasanaeth', respondBy: '2026-02-04' });
    expect(view).toMatchObject({ state: 'escalated', summary: { stage: 'service-manager', respondBy: '2026-02-04' } });
  });

  it('resolves the concern through the escalation, after which nothing more can be recorded', async () => {
    await step({ type: 'RESPONSE_RECEIVED', on: '2026-02-02', response: 'Advocacy re-offered on 30 January', satisfactory: true });
    const view = await step({ type: 'RESOLVED', on: '2026-02-03', resolution: 'resolved-by-escalation', note: null });
    expect(view).toMatchObject({ state: 'resolved', version: 7, allowedEvents: [] });
  });

  it('shows the IRO and the team manager the child\'s concerns and each one as it stands', async () => {
    for (const who of ['iroA', 'teamManagerA'] as const) {
      const reader = await world.signIn(who);
      const list = caseListSchema.parse(await (await reader.request(`/api/v1/children/${childId}/oversight`)).json());
      expect(list.openingEvents).toEqual(['RAISED']);
      expect(list.items.map((item) => [item.caseId, item.state, item.version])).toEqual([[caseId, 'resolved', 7]]);
      const one = caseViewSchema.parse(await (await reader.request(`/api/v1/children/${childId}/oversight/${caseId}`)).json());
      expect(one).toMatchObject({ caseId, state: 'resolved', summary: { ruleId: 'iro-reoffer-overdue', stage: 'service-manager' } });
    }
  });

  it('keeps every step in the concern\'s event log and one audit record for each, in order', async () => {
    const events = await world.database.db.selectFrom('oversight_events').select(['sequence', 'type']).where('case_id', '=', caseId).orderBy('sequence').execute();
    expect(events.map((event) => event.type)).toEqual(['RAISED', 'ACKNOWLEDGED', 'ESCALATED', 'RESPONSE_RECEIVED', 'ESCALATED', 'RESPONSE_RECEIVED', 'RESOLVED']);
    const audited = await auditRecords(world, { childId, action: 'oversight.event' });
    expect(audited.map((record) => [record.detail['type'], record.detail['version'], record.role])).toEqual(events.map((event, i) => [event.type, i + 1, 'iro']));
  });
});
