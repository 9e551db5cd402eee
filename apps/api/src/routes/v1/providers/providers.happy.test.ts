import { createProvider } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityA, authorityB, openTestWorld, type TestWorld } from '../../../test-support/test-world.js';
import { commissionedProvidersSchema } from './schema.js';

describe.each(testEngines())('the advocacy providers an authority commissions, on $name', (engine) => {
  let world: TestWorld;
  let regional: string;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    // A provider commissioned by both authorities, and one by neither.
    regional = (await createProvider(world.database.db, { name: 'Advocacy Across Wales', authorityCodes: [authorityA, authorityB] })).id;
    await createProvider(world.database.db, { name: 'Eiriolaeth Gogledd', authorityCodes: ['W06000001'] });
  });
  afterAll(() => world.close());

  const providersFor = async (who: 'socialWorkerA' | 'teamManagerA' | 'iroA' | 'socialWorkerB') => {
    const response = await (await world.signIn(who)).request('/api/v1/providers');
    expect(response.status).toBe(200);
    return commissionedProvidersSchema.parse(await response.json()).items;
  };

  it('lists a social worker\'s referral choices by name, in order of name', async () => {
    expect(await providersFor('socialWorkerA')).toEqual([
      { id: regional, name: 'Advocacy Across Wales' },
      { id: world.providers.p1, name: 'Eiriolaeth De Ddwyrain' },
    ]);
  });

  it('gives each authority its own providers, and a provider commissioned by both to each', async () => {
    expect((await providersFor('socialWorkerB')).map((provider) => provider.name)).toEqual(['Advocacy Across Wales', 'Eiriolaeth Gorllewin']);
  });

  it('gives the team manager and the IRO the same list as the social worker', async () => {
    const worker = await providersFor('socialWorkerA');
    expect(await providersFor('teamManagerA')).toEqual(worker);
    expect(await providersFor('iroA')).toEqual(worker);
  });

  it('offers only providers a referral will be accepted for', async () => {
    const childId = await world.addChild(authorityA);
    const worker = await world.signIn('socialWorkerA');
    let version = 0;
    for (const event of [
      { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' },
      { type: 'CHILD_TOLD', on: '2025-01-07', method: 'visit', language: 'cy' },
      { type: 'PERMISSION_GIVEN', on: '2025-01-07' },
    ]) {
      const response = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event, expectedVersion: version });
      version = ((await response.json()) as { version: number }).version;
    }
    const [first] = await providersFor('socialWorkerA');
    const referred = await worker.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event: { type: 'REFERRED', on: '2025-01-08', providerId: first?.id }, expectedVersion: version });
    expect(referred.status).toBe(201);
  });
});
