import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessages, refusedWithoutTrace, speaks } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';

const nobody = '7b0c1c5e-34a8-4c2a-9b59-8f3b8c3a2d10';

describe.each(testEngines())('when a search or a child\'s record cannot be answered on $name', (engine) => {
  let world: TestWorld;
  let worker: Agent;
  let childId: string;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    childId = await world.addChild(authorityA);
    worker = await world.signIn('socialWorkerA');
  });
  afterAll(() => world.close());

  const refusedSearch = async (query: string) => fieldMessages(await refusedWithoutTrace(world, 422, () => worker.request(`/api/v1/children?${query}`)));

  it('names each search setting at fault, in English', async () => {
    await speaks(worker, 'en');
    expect(await refusedSearch(`q=${'a'.repeat(101)}&limit=0&offset=-1`)).toEqual({
      'query.q': 'Search must be 100 characters or fewer',
      'query.limit': 'Number of results must be 1 or more',
      'query.offset': 'First result must be 0 or more',
    });
    expect(await refusedSearch('limit=lots')).toEqual({ 'query.limit': 'Enter the number of results as a number' });
    expect(await refusedSearch('overdue=yes&hasDueItems=1')).toEqual({
      'query.overdue': 'Choose the overdue filter from: true, false',
      'query.hasDueItems': 'Choose the due items filter from: true, false',
    });
    expect((await refusedSearch('legalStatus=orphan'))['query.legalStatus']).toMatch(/^Choose the legal status from: interim-care-order, full-care-order, /);
  });

  it('names each search setting at fault, in Welsh', async () => {
    await speaks(worker, 'cy');
    try {
      expect(await refusedSearch(`q=${'a'.repeat(101)}&limit=0&offset=-1`)).toEqual({
        'query.q': 'Rhaid i chwiliad fod yn 100 nod neu lai',
        'query.limit': 'Rhaid i nifer y canlyniadau fod yn 1 neu fwy',
        'query.offset': 'Rhaid i ganlyniad cyntaf fod yn 0 neu fwy',
      });
      expect(await refusedSearch('limit=lots')).toEqual({ 'query.limit': 'Rhowch nifer y canlyniadau fel rhif' });
      expect(await refusedSearch('overdue=yes')).toEqual({ 'query.overdue': 'Dewiswch hidlydd hwyr o blith: true, false' });
      expect((await refusedSearch('legalStatus=orphan'))['query.legalStatus']).toMatch(/^Dewiswch statws cyfreithiol o blith: interim-care-order, /);
    } finally {
      await speaks(worker, 'en');
    }
  });

  it('answers a child that does not exist with a 404 problem, for the record and the timeline alike', async () => {
    for (const path of [`/api/v1/children/${nobody}`, `/api/v1/children/${nobody}/timeline`]) {
      const problem = await refusedWithoutTrace(world, 404, () => worker.request(path));
      expect(problem).toMatchObject({ status: 404, code: 'not-found', title: 'Page or record not found', instance: path, errors: [] });
    }
  });

  it('says "not found" in Welsh to a person who reads in Welsh', async () => {
    await speaks(worker, 'cy');
    try {
      const problem = await refusedWithoutTrace(world, 404, () => worker.request(`/api/v1/children/${nobody}/timeline`));
      expect(problem.title).toBe('Heb ddod o hyd i\'r dudalen na\'r cofnod');
    } finally {
      await speaks(worker, 'en');
    }
  });

  it('refuses an id that is not a child\'s id, naming the child, in both languages', async () => {
    for (const path of ['/api/v1/children/REF-1', '/api/v1/children/REF-1/timeline']) {
      const english = await refusedWithoutTrace(world, 422, () => worker.request(path));
      expect(fieldMessages(english)).toEqual({ 'param.childId': 'Use the id Cynnig gave the record, for example 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b' });
    }
    await speaks(worker, 'cy');
    try {
      const welsh = await refusedWithoutTrace(world, 422, () => worker.request('/api/v1/children/REF-1'));
      expect(fieldMessages(welsh)).toEqual({ 'param.childId': 'Defnyddiwch y dynodydd a roddodd Cynnig i\'r cofnod, er enghraifft 1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b' });
    } finally {
      await speaks(worker, 'en');
    }
  });

  it('still answers the child who does exist', async () => {
    expect((await worker.request(`/api/v1/children/${childId}`)).status).toBe(200);
  });
});
