import { endEntitlement } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import { cellOf, figuresFrom, financialYear } from '@cynnig/monitoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityA, openTestWorld, type TestWorld } from '../test-support/test-world.js';
import { publicationsFor } from './monitoring-service.js';

describe.each(testEngines())('the publications published figures are read from, on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
  });
  afterAll(() => world.close());

  /** Children entitled in Wales in 2025-26, exactly, as the publication counted them. */
  const entitled = async (now?: number) => {
    const publications = await publicationsFor(world.database.db, [2025], now);
    return { publication: publications.get(2025)!, count: cellOf(figuresFrom(publications, { period: financialYear(2025), groupBy: [], breakdown: [], disclosure: 'exact' }), 'children-entitled', {}) };
  };

  it('are counted once and reused while nothing changes', async () => {
    await world.addChild(authorityA);
    const first = await entitled();
    const again = await entitled();
    expect(again.publication).toBe(first.publication);
    expect(first.count).toBe(1);
  });

  it('are counted again when a child is added, and when an entitlement ends', async () => {
    const before = await entitled();
    const childId = await world.addChild(authorityA);
    const added = await entitled();
    expect(added.publication).not.toBe(before.publication);
    expect(added.count).toBe((before.count as number) + 1);
    const [entitlement] = await world.database.db.selectFrom('entitlements').select('id').where('child_id', '=', childId).execute();
    await endEntitlement(world.database.db, entitlement!.id, '2025-02-28', 'stopped-being-looked-after');
    expect((await entitled()).count).toBe(before.count);
  });

  it('are counted again after ten minutes whatever happens', async () => {
    const now = Date.now();
    const first = await entitled(now);
    expect((await entitled(now + 5 * 60_000)).publication).toBe(first.publication);
    expect((await entitled(now + 11 * 60_000)).publication).not.toBe(first.publication);
  });
});
