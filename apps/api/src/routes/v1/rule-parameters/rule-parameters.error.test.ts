import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessages, refusedWithoutTrace, speaks } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';

describe.each(testEngines())('when a rule setting is refused on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    await world.addChild(authorityA);
    administrator = await world.signIn('administratorA');
    const first = await administrator.json('PUT', '/api/v1/rule-parameters/reoffer-periodic-after-decline', { parameters: { months: 4 }, expectedVersion: 0 });
    expect(first.status).toBe(200);
  });
  afterAll(() => world.close());

  const refusedPut = (status: number, ruleId: string, body: unknown) => refusedWithoutTrace(world, status, () => administrator.json('PUT', `/api/v1/rule-parameters/${ruleId}`, body));

  it('names a value outside the rule\'s limits as the form names it, in English and Welsh', async () => {
    expect(fieldMessages(await refusedPut(422, 'reoffer-periodic-after-decline', { parameters: { months: 30 }, expectedVersion: 1 }))).toEqual({
      'parameters.months': 'reoffer-periodic-after-decline.months must be between 1 and 24',
    });
    await speaks(administrator, 'cy');
    try {
      expect(fieldMessages(await refusedPut(422, 'reoffer-periodic-after-decline', { parameters: { months: 30 }, expectedVersion: 1 }))).toEqual({
        'parameters.months': 'Rhaid i reoffer-periodic-after-decline.months fod rhwng 1 a 24',
      });
    } finally {
      await speaks(administrator, 'en');
    }
  });

  it('refuses a parameter the rule does not have, and a value of the wrong kind', async () => {
    expect(fieldMessages(await refusedPut(422, 'reoffer-periodic-after-decline', { parameters: { weeks: 26 }, expectedVersion: 1 }))).toEqual({
      'parameters.weeks': 'The rule reoffer-periodic-after-decline has no parameter called weeks',
    });
    expect(fieldMessages(await refusedPut(422, 'reoffer-periodic-after-decline', { parameters: { months: 2.5 }, expectedVersion: 1 }))).toEqual({
      'parameters.months': 'reoffer-periodic-after-decline.months must be a whole number',
    });
    expect(fieldMessages(await refusedPut(422, 'reoffer-periodic-after-decline', { enabled: 'no', expectedVersion: 1, note: 'x' }))).toEqual({
      enabled: 'Answer yes or no for whether the rule is on',
      '': 'Remove "note": this form does not take that field',
    });
  });

  it('answers a stale version with 409 and the version the setting has now, and overwrites nothing', async () => {
    expect(await refusedPut(409, 'reoffer-periodic-after-decline', { parameters: { months: 3 }, expectedVersion: 0 })).toMatchObject({ code: 'stale-version', currentVersion: 1 });
    expect(await refusedPut(409, 'reoffer-school-move', { enabled: false, expectedVersion: 2 })).toMatchObject({ code: 'stale-version', currentVersion: 0 });
  });

  it('answers a rule that does not exist with a 404 problem, and an id that cannot be one with 422', async () => {
    expect(await refusedPut(404, 'reoffer-after-moon-landing', { enabled: false, expectedVersion: 0 })).toMatchObject({ code: 'not-found', errors: [] });
    expect(Object.keys(fieldMessages(await refusedPut(422, 'Reoffer_School', { enabled: false, expectedVersion: 0 })))).toEqual(['param.ruleId']);
  });
});
