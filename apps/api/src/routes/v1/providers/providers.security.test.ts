import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { openTestWorld, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';

describe.each(testEngines())('who may list the advocacy providers, on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
  });
  afterAll(() => world.close());

  it('asks a signed-out visitor to sign in', async () => {
    const response = await (await world.anonymous()).request('/api/v1/providers');
    expect(response.status).toBe(401);
    expect(problemSchema.parse(await response.json()).code).toBe('unauthenticated');
  });

  it.each<PersonKey>(['advocateP1', 'providerManagerP1', 'commissioner', 'administratorA'])('refuses %s with 403, in English and Welsh', async (who) => {
    const agent = await world.signIn(who);
    const english = await agent.request('/api/v1/providers');
    await agent.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' });
    const welsh = await agent.request('/api/v1/providers');
    expect([english.status, welsh.status]).toEqual([403, 403]);
    const [en, cy] = [problemSchema.parse(await english.json()), problemSchema.parse(await welsh.json())];
    expect(en.code).toBe('forbidden');
    expect(cy.code).toBe('forbidden');
    expect(cy.title).not.toBe(en.title);
  });

  it('never tells one authority which other authorities a provider serves', async () => {
    const body = JSON.stringify(await (await (await world.signIn('socialWorkerA')).request('/api/v1/providers')).json());
    expect(body).not.toMatch(/W060000\d\d|authorit/i);
  });
});
