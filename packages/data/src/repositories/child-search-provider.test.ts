import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DueItem } from '@cynnig/domain';
import { aChild, aProvider, cardiff, testEngines, type TestDatabase } from '../test-support/index.js';
import type { Scope } from '../scope.js';
import { createChild, searchChildren } from './child-repository.js';
import { replaceDueItemsForChild } from './due-item-repository.js';
import { createCase } from './workflow-case-repository.js';

const overdueFor = (childId: string, audience: DueItem['audience']): DueItem => ({
  childId, ruleId: 'iro-review-due', ruleVersion: 1, kind: 'review', audience, dueOn: '2026-02-01', severity: 'overdue',
  reason: { en: 'Review overdue', cy: 'Adolygiad yn hwyr' }, facts: {}, caseId: null,
});

describe.each(testEngines())('a provider searching its children on $name', (engine) => {
  let database: TestDatabase;
  let scope: Scope;
  let childId: string;
  const caseReference = 'CDF/2024/0117';

  beforeAll(async () => {
    database = await engine.open();
    const provider = await aProvider(database.db, [cardiff]);
    childId = (await createChild(database.db, aChild(cardiff, { givenName: 'Alaw', familyName: 'Hughes', caseReference }))).child.id;
    await createCase(database.db, 'active-offer', {
      childId, authorityCode: cardiff, state: 'awaitingProviderContact', snapshot: {}, machineVersion: 'test', columns: { providerId: provider.id }, firstEvent: { type: 'OFFER_DUE' },
    });
    scope = { kind: 'provider', providerId: provider.id };
  });
  afterAll(async () => database?.close());

  const found = async (search: Parameters<typeof searchChildren>[2]) => (await searchChildren(database.db, scope, { asOf: '2026-03-20', ...search })).items.map((item) => item.child.id);

  it('finds a referred child by name', async () => {
    expect(await found({ text: 'alaw hugh' })).toEqual([childId]);
  });

  it('never matches the case reference, which a provider is not shown', async () => {
    expect(await found({ text: caseReference.toLowerCase() })).toEqual([]);
    const authority = await searchChildren(database.db, { kind: 'authority', authorityCode: cardiff }, { text: caseReference });
    expect(authority.items.map((item) => item.child.id)).toEqual([childId]);
  });

  it('filters by the items addressed to the provider only', async () => {
    await replaceDueItemsForChild(database.db, childId, [overdueFor(childId, ['iro'])]);
    expect(await found({ overdue: true })).toEqual([]);
    expect(await found({ hasDueItems: true })).toEqual([]);
    await replaceDueItemsForChild(database.db, childId, [overdueFor(childId, ['provider'])]);
    expect(await found({ overdue: true })).toEqual([childId]);
    expect(await found({ hasDueItems: true })).toEqual([childId]);
  });
});
