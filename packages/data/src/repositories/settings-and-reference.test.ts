import { localAuthorities, walesChildrenLookedAfter2024 } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardiff, swansea, testEngines, type TestDatabase } from '../test-support/index.js';
import { deleteIdempotencyKeysBefore, findIdempotencyKey, storeIdempotencyKey } from './idempotency-repository.js';
import { findImportsByHash, finishImport, listImports, startImport } from './import-repository.js';
import { createProvider, findProvider, listProviders, providersForAuthority } from './provider-repository.js';
import { listAuthorities, listRegions, regionMembershipsOn, seedReferenceData } from './reference-data-repository.js';
import { getRuleParameterOverride, listRuleParameterOverrides, setRuleParameterOverride } from './rule-parameter-repository.js';

describe.each(testEngines())('reference data, providers and settings on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('seeds the 22 authorities and the regions, and seeding again changes nothing', async () => {
    await seedReferenceData(database.db);
    const authorities = await listAuthorities(database.db);
    expect(authorities).toEqual([...localAuthorities].sort((a, b) => a.code.localeCompare(b.code)));
    expect(authorities.reduce((sum, a) => sum + (a.childrenLookedAfter2024 ?? 0), 0)).toBeLessThan(walesChildrenLookedAfter2024);
    const regions = await listRegions(database.db);
    expect(regions.filter((r) => r.kind === 'rpb')).toHaveLength(7);
    expect(regions.filter((r) => r.kind === 'advocacy')).toHaveLength(6);
  });

  it('knows Bridgend moved to Cwm Taf Morgannwg in April 2019', async () => {
    const before = (await regionMembershipsOn(database.db, '2019-03-31')).filter((m) => m.authorityCode === 'W06000013').map((m) => m.regionId);
    const after = (await regionMembershipsOn(database.db, '2019-04-01')).filter((m) => m.authorityCode === 'W06000013').map((m) => m.regionId);
    expect(before).toContain('west-glamorgan');
    expect(after).toContain('cwm-taf-morgannwg');
    expect(after).not.toContain('west-glamorgan');
  });

  it('keeps providers with the authorities they serve', async () => {
    const provider = await createProvider(database.db, { name: 'Eiriolaeth De Cymru', authorityCodes: [swansea, cardiff] });
    expect(await findProvider(database.db, provider.id)).toEqual({ id: provider.id, name: 'Eiriolaeth De Cymru', authorityCodes: [swansea, cardiff] });
    expect((await providersForAuthority(database.db, swansea)).map((p) => p.id)).toContain(provider.id);
    expect((await providersForAuthority(database.db, 'W06000001')).map((p) => p.id)).not.toContain(provider.id);
    expect((await listProviders(database.db)).map((p) => p.id)).toContain(provider.id);
  });

  it('stores the first answer for an idempotency key and never a second', async () => {
    const record = { key: 'k-1', userId: 'u-1', methodPath: 'POST /api/children', requestHash: 'h1', status: 201, response: { id: 'c1' } };
    expect(await storeIdempotencyKey(database.db, { ...record, createdAt: '2026-01-01T00:00:00.000Z' })).toBe(true);
    expect(await storeIdempotencyKey(database.db, { ...record, status: 500, response: { other: true } })).toBe(false);
    expect(await findIdempotencyKey(database.db, 'u-1', 'k-1')).toMatchObject({ status: 201, response: { id: 'c1' }, requestHash: 'h1' });
    expect(await findIdempotencyKey(database.db, 'u-2', 'k-1')).toBeUndefined();
    expect(await deleteIdempotencyKeysBefore(database.db, '2026-01-02T00:00:00.000Z')).toBe(1);
    expect(await findIdempotencyKey(database.db, 'u-1', 'k-1')).toBeUndefined();
  });

  it('sets an authority\'s rule parameters with a version, refusing a stale write', async () => {
    const first = await setRuleParameterOverride(database.db, { authorityCode: cardiff, ruleId: 'referral-deadline', parameters: { workingDays: 5 }, expectedVersion: 0, updatedBy: null });
    expect(first.version).toBe(1);
    const second = await setRuleParameterOverride(database.db, { authorityCode: cardiff, ruleId: 'referral-deadline', parameters: { workingDays: 3 }, expectedVersion: 1, updatedBy: null });
    expect(second.version).toBe(2);
    await expect(
      setRuleParameterOverride(database.db, { authorityCode: cardiff, ruleId: 'referral-deadline', parameters: { workingDays: 10 }, expectedVersion: 1, updatedBy: null }),
    ).rejects.toMatchObject({ code: 'conflict.stale-version', details: { currentVersion: 2 } });
    expect((await getRuleParameterOverride(database.db, cardiff, 'referral-deadline'))?.parameters).toEqual({ workingDays: 3 });
    await expect(
      setRuleParameterOverride(database.db, { authorityCode: swansea, ruleId: 'referral-deadline', parameters: {}, expectedVersion: 3, updatedBy: null }),
    ).rejects.toMatchObject({ code: 'conflict.stale-version' });
    expect((await listRuleParameterOverrides(database.db, cardiff)).map((o) => o.ruleId)).toEqual(['referral-deadline']);
    expect(await listRuleParameterOverrides(database.db, swansea)).toEqual([]);
  });

  it('records imports and recognises the same file again by its hash', async () => {
    const started = await startImport(database.db, { authorityCode: cardiff, fileName: 'children.csv', fileHash: 'sha256:abc', createdBy: null });
    await finishImport(database.db, started.id, 'completed', { children: 12, rejected: 1 });
    expect(await findImportsByHash(database.db, cardiff, 'sha256:abc')).toEqual([expect.objectContaining({ status: 'completed', counts: { children: 12, rejected: 1 } })]);
    expect(await findImportsByHash(database.db, swansea, 'sha256:abc')).toEqual([]);
    expect(await listImports(database.db, cardiff)).toHaveLength(1);
  });
});
