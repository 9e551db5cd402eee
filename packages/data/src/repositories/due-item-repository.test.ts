import { randomUUID } from 'node:crypto';
import type { DueItem } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aChild, aLookedAfterChild, aProvider, aUser, cardiff, swansea, testEngines, type TestDatabase } from '../test-support/index.js';
import { addAllocation } from './allocation-repository.js';
import type { Scope } from '../scope.js';
import { createChild, findChild, getChild } from './child-repository.js';
import { addEntitlement } from './entitlement-repository.js';
import { iroQueue, listDueItemsForChild, providerInbox, replaceDueItemsForChild, replaceDueItemsForChildren, socialWorkerCaseload, teamManagerQueue } from './due-item-repository.js';
import { replaceOfferRounds } from './offer-round-repository.js';
import { createCase } from './workflow-case-repository.js';

const item = (childId: string, overrides: Partial<DueItem> = {}): DueItem => ({
  childId,
  ruleId: 'reoffer-after-placement-move',
  ruleVersion: 1,
  kind: 'reoffer',
  audience: ['social-worker', 'iro'],
  dueOn: '2026-02-01',
  severity: 'due',
  reason: { en: 'Placement moved: offer advocacy again', cy: 'Lleoliad wedi newid: cynigiwch eiriolaeth eto' },
  facts: { placementMovedOn: '2026-01-20', outOfArea: true, declines: 1, note: null },
  caseId: null,
  ...overrides,
});

