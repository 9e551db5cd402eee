import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CynnigError } from '@cynnig/domain';
import { aChild, aProvider, cardiff, swansea, testEngines, type TestDatabase } from '../test-support/index.js';
import type { Scope } from '../scope.js';
import { createChild } from './child-repository.js';
import { appendCaseEvent, createCase, findActiveOfferCaseOfChild, findCase, getCase, listCaseEvents, listCasesOfChild, recordCaseEvent, saveCase } from './workflow-case-repository.js';

const cardiffScope: Scope = { kind: 'authority', authorityCode: cardiff };

describe.each(testEngines())('the workflow case store on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  async function anOfferCase(providerId: string | null = null) {
    const { child } = await createChild(database.db, aChild());
    const stored = await createCase(database.db, 'active-offer', {
      childId: child.id, authorityCode: cardiff, state: 'awaitingChildTold', snapshot: { value: 'awaitingChildTold', context: { rounds: 1 } },
      machineVersion: 'active-offer@1', columns: { providerId }, firstEvent: { type: 'OFFER_DUE', on: '2024-01-10', trigger: 'became-looked-after' },
      recordedAt: '2024-01-10T09:00:00.000Z', recordedBy: null,
    });
    return { child, stored };
  }

  it('opens a case with its first event as sequence 1', async () => {
    const { child, stored } = await anOfferCase();
    expect(stored).toMatchObject({ version: 1, state: 'awaitingChildTold', childId: child.id });
    const loaded = await getCase(database.db, cardiffScope, 'active-offer', stored.id);
    expect(loaded.snapshot).toEqual({ value: 'awaitingChildTold', context: { rounds: 1 } });
    expect(loaded.columns).toEqual({ providerId: null });
    expect(await listCaseEvents(database.db, 'active-offer', stored.id)).toEqual([
      { caseId: stored.id, sequence: 1, type: 'OFFER_DUE', event: { type: 'OFFER_DUE', on: '2024-01-10', trigger: 'became-looked-after' }, recordedAt: '2024-01-10T09:00:00.000Z', recordedBy: null },
    ]);
    expect((await findActiveOfferCaseOfChild(database.db, cardiffScope, child.id))?.id).toBe(stored.id);
  });

  it('refuses a second Active Offer case for the same child', async () => {
    const { child } = await anOfferCase();
    await expect(
      createCase(database.db, 'active-offer', { childId: child.id, authorityCode: cardiff, state: 's', snapshot: {}, machineVersion: 'v', columns: { providerId: null }, firstEvent: { type: 'OFFER_DUE' } }),
    ).rejects.toThrow();
  });

  it('saves a new snapshot at the expected version and moves the version on', async () => {
    const { stored } = await anOfferCase();
    const version = await saveCase(database.db, 'active-offer', stored.id, { state: 'awaitingPermission', snapshot: { value: 'awaitingPermission' }, machineVersion: 'active-offer@1', expectedVersion: 1 });
    expect(version).toBe(2);
    expect(await getCase(database.db, cardiffScope, 'active-offer', stored.id)).toMatchObject({ version: 2, state: 'awaitingPermission', snapshot: { value: 'awaitingPermission' } });
  });

  it('rejects a stale version with the current version in details, and changes nothing', async () => {
    const { stored } = await anOfferCase();
    await saveCase(database.db, 'active-offer', stored.id, { state: 'awaitingPermission', snapshot: { value: 'awaitingPermission' }, machineVersion: 'v', expectedVersion: 1 });
    const failure = await saveCase(database.db, 'active-offer', stored.id, { state: 'awaitingReferral', snapshot: { value: 'x' }, machineVersion: 'v', expectedVersion: 1 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CynnigError);
    expect(failure).toMatchObject({ code: 'conflict.stale-version', details: { currentVersion: 2, expectedVersion: 1 } });
    expect(await getCase(database.db, cardiffScope, 'active-offer', stored.id)).toMatchObject({ version: 2, state: 'awaitingPermission' });
  });

  it('records a step (snapshot and event) together, or neither when the version is stale', async () => {
    const { stored } = await anOfferCase();
    const step = await recordCaseEvent(database.db, 'active-offer', stored.id, { type: 'CHILD_TOLD' }, { state: 'awaitingPermission', snapshot: {}, machineVersion: 'v', expectedVersion: 1, recordedBy: null });
    expect(step).toEqual({ version: 2, sequence: 2 });
    await expect(recordCaseEvent(database.db, 'active-offer', stored.id, { type: 'PERMISSION_GIVEN' }, { state: 'awaitingReferral', snapshot: {}, machineVersion: 'v', expectedVersion: 1 })).rejects.toMatchObject({
      code: 'conflict.stale-version',
    });
    expect((await listCaseEvents(database.db, 'active-offer', stored.id)).map((e) => e.type)).toEqual(['OFFER_DUE', 'CHILD_TOLD']);
  });

  it('appends events with the next sequence number and lists them in order for replay', async () => {
    const { stored } = await anOfferCase();
    expect(await appendCaseEvent(database.db, 'active-offer', stored.id, { type: 'CHILD_TOLD' })).toBe(2);
    expect(await appendCaseEvent(database.db, 'active-offer', stored.id, { type: 'PERMISSION_GIVEN' }, { recordedBy: 'someone' })).toBe(3);
    const events = await listCaseEvents(database.db, 'active-offer', stored.id);
    expect(events.map((e) => [e.sequence, e.type])).toEqual([[1, 'OFFER_DUE'], [2, 'CHILD_TOLD'], [3, 'PERMISSION_GIVEN']]);
  });

  it('the database refuses to change or remove a recorded event', async () => {
    const { stored } = await anOfferCase();
    await expect(database.db.updateTable('active_offer_events').set({ type: 'X' }).where('case_id', '=', stored.id).execute()).rejects.toThrow(/append-only/);
    await expect(database.db.deleteFrom('active_offer_events').where('case_id', '=', stored.id).execute()).rejects.toThrow(/append-only/);
  });

  it('a provider sees the Active Offer case referred to it and nothing else', async () => {
    const provider = await aProvider(database.db, [cardiff]);
    const other = await aProvider(database.db, [cardiff]);
    const { child, stored } = await anOfferCase(provider.id);
    const episode = await createCase(database.db, 'missing-episode', {
      childId: child.id, authorityCode: cardiff, state: 'missing', snapshot: {}, machineVersion: 'm', firstEvent: { type: 'REPORTED' },
      columns: { kind: 'away', riskGrade: 'low', startedAt: '2024-02-01T20:00:00Z', endedAt: null, conversationOfferedAt: null, conversationHeldAt: null, conversationDeclined: false, exploitationIndicators: [] },
    });
    expect(await findCase(database.db, { kind: 'provider', providerId: provider.id }, 'active-offer', stored.id)).toBeDefined();
    expect(await findCase(database.db, { kind: 'provider', providerId: other.id }, 'active-offer', stored.id)).toBeUndefined();
    expect(await findCase(database.db, { kind: 'provider', providerId: provider.id }, 'missing-episode', episode.id)).toBeUndefined();
    expect(await listCasesOfChild(database.db, { kind: 'provider', providerId: provider.id }, 'missing-episode', child.id)).toEqual([]);
    expect(await findCase(database.db, { kind: 'authority', authorityCode: swansea }, 'active-offer', stored.id)).toBeUndefined();
  });

  it('keeps a missing episode\'s summary and an oversight concern\'s stage beside their snapshots', async () => {
    const { child } = await createChild(database.db, aChild());
    const episode = await createCase(database.db, 'missing-episode', {
      childId: child.id, authorityCode: cardiff, state: 'missing', snapshot: {}, machineVersion: 'm', firstEvent: { type: 'REPORTED' },
      columns: { kind: 'missing', riskGrade: 'high', startedAt: '2024-02-01T20:00:00Z', endedAt: null, conversationOfferedAt: null, conversationHeldAt: null, conversationDeclined: false, exploitationIndicators: [] },
    });
    await saveCase(database.db, 'missing-episode', episode.id, {
      state: 'returned', snapshot: {}, machineVersion: 'm', expectedVersion: 1,
      columns: { kind: 'missing', riskGrade: 'high', startedAt: '2024-02-01T20:00:00Z', endedAt: '2024-02-02T08:30:00+00:00', conversationOfferedAt: null, conversationHeldAt: null, conversationDeclined: false, exploitationIndicators: ['older-associates'] },
    });
    expect((await getCase(database.db, cardiffScope, 'missing-episode', episode.id)).columns).toMatchObject({ endedAt: '2024-02-02T08:30:00.000Z', exploitationIndicators: ['older-associates'] });

    const concern = await createCase(database.db, 'oversight', {
      childId: child.id, authorityCode: cardiff, state: 'raised', snapshot: {}, machineVersion: 'o', firstEvent: { type: 'RAISED' }, columns: { ruleId: 'reoffer-overdue', stage: null, respondBy: null },
    });
    await saveCase(database.db, 'oversight', concern.id, { state: 'escalated', snapshot: {}, machineVersion: 'o', expectedVersion: 1, columns: { ruleId: 'reoffer-overdue', stage: 'informal-alert', respondBy: '2024-03-01' } });
    expect((await listCasesOfChild(database.db, cardiffScope, 'oversight', child.id))[0]).toMatchObject({ state: 'escalated', columns: { stage: 'informal-alert', respondBy: '2024-03-01' } });
  });

  it('says a missing case is not found rather than stale', async () => {
    await expect(saveCase(database.db, 'oversight', '00000000-0000-4000-8000-00000000dead', { state: 's', snapshot: {}, machineVersion: 'v', expectedVersion: 1 })).rejects.toMatchObject({ code: 'not-found.case' });
  });
});
