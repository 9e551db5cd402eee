import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessages, refusedWithoutTrace, speaks } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';

describe.each(testEngines())('when a queue cannot be read as asked on $name', (engine) => {
  let world: TestWorld;
  let iro: Agent;
  let advocate: Agent;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    await world.addChild(authorityA);
    iro = await world.signIn('iroA');
    advocate = await world.signIn('advocateP1');
  });
  afterAll(() => world.close());

  const refusedQueue = async (agent: Agent, path: string) => fieldMessages(await refusedWithoutTrace(world, 422, () => agent.request(path)));

  it('names the date and paging settings at fault, in English', async () => {
    expect(await refusedQueue(iro, '/api/v1/queues/iro?dueBy=2026-02-30&limit=0&offset=-5')).toEqual({
      'query.dueBy': 'Enter a real due date, for example 2012-03-31',
      'query.limit': 'Number of results must be 1 or more',
      'query.offset': 'First result must be 0 or more',
    });
    expect(await refusedQueue(iro, '/api/v1/queues/iro?dueBy=next%20week')).toEqual({ 'query.dueBy': 'Enter a real due date, for example 2012-03-31' });
    expect(await refusedQueue(advocate, '/api/v1/queues/provider-inbox?limit=501')).toEqual({ 'query.limit': 'Number of results must be 500 or less' });
  });

  it('names the settings at fault in Welsh to a person who reads in Welsh', async () => {
    await speaks(iro, 'cy');
    try {
      expect(await refusedQueue(iro, '/api/v1/queues/iro?dueBy=2026-02-30&limit=lots')).toEqual({
        'query.dueBy': 'Rhowch ddyddiad dyledus go iawn, er enghraifft 2012-03-31',
        'query.limit': 'Rhowch nifer y canlyniadau fel rhif',
      });
    } finally {
      await speaks(iro, 'en');
    }
  });

  it('answers a queue that does not exist with a 404 problem', async () => {
    const response = await iro.request('/api/v1/queues/everything');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