describe.each(testEngines())('due items and queues on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('replaces a child\'s due items and keeps the facts and both languages', async () => {
    const { child } = await createChild(database.db, aChild());
    await replaceDueItemsForChild(database.db, child.id, [item(child.id), item(child.id, { ruleId: 'review-due', kind: 'review', dueOn: '2026-01-15', audience: ['iro'] })]);
    await replaceDueItemsForChild(database.db, child.id, [item(child.id, { dueOn: '2026-03-01' })]);
    const items = await listDueItemsForChild(database.db, { kind: 'authority', authorityCode: cardiff }, child.id);
    expect(items).toEqual([item(child.id, { dueOn: '2026-03-01' })]);
    expect((await getChild(database.db, { kind: 'authority', authorityCode: cardiff }, child.id)).nextDueOn).toBe('2026-03-01');
  });

  it('replacement is atomic: when one new item cannot be stored, the old items stay', async () => {
    const { child } = await createChild(database.db, aChild());
    await replaceDueItemsForChild(database.db, child.id, [item(child.id)]);
    const broken = { ...item(child.id), reason: { en: 'x', cy: null as unknown as string } };
    await expect(replaceDueItemsForChild(database.db, child.id, [item(child.id, { dueOn: '2026-05-05' }), broken])).rejects.toThrow();
    expect(await listDueItemsForChild(database.db, { kind: 'authority', authorityCode: cardiff }, child.id)).toEqual([item(child.id)]);
    expect((await getChild(database.db, { kind: 'authority', authorityCode: cardiff }, child.id)).nextDueOn).toBe('2026-02-01');
  });

  const storedRows = (childId: string) => database.db.selectFrom('due_items').select(['id', 'rule_id', 'due_on', 'created_at']).where('child_id', '=', childId).orderBy('id').execute();

  it('an item that comes out the same keeps its row and its place in the queues; only what changed is written', async () => {
    const { child } = await createChild(database.db, aChild());
    const review = item(child.id, { ruleId: 'review-due', kind: 'review', dueOn: '2026-01-15', audience: ['iro'] });
    await replaceDueItemsForChild(database.db, child.id, [item(child.id), review], { now: '2026-01-01T09:00:00.000Z' });
    const [first, kept] = await storedRows(child.id);
    await replaceDueItemsForChild(database.db, child.id, [item(child.id, { dueOn: '2026-03-01' }), review], { now: '2026-01-02T09:00:00.000Z' });
    const after = await storedRows(child.id);
    expect(after).toContainEqual(kept);
    expect(after.find((row) => row.rule_id === 'reoffer-after-placement-move')).toMatchObject({ due_on: '2026-03-01', created_at: '2026-01-02T09:00:00.000Z' });
    expect(after.map((row) => row.id)).not.toContain(first!.id);
    expect(await listDueItemsForChild(database.db, { kind: 'authority', authorityCode: cardiff }, child.id)).toEqual([review, item(child.id, { dueOn: '2026-03-01' })]);
    expect((await getChild(database.db, { kind: 'authority', authorityCode: cardiff }, child.id)).nextDueOn).toBe('2026-01-15');
  });

  it('stores an item the rules yield twice twice, and the same items again change nothing', async () => {
    const { child } = await createChild(database.db, aChild());
    await replaceDueItemsForChild(database.db, child.id, [item(child.id), item(child.id)]);
    const before = await storedRows(child.id);
    expect(before).toHaveLength(2);
    await replaceDueItemsForChild(database.db, child.id, [item(child.id), item(child.id)]);
    expect(await storedRows(child.id)).toEqual(before);
    await replaceDueItemsForChildren(database.db, [{ childId: child.id, items: [item(child.id)] }]);
    expect(await storedRows(child.id)).toEqual([before[0]]);
  });

  it('an empty replacement clears the items and the next due date', async () => {
    const { child } = await createChild(database.db, aChild());
    await replaceDueItemsForChild(database.db, child.id, [item(child.id)]);
    await replaceDueItemsForChild(database.db, child.id, []);
    expect(await listDueItemsForChild(database.db, { kind: 'authority', authorityCode: cardiff }, child.id)).toEqual([]);
    expect((await getChild(database.db, { kind: 'authority', authorityCode: cardiff }, child.id)).nextDueOn).toBeNull();
  });

  it('the IRO queue holds the authority\'s IRO items, oldest first, and nothing from elsewhere', async () => {
    const code = 'W06000004';
    const a = await aLookedAfterChild(database.db, code, { givenName: 'Alaw' });
    const b = await aLookedAfterChild(database.db, code, { givenName: 'Bryn' });
    const elsewhere = await aLookedAfterChild(database.db, swansea);
    await replaceDueItemsForChild(database.db, a.child.id, [item(a.child.id, { dueOn: '2026-02-10' }), item(a.child.id, { ruleId: 'sw-only', audience: ['social-worker'] })]);
    await replaceDueItemsForChild(database.db, b.child.id, [item(b.child.id, { dueOn: '2026-01-05', severity: 'overdue' })]);
    await replaceDueItemsForChild(database.db, elsewhere.child.id, [item(elsewhere.child.id)]);
    const iro: Scope = { kind: 'authority', authorityCode: code, lookedAfterOnly: true };
    const queue = await iroQueue(database.db, iro);
    expect(queue.total).toBe(2);
    expect(queue.items.map((i) => [i.childName, i.dueOn, i.severity])).toEqual([
      ['Bryn Jones', '2026-01-05', 'overdue'],
      ['Alaw Jones', '2026-02-10', 'due'],
    ]);
    expect((await iroQueue(database.db, iro, { dueBy: '2026-01-31' })).items).toHaveLength(1);
    expect((await iroQueue(database.db, iro, { limit: 1, offset: 1 })).items.map((i) => i.childName)).toEqual(['Alaw Jones']);
  });

  it('the IRO queue never lists a care leaver or a child subject to child protection enquiries, whom the IRO cannot open', async () => {
    const code = 'W06000008';
    const lookedAfter = await aLookedAfterChild(database.db, code, { givenName: 'Cerys' });
    const careLeaver = await createChild(database.db, aChild(code, { givenName: 'Dafydd', legalStatus: 'care-leaver', dateOfBirth: '2006-02-01' }));
    await addEntitlement(database.db, { childId: careLeaver.child.id, basis: 'care-leaver', start: '2024-02-01', end: null, endReason: null });
    const enquiries = await createChild(database.db, aChild(code, { givenName: 'Elin', legalStatus: 'child-protection-enquiry' }));
    await addEntitlement(database.db, { childId: enquiries.child.id, basis: 'child-protection', start: '2025-11-01', end: null, endReason: null });
    const noLongerLookedAfter = await aLookedAfterChild(database.db, code, { givenName: 'Fflur' });
    await database.db.updateTable('entitlements').set({ end_on: '2025-06-30', end_reason: 'stopped-being-looked-after' }).where('child_id', '=', noLongerLookedAfter.child.id).execute();
    for (const stored of [lookedAfter, careLeaver, enquiries, noLongerLookedAfter]) await replaceDueItemsForChild(database.db, stored.child.id, [item(stored.child.id, { audience: ['iro', 'team-manager'] })]);

    const iro: Scope = { kind: 'authority', authorityCode: code, lookedAfterOnly: true };
    const queue = await iroQueue(database.db, iro);
    expect(queue.items.map((i) => i.childName)).toEqual(['Cerys Jones']);
    expect(queue.total).toBe(1);
    for (const listed of queue.items) expect(await findChild(database.db, iro, listed.childId)).toBeDefined();
    for (const hidden of [careLeaver, enquiries, noLongerLookedAfter]) expect(await findChild(database.db, iro, hidden.child.id)).toBeUndefined();
    // A team manager of the same authority oversees every child there.
    expect((await teamManagerQueue(database.db, { kind: 'authority', authorityCode: code })).total).toBe(4);
  });

  it('a social worker\'s caseload holds items on children currently allocated to them', async () => {
    const worker = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    const previous = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    const mine = await aLookedAfterChild(database.db);
    const handedOver = await aLookedAfterChild(database.db);
    await addAllocation(database.db, { childId: mine.child.id, role: 'social-worker', userId: worker.id, start: '2025-01-01', end: null });
    await addAllocation(database.db, { childId: handedOver.child.id, role: 'social-worker', userId: worker.id, start: '2024-01-01', end: '2025-01-01' });
    await addAllocation(database.db, { childId: handedOver.child.id, role: 'social-worker', userId: previous.id, start: '2025-01-01', end: null });
    await replaceDueItemsForChild(database.db, mine.child.id, [item(mine.child.id), item(mine.child.id, { ruleId: 'iro-only', audience: ['iro'] })]);
    await replaceDueItemsForChild(database.db, handedOver.child.id, [item(handedOver.child.id)]);
    const inCardiff: Scope = { kind: 'authority', authorityCode: cardiff };
    const caseload = await socialWorkerCaseload(database.db, inCardiff, worker.id);
    expect(caseload.items.map((i) => [i.childId, i.ruleId])).toEqual([[mine.child.id, 'reoffer-after-placement-move']]);
    expect(caseload.total).toBe(1);
    expect((await socialWorkerCaseload(database.db, inCardiff, previous.id)).items.map((i) => i.childId)).toEqual([handedOver.child.id]);
  });

  it('a caseload leaves out a child allocated to the worker who is outside their scope', async () => {
    const worker = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    const mine = await aLookedAfterChild(database.db, cardiff);
    const inSwansea = await aLookedAfterChild(database.db, swansea);
    for (const stored of [mine, inSwansea]) {
      await addAllocation(database.db, { childId: stored.child.id, role: 'social-worker', userId: worker.id, start: '2025-01-01', end: null });
      await replaceDueItemsForChild(database.db, stored.child.id, [item(stored.child.id)]);
    }
    const caseload = await socialWorkerCaseload(database.db, { kind: 'authority', authorityCode: cardiff }, worker.id);
    expect(caseload.items.map((i) => i.childId)).toEqual([mine.child.id]);
    expect(caseload.total).toBe(1);
  });

  it('the team manager sees items addressed to team managers', async () => {
    const code = 'W06000005';
    const child = await aLookedAfterChild(database.db, code);
    const elsewhere = await aLookedAfterChild(database.db, swansea);
    await replaceDueItemsForChild(database.db, child.child.id, [item(child.child.id, { audience: ['team-manager'], kind: 'oversight' }), item(child.child.id)]);
    await replaceDueItemsForChild(database.db, elsewhere.child.id, [item(elsewhere.child.id, { audience: ['team-manager'], kind: 'oversight' })]);
    expect((await teamManagerQueue(database.db, { kind: 'authority', authorityCode: code })).items.map((i) => [i.childId, i.kind])).toEqual([[child.child.id, 'oversight']]);
  });

  it('gives national monitoring no queue at all: it sees figures only', async () => {
    const national: Scope = { kind: 'national' };
    for (const queue of [() => iroQueue(database.db, national), () => teamManagerQueue(database.db, national), () => providerInbox(database.db, national)]) {
      await expect(queue()).rejects.toMatchObject({ code: 'scope.aggregates-only' });
    }
    await expect(socialWorkerCaseload(database.db, national, randomUUID())).rejects.toMatchObject({ code: 'scope.aggregates-only' });
  });

  it('a provider\'s inbox holds its referred cases waiting on contact, outcome or confirmation, and nothing else', async () => {
    const code = 'W06000006';
    const provider = await aProvider(database.db, [code]);
    const other = await aProvider(database.db, [code]);
    const open = async (state: string, providerId: string | null) => {
      const stored = await aLookedAfterChild(database.db, code, { givenName: state });
      const offerCase = await createCase(database.db, 'active-offer', {
        childId: stored.child.id, authorityCode: code, state, snapshot: {}, machineVersion: 'v', columns: { providerId }, firstEvent: { type: 'OFFER_DUE' },
      });
      const round = (n: number, referredOn: string | null) => ({
        caseId: offerCase.id, childId: stored.child.id, round: n, state, trigger: 'became-looked-after' as const, triggeredOn: '2026-01-02', providerId,
        childToldOn: null, referredOn, offerMadeOn: null, offerLanguage: null, mode: null, outcome: null, outcomeOn: null, outcomeConfirmedOn: null, advocacyEndedOn: null, isReoffer: n > 1,
      });
      await replaceOfferRounds(database.db, offerCase.id, [round(1, '2025-06-01'), round(2, '2026-01-05')]);
      return { stored, offerCase };
    };
    const contact = await open('awaitingProviderContact', provider.id);
    await open('awaitingOutcome', provider.id);
    await open('awaitingConfirmation', provider.id);
    await open('advocacyActive', provider.id);
    await open('awaitingProviderContact', other.id);
    await open('awaitingReferral', null);
    await replaceDueItemsForChild(database.db, contact.stored.child.id, [item(contact.stored.child.id, { audience: ['provider'], kind: 'offer', dueOn: '2026-01-12' })]);
    const inbox = await providerInbox(database.db, { kind: 'provider', providerId: provider.id });
    expect(inbox.total).toBe(3);
    expect(inbox.items.map((i) => i.state).sort()).toEqual(['awaitingConfirmation', 'awaitingOutcome', 'awaitingProviderContact']);
    const first = inbox.items.find((i) => i.caseId === contact.offerCase.id);
    expect(first).toMatchObject({ round: 2, referredOn: '2026-01-05', dueOn: '2026-01-12', givenName: 'awaitingProviderContact', caseVersion: 1 });
    for (const listed of inbox.items) expect(await findChild(database.db, { kind: 'provider', providerId: provider.id }, listed.childId)).toBeDefined();
    expect((await listDueItemsForChild(database.db, { kind: 'provider', providerId: provider.id }, contact.stored.child.id)).map((i) => i.kind)).toEqual(['offer']);
    expect(await listDueItemsForChild(database.db, { kind: 'provider', providerId: other.id }, contact.stored.child.id)).toEqual([]);
  });
});

