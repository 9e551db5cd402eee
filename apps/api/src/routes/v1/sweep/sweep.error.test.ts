import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessages, refusedWithoutTrace, speaks } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';

describe.each(testEngines())('when a sweep is refused on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    const childId = await world.addChild(authorityA);
    administrator = await world.signIn('administratorA');
    const worker = await world.signIn('socialWorkerA');
    expect((await worker.json('POST', `/api/v1/children/${childId}/life-events`, { kind: 'school-move', occurredOn: '2026-03-02', note: null })).status).toBe(201);
  });
  afterAll(() => world.close());

  const refusedSweep = (status: number, body: string) => refusedWithoutTrace(world, status, () => administrator.request('/api/v1/sweep', { method: 'POST', headers: { 'content-type': 'application/json' }, body }));

  it('names a date that is not a real date, and a field it does not take, in English and Welsh', async () => {
    expect(fieldMessages(await refusedSweep(422, JSON.stringify({ date: '2026-02-30', force: true })))).toEqual({
      date: 'Enter a real date, for example 2012-03-31',
      '': 'Remove "force": this form does not take that field',
    });
    await speaks(administrator, 'cy');
    try {
      expect(fieldMessages(await refusedSweep(422, JSON.stringify({ date: 'heddiw' })))).toEqual({ date: 'Rhowch ddyddiad go iawn, er enghraifft 2012-03-31' });
    } finally {
      await speaks(administrator, 'en');
    }
  });

  it('refuses a day other than today, naming today', async () => {
    expect(fieldMessages(await refusedSweep(422, JSON.stringify({ date: '2026-03-19' })))).toEqual({ date: 'Sweep today, 2026-03-20, or leave the date out: due items always describe today' });
  });

  it('refuses a body that is not JSON, or not sent as JSON', async () => {
    expect((await refusedSweep(400, '{"date":')).code).toBe('malformed-request');
    const asText = await refusedWithoutTrace(world, 415, () => administrator.request('/api/v1/sweep', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'sweep' }));
    expect(asText.code).toBe('unsupported-media-type');
  });
});
