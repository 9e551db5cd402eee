import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessages, refusedWithoutTrace, speaks } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { caseViewSchema } from '../cases/case-schema.js';

const nobody = '7b0c1c5e-34a8-4c2a-9b59-8f3b8c3a2d10';

describe.each(testEngines())('when an IRO concern step is refused on $name', (engine) => {
  let world: TestWorld;
  let iro: Agent;
  let childId: string;
  let otherChildId: string;
  let caseId: string;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    childId = await world.addChild(authorityA);
    otherChildId = await world.addChild(authorityA);
    iro = await world.signIn('iroA');
    const raised = await iro.json('POST', `/api/v1/children/${childId}/oversight`, { event: { type: 'RAISED', on: '2026-03-02', ruleId: 'iro-review-due', reason: 'Review overdue' }, expectedVersion: 0 });
    caseId = caseViewSchema.parse(await raised.json()).caseId;
  });
  afterAll(() => world.close());

  const stepPath = () => `/api/v1/children/${childId}/oversight/${caseId}/events`;
  const refusedStep = (status: number, event: unknown, expectedVersion: unknown = 1) => refusedWithoutTrace(world, status, () => iro.json('POST', stepPath(), { event, expectedVersion }));

  it('names each field at fault in English and Welsh, and records nothing', async () => {
    const escalation = { type: 'ESCALATED', on: '2026-03-03', stage: 'informal-alert', to: ' ', respondBy: '17 March' };
    const response = { type: 'RESPONSE_RECEIVED', on: '2026-03-03', response: '', satisfactory: 'yes' };
    expect(fieldMessages(await refusedStep(422, escalation))).toEqual({
      'event.to': 'Say who the concern was escalated to',
      'event.respondBy': 'Enter a real date to respond by, for example 2012-03-31',
    });
    expect(fieldMessages(await refusedStep(422, response))).toEqual({
      'event.response': 'Enter the response',
      'event.satisfactory': 'Answer yes or no for whether it was satisfactory',
    });
    await speaks(iro, 'cy');
    try {
      expect(fieldMessages(await refusedStep(422, escalation))).toEqual({
        'event.to': 'Dywedwch at bwy y cafodd y pryder ei uwchgyfeirio',
        'event.respondBy': 'Rhowch ddyddiad ymateb go iawn, er enghraifft 2012-03-31',
      });
      expect(fieldMessages(await refusedStep(422, response))['event.response']).toBe('Rhowch yr ymateb');
    } finally {
      await speaks(iro, 'en');
    }
  });

  it('refuses a concern with no reason, a step of a kind it does not know, a field it does not take, and a version that is not a number', async () => {
    const opened = await refusedWithoutTrace(world, 422, () => iro.json('POST', `/api/v1/children/${otherChildId}/oversight`, { event: { type: 'RAISED', on: '2026-03-02', ruleId: 'manual', reason: '' }, expectedVersion: 0 }));
    expect(fieldMessages(opened)).toEqual({ 'event.reason': 'Enter the reason' });
    expect(Object.keys(fieldMessages(await refusedStep(422, { type: 'CLOSED', on: '2026-03-03' })))).toEqual(['event.type']);
    expect(fieldMessages(await refusedWithoutTrace(world, 422, () => iro.json('POST', stepPath(), { event: { type: 'ACKNOWLEDGED', on: '2026-03-03' }, expectedVersion: 1, urgent: true })))).toEqual({ '': 'Remove "urgent": this form does not take that field' });
    expect(fieldMessages(await refusedStep(422, { type: 'ACKNOWLEDGED', on: '2026-03-03' }, 'latest'))).toEqual({ expectedVersion: 'Enter the version you read as a number' });
  });

  it('refuses a step the concern is not ready for with 409, saying what can be recorded now, in the reader\'s language', async () => {
    const english = await refusedStep(409, { type: 'RESOLVED', on: '2026-03-03', resolution: 'data-corrected', note: null });
    expect(english.code).toBe('not-allowed-now');
    expect(english.detail).toMatch(/is at "concern raised, waiting for the IRO", so "Concern resolved" cannot be recorded; what can be recorded now: /);
    await speaks(iro, 'cy');
    try {
      const welsh = await refusedStep(409, { type: 'RESOLVED', on: '2026-03-03', resolution: 'data-corrected', note: null });
      expect(welsh.detail).toMatch(/ar y cam "pryder wedi'i godi, yn aros am y swyddog adolygu annibynnol", felly ni ellir cofnodi "Pryder wedi'i ddatrys"/);
    } finally {
      await speaks(iro, 'en');
    }
  });

  it('refuses steps out of order in the dispute resolution, naming the field', async () => {
    const beforeRaised = await refusedStep(422, { type: 'ACKNOWLEDGED', on: '2026-03-01' });
    expect(fieldMessages(beforeRaised)).toEqual({ on: 'The date must be on or after 2026-03-02, the date of the last step recorded for this concern' });
    const skipsAStage = await refusedStep(422, { type: 'ESCALATED', on: '2026-03-03', stage: 'head-of-service', to: 'Pennaeth Gwasanaeth', respondBy: '2026-03-17' });
    expect(fieldMessages(skipsAStage)).toEqual({ stage: 'Escalate to the next stage: Alert to social worker and team manager' });
    const deadlineFirst = await refusedStep(422, { type: 'ESCALATED', on: '2026-03-03', stage: 'informal-alert', to: 'Rheolwr Tîm', respondBy: '2026-03-02' });
    expect(fieldMessages(deadlineFirst)).toEqual({ respondBy: 'The date to respond by must be on or after the date of escalation' });
    const acknowledged = await iro.json('POST', stepPath(), { event: { type: 'ACKNOWLEDGED', on: '2026-03-03' }, expectedVersion: 1 });
    expect(acknowledged.status).toBe(201);
    const notEscalated = await refusedStep(422, { type: 'RESOLVED', on: '2026-03-04', resolution: 'resolved-by-escalation', note: null }, 2);
    expect(fieldMessages(notEscalated)).toEqual({ resolution: 'This concern was not escalated: choose another resolution' });
  });

  it('answers a stale version with 409 and the version the concern has now', async () => {
    const problem = await refusedStep(409, { type: 'ESCALATED', on: '2026-03-04', stage: 'informal-alert', to: 'Rheolwr Tîm', respondBy: '2026-03-18' }, 1);
    expect(problem).toMatchObject({ code: 'stale-version', currentVersion: 2 });
    const reopened = await refusedWithoutTrace(world, 409, () => iro.json('POST', `/api/v1/children/${otherChildId}/oversight`, { event: { type: 'RAISED', on: '2026-03-02', ruleId: 'manual', reason: 'Concern' }, expectedVersion: 3 }));
    expect(reopened.code).toBe('stale-version');
  });

  it('answers 404 problems for a child or concern that does not exist, or a concern that is another child\'s', async () => {
    const step = { event: { type: 'ACKNOWLEDGED', on: '2026-03-05' }, expectedVersion: 2 };
    for (const [method, path, body] of [
      ['GET', `/api/v1/children/${nobody}/oversight`, undefined],
      ['GET', `/api/v1/children/${childId}/oversight/${nobody}`, undefined],
      ['GET', `/api/v1/children/${otherChildId}/oversight/${caseId}`, undefined],
      ['POST', `/api/v1/children/${nobody}/oversight`, { event: { type: 'RAISED', on: '2026-03-02', ruleId: 'manual', reason: 'Concern' }, expectedVersion: 0 }],
      ['POST', `/api/v1/children/${childId}/oversight/${nobody}/events`, step],
      ['POST', `/api/v1/children/${otherChildId}/oversight/${caseId}/events`, step],
    ] as const) {
      const problem = await refusedWithoutTrace(world, 404, () => (body === undefined ? iro.request(path) : iro.json(method, path, body)));
      expect(problem, `${method} ${path}`).toMatchObject({ code: 'not-found', title: 'Page or record not found', errors: [] });
    }
  });

  it('refuses ids that are not ids, naming them', async () => {
    const problem = await refusedWithoutTrace(world, 422, () => iro.request(`/api/v1/children/${childId}/oversight/concern-1`));
    expect(Object.keys(fieldMessages(problem))).toEqual(['param.caseId']);
  });
});
