import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessages, refusedWithoutTrace, speaks } from '../../../test-support/route-checks.js';
import { openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';

describe.each(testEngines())('when the audit log cannot be read as asked on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    administrator = await world.signIn('administratorA');
  });
  afterAll(() => world.close());

  const refusedQuery = async (query: string) => fieldMessages(await refusedWithoutTrace(world, 422, () => administrator.request(`/api/v1/audit?${query}`)));

  it('names each filter at fault, with an example that works, in English', async () => {
    expect(await refusedQuery(`childId=REF-1&userId=me&from=yesterday&to=2026-02-30&limit=0&action=${'x'.repeat(61)}`)).toEqual({
      'query.childId': 'Use the id Cynnig gave the record, for example 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
      'query.userId': 'Use the id Cynnig gave the record, for example 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b',
      'query.from': 'Enter a real first date, for example 2012-03-31',
      'query.to': 'Enter a real last date, for example 2012-03-31',
      'query.limit': 'Number of results must be 1 or more',
      'query.action': 'Action must be 60 characters or fewer',
    });
  });

  it('names each filter at fault in Welsh', async () => {
    await speaks(administrator, 'cy');
    try {
      expect(await refusedQuery('from=ddoe&offset=-1')).toEqual({
        'query.from': 'Rhowch ddyddiad cyntaf go iawn, er enghraifft 2012-03-31',
        'query.offset': 'Rhaid i ganlyniad cyntaf fod yn 0 neu fwy',
      });
    } finally {
      await speaks(administrator, 'en');
    }
  });

  it('refuses a moment with an offset rather than comparing it wrongly', async () => {
    expect(Object.keys(await refusedQuery('from=2026-03-19T09:30:00%2B01:00'))).toEqual(['query.from']);
  });
});
