import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusedWithoutTrace } from '../../../test-support/route-checks.js';
import { openTestWorld, type TestWorld } from '../../../test-support/test-world.js';

describe.each(testEngines())('when the rule catalogue cannot be read on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
  });
  afterAll(() => world.close());

  it('asks a visitor who is not signed in to sign in, in English or Welsh as their browser asks', async () => {
    const visitor = await world.anonymous();
    expect(await refusedWithoutTrace(world, 401, () => visitor.request('/api/v1/rules'))).toMatchObject({ code: 'unauthenticated', title: 'Sign in to continue' });
    expect(await refusedWithoutTrace(world, 401, () => visitor.request('/api/v1/rules', { headers: { 'accept-language': 'cy-GB,en;q=0.5' } }))).toMatchObject({ code: 'unauthenticated', title: 'Mewngofnodwch i barhau' });
  });

  it('asks a person who has signed out to sign in again', async () => {
    const reader = await world.signIn('iroA');
    expect((await reader.request('/api/v1/session', { method: 'DELETE' })).status).toBeLessThan(300);
    expect((await refusedWithoutTrace(world, 401, () => reader.request('/api/v1/rules'))).code).toBe('unauthenticated');
  });
});
