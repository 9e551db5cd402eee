import type { ChildRecord } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCaseEvents, findActiveOfferCaseOfChild, listCasesOfChild } from '../repositories/workflow-case-repository.js';
import { loadChildRecord } from '../repositories/child-record-repository.js';
import { providerInbox } from '../repositories/due-item-repository.js';
import { findUserByEmail } from '../repositories/user-repository.js';
import { searchChildren } from '../repositories/child-repository.js';
import { testEngines, type TestDatabase } from '../test-support/index.js';
import { generatePopulation } from './generate-population.js';
import { writePopulationRecords, type SnapshotOf } from './write-population.js';

/**
 * The API's seed command computes each snapshot with the workflow engine (its own tests check
 * the generator against the engine). Here, storage is under test, so the snapshot records the
 * state the generator says the case ended in, read from the last round or the episode's events.
 */
const lastStateOfChild = new Map<string, string>();
const snapshotOf: SnapshotOf = (kind, events, context) => {
  const state = kind === 'active-offer' ? lastStateOfChild.get(context.childId) ?? 'awaitingChildTold' : events.some((e) => (e as { type?: string }).type === 'RETURNED') ? 'returned' : 'missing';
  return { state, snapshot: { machine: kind, value: state, eventCount: events.length }, machineVersion: '1' };
};

const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
const normalised = (record: ChildRecord) => ({
  ...record,
  entitlements: byId(record.entitlements),
  placements: byId(record.placements),
  allocations: byId(record.allocations),
  lifeEvents: byId(record.lifeEvents),
  reviews: byId(record.reviews),
  missingEpisodes: byId(record.missingEpisodes),
});

describe.each(testEngines())('writing a generated population on $name', (engine) => {
  let database: TestDatabase;
  const population = generatePopulation({ seed: 5, scale: 0.01, referenceDate: '2026-03-31' });
  const children = [...population];
  for (const child of children) lastStateOfChild.set(child.record.child.id, child.record.offers.at(-1)?.state ?? 'awaitingChildTold');
  let progress: number[] = [];
  beforeAll(async () => {
    database = await engine.open();
    progress = [];
    await writePopulationRecords(database.db, population, {
      batchSize: 40, snapshotOf, passwordHashOf: (user) => (user.email.startsWith('social.worker@') ? 'demo-hash' : null), onProgress: (n) => progress.push(n),
    });
  });
  afterAll(async () => database?.close());

  it('writes every child in batches and reports progress', async () => {
    expect(progress.at(-1)).toBe(children.length);
    expect(progress.length).toBe(Math.ceil(children.length / 40));
  });

  it('reads back each child\'s record exactly as it was generated', async () => {
    for (const child of children.slice(0, 40)) {
      const scope = { kind: 'authority' as const, authorityCode: child.record.child.authorityCode };
      const loaded = await loadChildRecord(database.db, scope, child.record.child.id);
      expect(normalised(loaded!)).toEqual(normalised(child.record));
    }
  });

  it('stores each case with its full event log and the engine\'s snapshot', async () => {
    const child = children.find((c) => c.activeOfferEvents.length > 5 && c.missingEpisodes.length > 0) ?? children[0]!;
    const scope = { kind: 'authority' as const, authorityCode: child.record.child.authorityCode };
    const offerCase = await findActiveOfferCaseOfChild(database.db, scope, child.record.child.id);
    expect(offerCase?.version).toBe(child.activeOfferEvents.length);
    expect(offerCase?.state).toBe(child.record.offers.at(-1)?.state);
    expect((await listCaseEvents(database.db, 'active-offer', offerCase!.id)).map((e) => e.event)).toEqual(child.activeOfferEvents.map((e) => e.event));
    const episodes = await listCasesOfChild(database.db, scope, 'missing-episode', child.record.child.id);
    expect(episodes).toHaveLength(child.missingEpisodes.length);
  });

  it('signs demo users in with the hash it was given', async () => {
    expect((await findUserByEmail(database.db, 'social.worker@cardiff.demo.cynnig.cymru'))?.passwordHash).toBe('demo-hash');
    expect((await findUserByEmail(database.db, 'iro@cardiff.demo.cynnig.cymru'))?.passwordHash).toBeNull();
  });

  it('puts referred cases in the provider\'s inbox and lets the provider see only those children', async () => {
    const waiting = children.filter((c) => ['awaitingProviderContact', 'awaitingOutcome', 'awaitingConfirmation'].includes(c.record.offers.at(-1)?.state ?? ''));
    const providerId = waiting[0]?.record.offers.at(-1)?.providerId;
    expect(providerId).toBeTruthy();
    if (!providerId) return;
    const inbox = await providerInbox(database.db, { kind: 'provider', providerId }, { limit: 1000 });
    expect(inbox.items.map((i) => i.childId).sort()).toEqual(waiting.filter((c) => c.record.offers.at(-1)?.providerId === providerId).map((c) => c.record.child.id).sort());
    const visible = await searchChildren(database.db, { kind: 'provider', providerId }, { limit: 500 });
    const referred = children.filter((c) => c.record.offers.some((o) => o.providerId === providerId));
    expect(visible.total).toBeLessThanOrEqual(referred.length);
    for (const item of visible.items) expect(referred.map((c) => c.record.child.id)).toContain(item.child.id);
  });
});
