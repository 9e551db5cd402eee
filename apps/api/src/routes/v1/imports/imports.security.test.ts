import { countRows } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { childrenCsv } from './import-fixtures.js';

const postCsv = (agent: Agent, path: string, body: string, headers: Record<string, string> = {}) => agent.request(path, { method: 'POST', headers: { 'content-type': 'text/csv', ...headers }, body });

describe.each(testEngines())('who may import on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
  });
  afterAll(() => world.close());

  it.each<PersonKey>(['socialWorkerA', 'iroA', 'advocateP1', 'providerManagerP1', 'commissioner'])('refuses %s with 403 and writes nothing', async (who) => {
    const agent = await world.signIn(who);
    const response = await postCsv(agent, '/api/v1/imports/children', childrenCsv);
    expect(response.status).toBe(403);
    expect((await countRows(world.database.db))['children']).toBe(0);
  });

  it('asks a signed-out visitor to sign in', async () => {
    expect((await postCsv(await world.anonymous(), '/api/v1/imports/children', childrenCsv)).status).toBe(401);
  });

  it('refuses a request without the CSRF token', async () => {
    const administrator = await world.signIn('administratorA');
    expect((await postCsv(administrator, '/api/v1/imports/children', childrenCsv, { 'x-csrf-token': 'forged' })).status).toBe(403);
    expect((await countRows(world.database.db))['children']).toBe(0);
  });

  it('never lets one authority import children into another: a file naming Cardiff is refused for Swansea\'s administrator', async () => {
    const administrator = await world.signIn('administratorB');
    const response = await postCsv(administrator, '/api/v1/imports/children', childrenCsv);
    expect(response.status).toBe(422);
    expect((await countRows(world.database.db))['children']).toBe(0);
  });
});