describe.each(testEngines())('replacing a batch of children\'s due items on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  const dueItemsOf = async (childIds: readonly string[]) =>
    Promise.all(childIds.map(async (id) => ({ items: await listDueItemsForChild(database.db, { kind: 'system' }, id), nextDueOn: (await getChild(database.db, { kind: 'system' }, id)).nextDueOn })));

  it('stores for each child exactly what replacing its items on their own stores, across authorities and beyond one insert statement\'s rows', async () => {
    const oneByOne: string[] = [];
    const together: string[] = [];
    for (let i = 0; i < 260; i += 1) {
      oneByOne.push((await createChild(database.db, aChild(i % 2 ? cardiff : swansea))).child.id);
      together.push((await createChild(database.db, aChild(i % 2 ? cardiff : swansea))).child.id);
    }
    const itemsFor = (childId: string, i: number): DueItem[] =>
      i % 7 === 0 ? [] : [item(childId, { dueOn: `2026-0${1 + (i % 9)}-1${i % 10}` }), item(childId, { ruleId: 'review-due', kind: 'review', audience: ['iro'], dueOn: `2026-0${1 + (i % 5)}-2${i % 8}` })];
    for (const id of together) await replaceDueItemsForChild(database.db, id, [item(id, { dueOn: '2030-01-01' })]);
    for (const [i, id] of oneByOne.entries()) await replaceDueItemsForChild(database.db, id, itemsFor(id, i));
    await replaceDueItemsForChildren(database.db, together.map((id, i) => ({ childId: id, items: itemsFor(id, i) })));
    const expected = (await dueItemsOf(oneByOne)).map(({ items, nextDueOn }) => ({ nextDueOn, items: items.map(({ childId: _, ...rest }) => rest) }));
    const actual = (await dueItemsOf(together)).map(({ items, nextDueOn }) => ({ nextDueOn, items: items.map(({ childId: _, ...rest }) => rest) }));
    expect(actual).toEqual(expected);
  });

  it('changes no child when one item of the batch cannot be stored', async () => {
    const a = (await createChild(database.db, aChild())).child.id;
    const b = (await createChild(database.db, aChild())).child.id;
    await replaceDueItemsForChildren(database.db, [{ childId: a, items: [item(a)] }, { childId: b, items: [item(b)] }]);
    const broken = { ...item(b), reason: { en: 'x', cy: null as unknown as string } };
    await expect(replaceDueItemsForChildren(database.db, [{ childId: a, items: [] }, { childId: b, items: [item(b, { dueOn: '2026-05-05' }), broken] }])).rejects.toThrow();
    expect(await dueItemsOf([a, b])).toEqual([
      { items: [item(a)], nextDueOn: '2026-02-01' },
      { items: [item(b)], nextDueOn: '2026-02-01' },
    ]);
  });

  it('skips a child that is no longer stored and still stores the others', async () => {
    const kept = (await createChild(database.db, aChild())).child.id;
    const gone = '0f0e0d0c-0b0a-4909-8807-060504030201';
    await replaceDueItemsForChildren(database.db, [{ childId: gone, items: [item(gone)] }, { childId: kept, items: [item(kept, { dueOn: '2026-04-04' })] }]);
    expect(await dueItemsOf([kept])).toEqual([{ items: [item(kept, { dueOn: '2026-04-04' })], nextDueOn: '2026-04-04' }]);
    expect(await database.db.selectFrom('due_items').select('id').where('child_id', '=', gone).execute()).toEqual([]);
  });
});
