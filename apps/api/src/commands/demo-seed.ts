// Seeding the synthetic population: `cynnig seed` and the first run of `serve --demo`. It writes
// the generated population with a fixed seed, computes every case's snapshot with the workflow
// engine, then runs the rules for every child so queues are full from the start.
import { generatePopulation, systemScope, writePopulationRecords, type OpenDatabase, type SnapshotOf } from '@cynnig/data';
import { addDays, CynnigError } from '@cynnig/domain';
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

export interface SeedOptions {
  /** 1 is about the size of Wales (10,048 children); 14 about the UK's looked after children. */
  readonly scale?: number;
  readonly seed?: number;
  /** The day the population is "as at" and the rules run on; today by default. */
  readonly now?: Date;
}

export interface SeedResult {
  readonly children: number;
  readonly users: number;
  readonly activeOfferEvents: number;
  readonly missingEpisodes: number;
  readonly dueItems: number;
  /** How long each phase took, for the summary and the README's figures. */
  readonly milliseconds: { readonly writing: number; readonly rules: number; readonly total: number };
  /** Processor time this process spent (user and system): on a shared machine the wall time also counts waiting for a core. */
  readonly cpuMilliseconds: number;
}

/** True when the database holds no children yet (a seed would be the first). */
export async function databaseHasNoChildren(database: OpenDatabase): Promise<boolean> {
  return (await database.db.selectFrom('children').select('id').limit(1).executeTakeFirst()) === undefined;
}

/**
 * Writes the synthetic population and works out every child's due items. The population's
 * ids come from the seed, so seeding a database that already holds the same population fails
 * on its first child; callers check `databaseHasNoChildren` first.
 */
export async function seedPopulation(database: OpenDatabase, rules: ChildRules, say: (text: string) => void, options: SeedOptions = {}): Promise<SeedResult> {
  const seed = options.seed ?? demoSeed;
  const now = options.now ?? new Date();
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  // The synthetic history runs to the end of yesterday: the generator times events during the
  // working day of its reference date, which would be later than now when seeding in the morning.
  const population = generatePopulation({ seed, scale: options.scale ?? 1, referenceDate: addDays(todayOf({ now }), -1) });
  say(`Writing the synthetic population (${population.counts.total} children, seed ${seed})...\n`);
  const demoEmails = new Set(population.demoAccounts.map((account) => account.email));
  const passwordHash = await hashPassword(demoPassword);
  const written = await writePopulationRecords(database.db, population, {
    snapshotOf,
    passwordHashOf: (user) => (demoEmails.has(user.email) ? passwordHash : null),
    onProgress: (done) => say(`\r  children written: ${done} of ${population.counts.total}`),
    now: now.toISOString(),
  });
  const writtenAt = performance.now();
  say(`\nWorking out what is due for every child...\n`);
  const swept = await sweep(database.db, rules, systemScope, todayOf({ now }), now, (done) => say(`\r  children evaluated: ${done} of ${written.children}`), { everyChild: true });
  say('\n');
  const finished = performance.now();
  const cpu = process.cpuUsage(cpuAtStart);
  return {
    children: written.children,
    users: written.users,
    activeOfferEvents: written.activeOfferEvents,
    missingEpisodes: written.missingEpisodes,
    dueItems: swept.dueItems,
    milliseconds: { writing: Math.round(writtenAt - started), rules: Math.round(finished - writtenAt), total: Math.round(finished - started) },
    cpuMilliseconds: Math.round((cpu.user + cpu.system) / 1000),
  };
}

/** Seeds when the database has no children; returns null when it already has data. */
export async function seedDemoIfEmpty(database: OpenDatabase, rules: ChildRules, say: (text: string) => void, options: SeedOptions = {}): Promise<SeedResult | null> {
  if (!(await databaseHasNoChildren(database))) return null;
  say('First run: ');
  return seedPopulation(database, rules, say, options);
}

/** One line on what a seed wrote and how long it took. */
export function seedSummary(result: SeedResult): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  return (
    `Population ready: ${result.children} children, ${result.users} staff accounts, ${result.activeOfferEvents} Active Offer events, ` +
    `${result.missingEpisodes} missing episodes, ${result.dueItems} due items, in ${seconds(result.milliseconds.total)} s ` +
    `(writing ${seconds(result.milliseconds.writing)} s, rules ${seconds(result.milliseconds.rules)} s; processor time ${seconds(result.cpuMilliseconds)} s)`
  );
}
