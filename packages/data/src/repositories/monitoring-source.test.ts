import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aLookedAfterChild, aProvider, cardiff, swansea, testEngines, type TestDatabase } from '../test-support/index.js';
import { monitoringRecords, streamMonitoringRecords } from './monitoring-source.js';
import { replaceOfferRounds } from './offer-round-repository.js';
import { createCase } from './workflow-case-repository.js';

describe.each(testEngines())('the records monitoring reads on $name', (engine) => {
  let database: TestDatabase;
  let providers: { first: string; second: string };
  const children: string[] = [];
  beforeAll(async () => {
    database = await engine.open();
    providers = { first: (await aProvider(database.db, [cardiff, swansea])).id, second: (await aProvider(database.db, [cardiff])).id };
    for (const authority of [cardiff, cardiff, swansea]) children.push((await aLookedAfterChild(database.db, authority)).child.id);
    // The first child was referred to the first provider and later to the second; the third (Swansea) to the first only.
    const refer = async (childId: string, authorityCode: string, rounds: string[]) => {
      const offerCase = await createCase(database.db, 'active-offer', { childId, authorityCode, state: 'awaitingReoffer', snapshot: {}, machineVersion: 'v', columns: { providerId: rounds.at(-1)! }, firstEvent: { type: 'OFFER_DUE' } });
      await replaceOfferRounds(database.db, offerCase.id, rounds.map((providerId, index) => ({
        caseId: offerCase.id, childId, round: index + 1, state: 'awaitingReoffer', trigger: 'became-looked-after' as const, triggeredOn: '2024-01-10', providerId,
        childToldOn: '2024-01-12', referredOn: '2024-01-15', offerMadeOn: '2024-01-20', offerLanguage: 'cy' as const, mode: 'instructed' as const, outcome: 'declined' as const,
        outcomeOn: '2024-01-20', outcomeConfirmedOn: null, advocacyEndedOn: null, isReoffer: index > 0,
      })));
    };
    await refer(children[0]!, cardiff, [providers.first, providers.second]);
    await refer(children[2]!, swansea, [providers.first]);
  });
  afterAll(async () => database?.close());

  const collect = async (iterable: AsyncIterable<{ child: { id: string } }>) => {
    const ids: string[] = [];
    for await (const record of iterable) ids.push(record.child.id);
    return ids.sort();
  };

  it('gives a commissioner\'s figures every child, and an authority\'s only its own children', async () => {
    expect(await collect(monitoringRecords(database.db, { kind: 'national' }))).toEqual([...children].sort());
    expect(await collect(monitoringRecords(database.db, { kind: 'authority', authorityCode: cardiff }))).toEqual([children[0]!, children[1]!].sort());
  });

  it('gives a provider the children referred to it, with their facts but only its own rounds', async () => {
    const records = [];
    for await (const record of monitoringRecords(database.db, { kind: 'provider', providerId: providers.second })) records.push(record);
    expect(records.map((record) => record.child.id)).toEqual([children[0]]);
    expect(records[0]!.offers.map((offer) => offer.providerId)).toEqual([providers.second]);
    expect(records[0]!.entitlements).toHaveLength(1);
    expect(await collect(monitoringRecords(database.db, { kind: 'provider', providerId: providers.first }))).toEqual([children[0]!, children[2]!].sort());
  });

  it('reads a provider\'s children in batches, each child once', async () => {
    const batches = [];
    for await (const batch of streamMonitoringRecords(database.db, { kind: 'provider', providerId: providers.first }, { batchSize: 1 })) batches.push(batch.map((record) => record.child.id));
    expect(batches).toHaveLength(2);
    expect(new Set(batches.flat()).size).toBe(2);
  });
});
