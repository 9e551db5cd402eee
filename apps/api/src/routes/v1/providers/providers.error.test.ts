import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type TestWorld } from '../../../test-support/test-world.js';
import { commissionedProvidersSchema } from './schema.js';

describe.each(testEngines())('when an authority has no advocacy provider to refer to, on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    // The provider's commission with authority A ends.
    await world.database.db.deleteFrom('provider_authorities').where('provider_id', '=', world.providers.p1).execute();
  });
  afterAll(() => world.close());

  it('answers an empty list, not an error, so the page can say there is nobody to refer to', async () => {
    const response = await (await world.signIn('socialWorkerA')).request('/api/v1/providers');
    expect(response.status).toBe(200);
    expect(commissionedProvidersSchema.parse(await response.json()).items).toEqual([]);
  });

  it('no longer offers a provider whose commission has ended, though it still serves other authorities\' children', async () => {
    const other = commissionedProvidersSchema.parse(await (await (await world.signIn('socialWorkerB')).request('/api/v1/providers')).json()).items;
    expect(other.map((provider) => provider.id)).toEqual([world.providers.p2]);
  });
});
