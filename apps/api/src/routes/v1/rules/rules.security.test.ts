// The rule catalogue is policy, not a child's data: any signed-in person reads it, reading it
// writes nothing, and nothing in it names a child.
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFingerprint } from '../../../test-support/database-fingerprint.js';
import { auditRecords } from '../../../test-support/route-checks.js';
import { authorityA, openTestWorld, type TestWorld } from '../../../test-support/test-world.js';

describe.each(testEngines())('who reads the rule catalogue on $name', (engine) => {
  let world: TestWorld;
  let childId: string;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    childId = await world.addChild(authorityA);
  });
  afterAll(() => world.close());

  it('answers everyone signed in, writes nothing, and names no child', async () => {
    for (const who of Object.keys(world.people) as (keyof typeof world.people)[]) {
      const agent = await world.signIn(who);
      const before = await databaseFingerprint(world.database.db);
      const audited = (await auditRecords(world)).length;
      const response = await agent.request('/api/v1/rules');
      expect(response.status, who).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(childId);
      expect(text).not.toMatch(/Plentyn|REF-/);
      expect(await databaseFingerprint(world.database.db)).toEqual(before);
      expect((await auditRecords(world)).length, who).toBe(audited);
    }
  });
});
