// A test world with something to count: Cardiff's three children imported from the case
// system files (one placed in Hereford, missing three times in October to December 2025), one
// of them referred to provider 1 and accepting the Active Offer in October 2025, and a
// Swansea child referred to provider 2.
import type { TestEngine } from '@cynnig/data/test-support';
import { expect } from 'vitest';
import { authorityB, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { cleanFiles } from '../imports/import-fixtures.js';

export interface MonitoringWorld {
  readonly world: TestWorld;
  readonly cardiffChildren: readonly string[];
  readonly swanseaChild: string;
}

async function step(agent: Agent, childId: string, event: Record<string, unknown>, version: number): Promise<number> {
  const response = await agent.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event, expectedVersion: version });
  expect(response.status, `${String(event['type'])}: ${await response.clone().text()}`).toBe(201);
  return ((await response.json()) as { version: number }).version;
}

async function referAndAccept(world: TestWorld, worker: Agent, advocate: Agent, childId: string, providerId: string, accept: boolean): Promise<void> {
  let version = 0;
  version = await step(worker, childId, { type: 'OFFER_DUE', on: '2025-10-06', trigger: 'became-looked-after' }, version);
  version = await step(worker, childId, { type: 'CHILD_TOLD', on: '2025-10-07', method: 'visit', language: 'cy' }, version);
  version = await step(worker, childId, { type: 'PERMISSION_GIVEN', on: '2025-10-07' }, version);
  version = await step(worker, childId, { type: 'REFERRED', on: '2025-10-08', providerId }, version);
  version = await step(advocate, childId, { type: 'OFFER_MADE', on: '2025-10-10', language: 'cy', formats: ['conversation'], mode: 'instructed' }, version);
  await step(advocate, childId, accept ? { type: 'OFFER_ACCEPTED', on: '2025-10-10' } : { type: 'OFFER_DECLINED', on: '2025-10-10', reason: null }, version);
  void world;
}

export async function openMonitoringWorld(engine: TestEngine): Promise<MonitoringWorld> {
  const world = await openTestWorld(engine);
  const administrator = await world.signIn('administratorA');
  for (const [fileType, text] of cleanFiles) {
    const response = await administrator.request(`/api/v1/imports/${fileType}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: text });
    expect(response.status, fileType).toBe(200);
  }
  const cardiffChildren = (await world.database.db.selectFrom('children').select('id').orderBy('case_reference').execute()).map((row) => row.id);
  const swanseaChild = await world.addChild(authorityB);
  await referAndAccept(world, await world.signIn('socialWorkerA'), await world.signIn('advocateP1'), cardiffChildren[0]!, world.providers.p1, true);
  await referAndAccept(world, await world.signIn('socialWorkerB'), await world.signIn('advocateP2'), swanseaChild, world.providers.p2, false);
  return { world, cardiffChildren, swanseaChild };
}
