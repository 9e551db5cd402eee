import { childRecordSchema, type ActiveOfferSummary } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aChild, aLookedAfterChild, aProvider, aUser, cardiff, swansea, testEngines, type TestDatabase } from '../test-support/index.js';
import type { Scope } from '../scope.js';
import { addAllocation, endAllocation, listAllocations, reallocate } from './allocation-repository.js';
import { createChild } from './child-repository.js';
import { loadChildRecord, loadChildRecords, loadRecordOfChild, streamChildRecords } from './child-record-repository.js';
import { addEntitlement, endEntitlement, listEntitlements } from './entitlement-repository.js';
import { addLifeEvent, listLifeEvents } from './life-event-repository.js';
import { listMissingEpisodes, findOpenMissingEpisode } from './missing-episode-repository.js';
import { listOfferRounds, replaceOfferRounds } from './offer-round-repository.js';
import { addPlacement, endPlacement, listPlacements } from './placement-repository.js';
import { addReview, listReviews } from './review-repository.js';
import { createCase } from './workflow-case-repository.js';

const cardiffScope: Scope = { kind: 'authority', authorityCode: cardiff };

describe.each(testEngines())('a child\'s record on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('adds, ends and lists entitlement bases', async () => {
    const { child } = await createChild(database.db, aChild());
    const basis = await addEntitlement(database.db, { childId: child.id, basis: 'looked-after', start: '2023-05-01', end: null, endReason: null });
    await addEntitlement(database.db, { childId: child.id, basis: 'child-protection', start: '2023-01-01', end: '2023-04-30', endReason: 'enquiries-closed' });
    const ended = await endEntitlement(database.db, basis.id, '2025-05-01', 'stopped-being-looked-after');
    expect(ended).toMatchObject({ end: '2025-05-01', endReason: 'stopped-being-looked-after' });
    expect((await listEntitlements(database.db, cardiffScope, child.id)).map((e) => [e.basis, e.end])).toEqual([
      ['child-protection', '2023-04-30'],
      ['looked-after', '2025-05-01'],
    ]);
    await expect(endEntitlement(database.db, basis.id, '2020-01-01', 'moved-away')).rejects.toThrow();
  });

  it('adds, ends and lists placements, in Wales and outside', async () => {
    const { child } = await createChild(database.db, aChild());
    const first = await addPlacement(database.db, {
      childId: child.id, type: 'foster-la', start: '2024-01-01', end: null, location: { kind: 'wales', authorityCode: cardiff }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 4.5,
    });
    await endPlacement(database.db, first.id, '2024-06-30');
    await addPlacement(database.db, {
      childId: child.id, type: 'residential-independent', start: '2024-07-01', end: null, location: { kind: 'outside-wales', description: 'Shropshire' }, homeHasVisitingAdvocacy: false, distanceFromHomeKm: 140,
    });
    const placements = await listPlacements(database.db, cardiffScope, child.id);
    expect(placements).toHaveLength(2);
    expect(placements[0]).toMatchObject({ end: '2024-06-30', location: { kind: 'wales', authorityCode: cardiff }, distanceFromHomeKm: 4.5 });
    expect(placements[1]).toMatchObject({ location: { kind: 'outside-wales', description: 'Shropshire' }, homeHasVisitingAdvocacy: false });
  });

  it('keeps every allocation so a change of social worker is history, not an overwrite', async () => {
    const { child } = await createChild(database.db, aChild());
    const first = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    const second = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    await addAllocation(database.db, { childId: child.id, role: 'social-worker', userId: first.id, start: '2024-01-01', end: null });
    await reallocate(database.db, { childId: child.id, role: 'social-worker', userId: second.id, start: '2024-09-01' });
    const allocations = await listAllocations(database.db, cardiffScope, child.id);
    expect(allocations.map((a) => [a.userId, a.start, a.end])).toEqual([
      [first.id, '2024-01-01', '2024-09-01'],
      [second.id, '2024-09-01', null],
    ]);
    const ended = await endAllocation(database.db, allocations[1]!.id, '2025-01-01');
    expect(ended.end).toBe('2025-01-01');
  });

  it('adds and lists life events and reviews', async () => {
    const { child } = await createChild(database.db, aChild());
    const iro = await aUser(database.db, 'iro', { authorityCode: cardiff });
    await addLifeEvent(database.db, { childId: child.id, kind: 'school-move', occurredOn: '2024-09-02', note: null });
    await addLifeEvent(database.db, { childId: child.id, kind: 'complaint', occurredOn: '2024-03-02', note: 'About contact' });
    await addReview(database.db, { childId: child.id, kind: 'first', heldOn: '2024-02-01', iroUserId: iro.id, advocacyFinding: 'knows-and-declined', spokeToChildPrivately: true, note: null });
    expect((await listLifeEvents(database.db, cardiffScope, child.id)).map((e) => e.kind)).toEqual(['complaint', 'school-move']);
    expect(await listReviews(database.db, cardiffScope, child.id)).toEqual([
      expect.objectContaining({ kind: 'first', iroUserId: iro.id, spokeToChildPrivately: true, advocacyFinding: 'knows-and-declined' }),
    ]);
  });

  it('assembles a record that passes the domain schema, with rounds and episodes', async () => {
    const stored = await aLookedAfterChild(database.db, cardiff, {}, '2024-01-10');
    const childId = stored.child.id;
    const provider = await aProvider(database.db, [cardiff]);
    await addPlacement(database.db, { childId, type: 'kinship', start: '2024-01-10', end: null, location: { kind: 'wales', authorityCode: swansea }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 60 });
    const offerCase = await createCase(database.db, 'active-offer', {
      childId, authorityCode: cardiff, state: 'awaitingReoffer', snapshot: { value: 'awaitingReoffer' }, machineVersion: 'active-offer@1',
      columns: { providerId: provider.id }, firstEvent: { type: 'OFFER_DUE' },
    });
    const round = {
      caseId: offerCase.id, childId, round: 1, state: 'awaitingReoffer', trigger: 'became-looked-after' as const, triggeredOn: '2024-01-10', providerId: provider.id,
      childToldOn: '2024-01-12', referredOn: '2024-01-15', offerMadeOn: '2024-01-20', offerLanguage: 'cy' as const, mode: 'instructed' as const, outcome: 'declined' as const,
      outcomeOn: '2024-01-20', outcomeConfirmedOn: '2024-01-22', advocacyEndedOn: null, isReoffer: false,
    };
    await replaceOfferRounds(database.db, offerCase.id, [round]);
    await createCase(database.db, 'missing-episode', {
      childId, authorityCode: cardiff, state: 'missing', snapshot: {}, machineVersion: 'missing@1', firstEvent: { type: 'REPORTED' },
      columns: { kind: 'missing', riskGrade: 'medium', startedAt: '2024-03-01T22:00:00Z', endedAt: null, conversationOfferedAt: null, conversationHeldAt: null, conversationDeclined: false, exploitationIndicators: ['substances'] },
    });

    const record = await loadChildRecord(database.db, cardiffScope, childId);
    expect(childRecordSchema.parse(record)).toEqual(record);
    expect(record?.offers).toEqual([round]);
    expect(record?.missingEpisodes).toEqual([expect.objectContaining({ startedAt: '2024-03-01T22:00:00.000Z', endedAt: null, exploitationIndicators: ['substances'] })]);
    expect(await listOfferRounds(database.db, cardiffScope, childId)).toEqual([round]);
    expect(await listMissingEpisodes(database.db, cardiffScope, childId)).toHaveLength(1);
    expect(await findOpenMissingEpisode(database.db, cardiffScope, childId)).toBeDefined();

    const providerView = await loadChildRecord(database.db, { kind: 'provider', providerId: provider.id }, childId);
    expect(providerView?.offers).toEqual([round]);
    expect(providerView).toMatchObject({ entitlements: [], placements: [], allocations: [], lifeEvents: [], reviews: [], missingEpisodes: [] });
    expect(await loadChildRecord(database.db, { kind: 'authority', authorityCode: swansea }, childId)).toBeUndefined();
  });

  it('the record of a child already read is its whole record, whoever read the child', async () => {
    const provider = await aProvider(database.db, [cardiff]);
    const { child } = await aLookedAfterChild(database.db, cardiff);
    await addLifeEvent(database.db, { childId: child.id, kind: 'school-move', occurredOn: '2024-02-02', note: null });
    const offerCase = await createCase(database.db, 'active-offer', {
      childId: child.id, authorityCode: cardiff, state: 'awaitingProviderContact', snapshot: {}, machineVersion: 'v', columns: { providerId: provider.id }, firstEvent: { type: 'OFFER_DUE' },
    });
    await replaceOfferRounds(database.db, offerCase.id, [{
      caseId: offerCase.id, childId: child.id, round: 1, state: 'awaitingProviderContact', trigger: 'became-looked-after', triggeredOn: '2024-01-10', providerId: provider.id,
      childToldOn: '2024-01-12', referredOn: '2024-01-15', offerMadeOn: null, offerLanguage: null, mode: null, outcome: null, outcomeOn: null, outcomeConfirmedOn: null, advocacyEndedOn: null, isReoffer: false,
    }]);
    const whole = await loadChildRecord(database.db, { kind: 'system' }, child.id);
    expect(whole?.lifeEvents).toHaveLength(1);
    expect(await loadRecordOfChild(database.db, child)).toEqual(whole);
  });

  it('replacing a case\'s rounds leaves exactly the new list', async () => {
    const { child } = await createChild(database.db, aChild());
    const offerCase = await createCase(database.db, 'active-offer', {
      childId: child.id, authorityCode: cardiff, state: 'awaitingChildTold', snapshot: {}, machineVersion: 'v', columns: { providerId: null }, firstEvent: { type: 'OFFER_DUE' },
    });
    const round = (n: number) => ({
      caseId: offerCase.id, childId: child.id, round: n, state: 'awaitingChildTold', trigger: 'placement-move' as const, triggeredOn: '2024-01-10', providerId: null,
      childToldOn: null, referredOn: null, offerMadeOn: null, offerLanguage: null, mode: null, outcome: null, outcomeOn: null, outcomeConfirmedOn: null, advocacyEndedOn: null, isReoffer: n > 1,
    });
    await replaceOfferRounds(database.db, offerCase.id, [round(1), round(2), round(3)]);
    await replaceOfferRounds(database.db, offerCase.id, [round(1), round(2)]);
    expect((await listOfferRounds(database.db, cardiffScope, child.id)).map((r) => [r.round, r.isReoffer])).toEqual([[1, false], [2, true]]);
  });

  it('a step that changes the open round and opens another stores both, and the earlier rounds as they were', async () => {
    const { child } = await createChild(database.db, aChild());
    const offerCase = await createCase(database.db, 'active-offer', {
      childId: child.id, authorityCode: cardiff, state: 'awaitingChildTold', snapshot: {}, machineVersion: 'v', columns: { providerId: null }, firstEvent: { type: 'OFFER_DUE' },
    });
    const round = (n: number, changes: Partial<ActiveOfferSummary> = {}): ActiveOfferSummary => ({
      caseId: offerCase.id, childId: child.id, round: n, state: 'awaitingReoffer', trigger: 'placement-move', triggeredOn: '2024-01-10', providerId: null,
      childToldOn: '2024-01-12', referredOn: null, offerMadeOn: null, offerLanguage: null, mode: null, outcome: 'declined', outcomeOn: '2024-01-20', outcomeConfirmedOn: null, advocacyEndedOn: null, isReoffer: n > 1,
      ...changes,
    });
    await replaceOfferRounds(database.db, offerCase.id, [round(1), round(2, { state: 'awaitingOutcome', outcome: null, outcomeOn: null })]);
    const stored = await listOfferRounds(database.db, cardiffScope, child.id);
    const next = [round(1), round(2, { outcomeConfirmedOn: '2024-02-01' }), round(3, { state: 'awaitingChildTold', childToldOn: null, outcome: null, outcomeOn: null })];
    await replaceOfferRounds(database.db, offerCase.id, next, { stored });
    expect(await listOfferRounds(database.db, cardiffScope, child.id)).toEqual(next);
    // without the stored rounds at hand, they are read first: the same outcome
    await replaceOfferRounds(database.db, offerCase.id, [round(1)]);
    expect(await listOfferRounds(database.db, cardiffScope, child.id)).toEqual([round(1)]);
  });

  it('streams every child record in scope in batches, each child once', async () => {
    const code = 'W06000002';
    const made = [];
    for (let i = 0; i < 7; i += 1) made.push((await aLookedAfterChild(database.db, code)).child.id);
    const seen: string[] = [];
    const sizes: number[] = [];
    for await (const batch of streamChildRecords(database.db, { kind: 'authority', authorityCode: code }, { batchSize: 3 })) {
      sizes.push(batch.length);
      seen.push(...batch.map((record) => record.child.id));
      for (const record of batch) expect(record.entitlements).toHaveLength(1);
    }
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen.sort()).toEqual(made.sort());
    expect((await loadChildRecords(database.db, { kind: 'authority', authorityCode: code }, made.slice(0, 2))).map((r) => r.child.id).sort()).toEqual(made.slice(0, 2).sort());
    expect(await loadChildRecords(database.db, cardiffScope, made)).toEqual([]);
  });

  it('streams only the children due by a date when the sweep asks', async () => {
    const code = 'W06000003';
    const due = await aLookedAfterChild(database.db, code);
    const notDue = await aLookedAfterChild(database.db, code);
    await database.db.updateTable('children').set({ next_due_on: '2025-01-01' }).where('id', '=', due.child.id).execute();
    const ids: string[] = [];
    for await (const batch of streamChildRecords(database.db, { kind: 'system' }, { dueBy: '2025-06-01' })) ids.push(...batch.map((r) => r.child.id));
    expect(ids).toContain(due.child.id);
    expect(ids).not.toContain(notDue.child.id);
    expect(ids.filter((id) => id === due.child.id)).toHaveLength(1);
  });
});
