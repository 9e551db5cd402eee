import { findUserByEmail, iroQueue, providerInbox, scopeOfUser, searchChildren, socialWorkerCaseload, teamManagerQueue, type OpenDatabase } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import { roles, type User } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagedRules } from '../services/packaged-rules.js';
import { UsageError } from './arguments.js';
import { demoSignIns } from './demo-sign-ins.js';
import { seedCommand } from './seed.js';

const now = new Date('2026-03-31T10:00:00Z');

/** How many items the person's own starting page lists: caseload, queue or inbox. */
async function startingPageItems(database: OpenDatabase, user: User): Promise<number | null> {
  switch (user.role) {
    case 'social-worker':
      return (await socialWorkerCaseload(database.db, scopeOfUser(user), user.id)).total;
    case 'iro':
      return (await iroQueue(database.db, scopeOfUser(user))).total;
    case 'team-manager':
      return (await teamManagerQueue(database.db, scopeOfUser(user))).total;
    case 'provider-advocate':
    case 'provider-manager':
      return (await providerInbox(database.db, scopeOfUser(user))).total;
    default:
      return null;
  }
}

describe.each(testEngines())('seeding a small population on $name', (engine) => {
  describe.each([2024, 7])('with seed %i', (seed) => {
    let database: OpenDatabase;
    let output = '';
    beforeAll(async () => {
      database = await engine.open();
      await seedCommand({ scale: 0.02, seed, ifEmpty: false }, database, packagedRules, (text) => (output += text), now);
    }, 120_000);
    afterAll(() => database.close());

    it('creates a demo account for every role, each printed with the shared password', async () => {
      const signIns = await demoSignIns(database);
      expect(new Set(signIns.map((account) => account.role))).toEqual(new Set(roles.codes));
      for (const account of signIns) expect(output).toContain(account.email);
      expect(output).toMatch(/Password for every demo account: \S+/);
      expect(output).toMatch(/Population ready: 20\d children, .* due items, in [\d.]+ s/);
    });

    it('gives every demo account children in scope, and every authority account a caseload or queue', async () => {
      const inboxes: number[] = [];
      for (const account of await demoSignIns(database)) {
        const user = (await findUserByEmail(database.db, account.email))?.user as User;
        const items = await startingPageItems(database, user);
        const inScope = user.role === 'commissioner' ? null : (await searchChildren(database.db, scopeOfUser(user))).total;
        if (inScope !== null) expect({ email: account.email, childrenInScope: inScope > 0 }).toEqual({ email: account.email, childrenInScope: true });
        if (user.role === 'provider-advocate' || user.role === 'provider-manager') inboxes.push(items ?? 0);
        else if (items !== null) expect({ email: account.email, itemsWaiting: items > 0 }).toEqual({ email: account.email, itemsWaiting: true });
      }
      expect(inboxes.some((count) => count > 0)).toBe(true);
    });

    it('gives the Cardiff social worker a caseload of their own children and the Cardiff IRO a queue', async () => {
      const user = async (email: string) => (await findUserByEmail(database.db, email))?.user as User;
      const worker = await user('social.worker@cardiff.demo.cynnig.cymru');
      const caseload = await socialWorkerCaseload(database.db, scopeOfUser(worker), worker.id);
      expect(caseload.total).toBeGreaterThan(0);
      expect(caseload.items.every((item) => item.audience.includes('social-worker'))).toBe(true);
      const iro = await user('iro@cardiff.demo.cynnig.cymru');
      const queue = await iroQueue(database.db, scopeOfUser(iro));
      expect(queue.total).toBeGreaterThan(0);
      expect(queue.items.every((item) => item.audience.includes('iro'))).toBe(true);
    });

    it('leaves a database that already holds children as it is with --if-empty, and refuses without it', async () => {
      const before = (await database.db.selectFrom('children').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      let again = '';
      expect(await seedCommand({ scale: 0.02, seed, ifEmpty: true }, database, packagedRules, (text) => (again += text), now)).toBe(false);
      expect(again).toContain('nothing was written');
      await expect(seedCommand({ scale: 0.02, seed, ifEmpty: false }, database, packagedRules, () => {}, now)).rejects.toBeInstanceOf(UsageError);
      const after = (await database.db.selectFrom('children').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
      expect(Number(after)).toBe(Number(before));
    });
  });
});
