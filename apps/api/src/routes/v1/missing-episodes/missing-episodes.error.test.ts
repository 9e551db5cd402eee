import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessages, refusedWithoutTrace, speaks } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { caseViewSchema } from '../cases/case-schema.js';

const nobody = '7b0c1c5e-34a8-4c2a-9b59-8f3b8c3a2d10';
const reported = (lastSeenAt: string, at: string) => ({ type: 'REPORTED', at, kind: 'missing', riskGrade: 'medium', lastSeenAt, reportedBy: 'Gofalwr', policeReference: null });
const returned = (at: string) => ({ type: 'RETURNED', at, method: 'returned', whereFound: 'Adref', whoWith: null });

describe.each(testEngines())('when a missing episode step is refused on $name', (engine) => {
  let world: TestWorld;
  let worker: Agent;
  let childId: string;
  let otherChildId: string;
  /** Returned on 2 March, with nothing after. */
  let earlier: string;
  /** Reported on 10 March and still open. */
  let open: string;
  let concern: string;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    childId = await world.addChild(authorityA, { dateOfBirth: '2012-05-01' });
    otherChildId = await world.addChild(authorityA);
    worker = await world.signIn('socialWorkerA');
    const opened = async (event: unknown) => caseViewSchema.parse(await (await worker.json('POST', `/api/v1/children/${childId}/missing-episodes`, { event, expectedVersion: 0 })).json()).caseId;
    earlier = await opened(reported('2026-03-01T18:00:00.000Z', '2026-03-01T20:00:00.000Z'));
    expect((await worker.json('POST', `/api/v1/children/${childId}/missing-episodes/${earlier}/events`, { event: returned('2026-03-02T09:00:00.000Z'), expectedVersion: 1 })).status).toBe(201);
    open = await opened(reported('2026-03-10T21:00:00.000Z', '2026-03-10T22:00:00.000Z'));
    const iro = await world.signIn('iroA');
    concern = caseViewSchema.parse(await (await iro.json('POST', `/api/v1/children/${childId}/oversight`, { event: { type: 'RAISED', on: '2026-03-02', ruleId: 'manual', reason: 'Concern' }, expectedVersion: 0 })).json()).caseId;
  });
  afterAll(() => world.close());

  const refusedReport = (status: number, event: unknown, expectedVersion: unknown = 0) =>
    refusedWithoutTrace(world, status, () => worker.json('POST', `/api/v1/children/${otherChildId}/missing-episodes`, { event, expectedVersion }));
  const refusedStep = (status: number, caseId: string, event: unknown, expectedVersion: unknown) =>
    refusedWithoutTrace(world, status, () => worker.json('POST', `/api/v1/children/${childId}/missing-episodes/${caseId}/events`, { event, expectedVersion }));

  it('names each field of a report at fault, in English and Welsh', async () => {
    const event = { type: 'REPORTED', at: 'Friday night', kind: 'lost', riskGrade: 'medium', lastSeenAt: '2026-03-01T18:00:00.000Z', reportedBy: '', policeReference: null };
    const english = fieldMessages(await refusedReport(422, event));
    expect(english).toMatchObject({
      'event.at': 'Enter the date and time as a real date and time, for example 2025-04-18T21:30:00Z',
      'event.reportedBy': 'Say who reported the child missing',
    });
    expect(english['event.kind']).toMatch(/^Choose the kind from: missing, /);
    await speaks(worker, 'cy');
    try {
      const welsh = fieldMessages(await refusedReport(422, event));
      expect(welsh).toMatchObject({
        'event.at': 'Rhowch ddyddiad ac amser fel dyddiad ac amser go iawn, er enghraifft 2025-04-18T21:30:00Z',
        'event.reportedBy': 'Dywedwch pwy a roddodd wybod bod y plentyn ar goll',
      });
      expect(welsh['event.kind']).toMatch(/^Dewiswch fath o blith: missing, /);
    } finally {
      await speaks(worker, 'en');
    }
  });

  it('names each field of a step at fault, and a version that is not one', async () => {
    expect(fieldMessages(await refusedStep(422, open, { type: 'RETURNED', at: '2026-03-11T10:00:00.000Z', method: 'returned', whereFound: ' ', whoWith: null }, 1))).toEqual({
      'event.whereFound': 'Say where the child was found or returned to',
    });
    expect(fieldMessages(await refusedStep(422, earlier, { type: 'CONVERSATION_DECLINED', at: '2026-03-03T10:00:00.000Z', attempts: 0, carersAsked: true, carersInformation: null }, 2))).toEqual({
      'event.attempts': 'Record at least one attempt',
    });
    expect(fieldMessages(await refusedStep(422, open, returned('2026-03-11T10:00:00.000Z'), -1))).toEqual({ expectedVersion: 'Version you read must be 0 or more' });
  });

  it('refuses a second report while the child is still missing with 409, in the reader\'s language', async () => {
    const english = await refusedWithoutTrace(world, 409, () => worker.json('POST', `/api/v1/children/${childId}/missing-episodes`, { event: reported('2026-03-15T18:00:00.000Z', '2026-03-15T19:00:00.000Z'), expectedVersion: 0 }));
    expect(english).toMatchObject({ code: 'not-allowed-now', detail: 'The child already has an open missing episode: record their return before reporting a new one' });
    await speaks(worker, 'cy');
    try {
      const welsh = await refusedWithoutTrace(world, 409, () => worker.json('POST', `/api/v1/children/${childId}/missing-episodes`, { event: reported('2026-03-15T18:00:00.000Z', '2026-03-15T19:00:00.000Z'), expectedVersion: 0 }));
      expect(welsh.detail).toBe('Mae gan y plentyn gyfnod ar goll sydd eisoes ar agor: cofnodwch ei ddychweliad cyn rhoi gwybod am un newydd');
    } finally {
      await speaks(worker, 'en');
    }
  });

  it('refuses episodes the national validation rules forbid, naming the time at fault', async () => {
    expect(fieldMessages(await refusedReport(422, reported('2026-03-05T18:00:00.000Z', '2026-03-05T17:00:00.000Z')))).toEqual({ at: 'The child cannot be reported missing before the time they were last seen' });
    expect(fieldMessages(await refusedReport(422, reported('2011-12-31T18:00:00.000Z', '2011-12-31T20:00:00.000Z')))).toEqual({ lastSeenAt: 'The episode cannot start before the child was born' });
    expect(fieldMessages(await refusedStep(422, open, returned('2026-03-10T20:00:00.000Z'), 1))).toEqual({ at: 'The child cannot return before they went missing' });
    expect(fieldMessages(await refusedStep(422, earlier, { type: 'CONVERSATION_OFFERED', at: '2026-03-02T08:00:00.000Z', offeredBy: 'advocacy-provider' }, 2))).toEqual({ at: 'The time must be on or after the last step recorded for this episode' });
  });

  it('refuses a step the episode is not ready for with 409', async () => {
    const problem = await refusedStep(409, open, { type: 'CONVERSATION_OFFERED', at: '2026-03-11T10:00:00.000Z', offeredBy: 'advocacy-provider' }, 1);
    expect(problem.code).toBe('not-allowed-now');
    expect(problem.detail).toMatch(/so "[^"]+" cannot be recorded; what can be recorded now: /);
  });

  it('answers a stale version with 409 and the version the episode has now', async () => {
    expect(await refusedStep(409, earlier, { type: 'CONVERSATION_OFFERED', at: '2026-03-02T15:00:00.000Z', offeredBy: 'advocacy-provider' }, 1)).toMatchObject({ code: 'stale-version', currentVersion: 2 });
    expect((await refusedReport(409, reported('2026-03-05T18:00:00.000Z', '2026-03-05T19:00:00.000Z'), 2)).code).toBe('stale-version');
  });

  it('answers 404 problems for a child or episode that does not exist, another child\'s episode, or an IRO concern\'s id', async () => {
    const step = { event: returned('2026-03-11T10:00:00.000Z'), expectedVersion: 1 };
    for (const [method, path, body] of [
      ['GET', `/api/v1/children/${nobody}/missing-episodes`, undefined],
      ['GET', `/api/v1/children/${childId}/missing-episodes/${nobody}`, undefined],
      ['GET', `/api/v1/children/${otherChildId}/missing-episodes/${open}`, undefined],
      ['GET', `/api/v1/children/${childId}/missing-episodes/${concern}`, undefined],
      ['POST', `/api/v1/children/${nobody}/missing-episodes`, { event: reported('2026-03-05T18:00:00.000Z', '2026-03-05T19:00:00.000Z'), expectedVersion: 0 }],
      ['POST', `/api/v1/children/${childId}/missing-episodes/${nobody}/events`, step],
      ['POST', `/api/v1/children/${otherChildId}/missing-episodes/${open}/events`, step],
      ['POST', `/api/v1/children/${childId}/missing-episodes/${concern}/events`, step],
    ] as const) {
      const problem = await refusedWithoutTrace(world, 404, () => (body === undefined ? worker.request(path) : worker.json(method, path, body)));
      expect(problem, `${method} ${path}`).toMatchObject({ code: 'not-found', errors: [] });
    }
  });

  it('refuses a body that is not JSON, and an id that is not an id', async () => {
    const garbled = await refusedWithoutTrace(world, 400, () => worker.request(`/api/v1/children/${childId}/missing-episodes`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"event":' }));
    expect(garbled.code).toBe('malformed-request');
    expect(Object.keys(fieldMessages(await refusedWithoutTrace(world, 422, () => worker.request(`/api/v1/children/${childId}/missing-episodes/episode-1`))))).toEqual(['param.caseId']);
  });
});
