// The demo population for `serve --demo`: on the first run only (an empty database) it writes
// the Wales-sized synthetic population with a fixed seed, computes every case's snapshot with
// the workflow engine, then runs the rules for every child so queues are full from the start.
import { generatePopulation, systemScope, writePopulationRecords, type DemoAccount, type OpenDatabase, type SnapshotOf } from '@cynnig/data';
import { CynnigError } from '@cynnig/domain';
import { replay } from '@cynnig/workflows';
import { hashPassword } from '../auth/password.js';
import { todayOf } from '../services/actor.js';
import type { ChildRules } from '../services/child-rules.js';
import { sweep } from '../services/sweep-service.js';

/** Every demo account signs in with this password; it is printed at start-up. */
export const demoPassword = 'cynnig-demo-2025';
export const demoSeed = 2024;

const snapshotOf: SnapshotOf = (kind, events, context) => {
  const input = kind === 'active-offer' ? { caseId: context.caseId, childId: context.childId } : { episodeId: context.caseId, childId: context.childId, dateOfBirth: context.dateOfBirth, otherEpisodes: context.otherEpisodes };
  const result = replay(kind, events, input as never);
  if (!result.ok) throw new CynnigError({ ...result.error.toValue(), code: `demo.${result.error.code}` });
  return { state: result.snapshot.value, snapshot: result.snapshot, machineVersion: String(result.snapshot.machineVersion) };
};

export interface DemoSeedResult {
  readonly children: number;
  readonly dueItems: number;
  readonly milliseconds: number;
  readonly accounts: readonly DemoAccount[];
}

/** Seeds when the database has no children; returns null when it already has data. */
export async function seedDemoIfEmpty(database: OpenDatabase, rules: ChildRules, say: (text: string) => void, scale = 1): Promise<DemoSeedResult | null> {
  const existing = await database.db.selectFrom('children').select('id').limit(1).executeTakeFirst();
  if (existing) return null;
  const started = performance.now();
  const now = new Date();
  const population = generatePopulation({ seed: demoSeed, scale, referenceDate: todayOf({ now }) });
  say(`First run: writing the demo population (${population.counts.total} children, seed ${demoSeed})...\n`);
  const demoEmails = new Set(population.demoAccounts.map((account) => account.email));
  const passwordHash = await hashPassword(demoPassword);
  const written = await writePopulationRecords(database.db, population, {
    snapshotOf,
    passwordHashOf: (user) => (demoEmails.has(user.email) ? passwordHash : null),
    onProgress: (done) => say(`\r  children written: ${done}`),
    now: now.toISOString(),
  });
  say(`\nWorking out what is due for every child...\n`);
  const swept = await sweep(database.db, rules, systemScope, todayOf({ now }), now, (done) => say(`\r  children evaluated: ${done}`), { everyChild: true });
  say('\n');
  return { children: written.children, dueItems: swept.dueItems, milliseconds: Math.round(performance.now() - started), accounts: population.demoAccounts };
}

/** The sign-in table printed at start-up. */
export function demoAccountsTable(accounts: readonly DemoAccount[]): string {
  const width = Math.max(...accounts.map((account) => account.email.length), 5);
  const roleWidth = Math.max(...accounts.map((account) => account.role.length), 4);
  const lines = accounts.map((account) => `  ${account.email.padEnd(width)}  ${account.role.padEnd(roleWidth)}  ${account.belongsTo}`);
  return [`  ${'email'.padEnd(width)}  ${'role'.padEnd(roleWidth)}  where`, ...lines, '', `  Password for every demo account: ${demoPassword}`].join('\n');
}
