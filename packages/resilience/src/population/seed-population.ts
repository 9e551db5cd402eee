// Seeds a synthetic population into a database for the suites and the benchmark: migrate with
// the API's own command, then its seed command. Where this build of the API has no seed command
// yet, the same data-layer writer the command uses is called here, with every case's snapshot
// replayed by the workflow engine; then each child's due items are worked out by the rules.
import { generatePopulation, openDatabase, replaceDueItemsForChild, streamChildRecords, systemScope, transaction, writePopulationRecords, type SnapshotOf } from '@cynnig/data';
import { londonDateOf } from '@cynnig/domain';
import { evaluateChild } from '@cynnig/rules';
import { replay } from '@cynnig/workflows';
import { sql } from 'kysely';
import { mustRunApiCommand, runApiCommand } from '../api-process/api-command.js';

export interface SeedOptions {
  readonly databaseUrl: string;
  /** 1 is about the size of Wales; 14 about the UK. */
  readonly scale: number;
  readonly seed?: number;
  readonly onProgress?: (message: string) => void;
}

export interface SeedReport {
  /** Which writer ran: the API's seed command, or the data layer's writer called directly. */
  readonly via: 'seed command' | 'data layer';
  readonly children: number;
  readonly milliseconds: number;
}

/** The snapshot of each seeded case is what the engine makes of its events, as the seed command does. */
const replayedSnapshot: SnapshotOf = (kind, events, context) => {
  const result =
    kind === 'active-offer'
      ? replay('active-offer', events, { caseId: context.caseId, childId: context.childId })
      : replay('missing-episode', events, { episodeId: context.caseId, childId: context.childId, dateOfBirth: context.dateOfBirth, otherEpisodes: context.otherEpisodes });
  if (!result.ok) throw result.error;
  return { state: result.snapshot.value, snapshot: result.snapshot, machineVersion: result.snapshot.machineVersion };
};

async function writeThroughDataLayer(databaseUrl: string, scale: number, seed: number, onProgress?: (message: string) => void): Promise<void> {
  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 4 });
  try {
    const population = generatePopulation({ seed, scale, referenceDate: londonDateOf(new Date().toISOString()) });
    await writePopulationRecords(database.db, population, {
      batchSize: 250,
      snapshotOf: replayedSnapshot,
      onProgress: (written) => onProgress?.(`wrote ${written} of ${population.counts.total} children`),
    });
  } finally {
    await database.close();
  }
}

/** Works out every child's due items with the packaged rules, as the first sweep of a new database does. */
export async function evaluateEveryChild(databaseUrl: string, onProgress?: (message: string) => void): Promise<number> {
  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 4 });
  const today = londonDateOf(new Date().toISOString());
  const now = new Date().toISOString();
  let evaluated = 0;
  try {
    for await (const batch of streamChildRecords(database.db, systemScope, { batchSize: 250 })) {
      const results = await Promise.all(batch.map(async (record) => ({ id: record.child.id, items: (await evaluateChild(record, today)).dueItems })));
      await transaction(database.db, async (trx) => {
        for (const { id, items } of results) await replaceDueItemsForChild(trx, id, items, { now });
      });
      evaluated += batch.length;
      onProgress?.(`worked out due items for ${evaluated} children`);
    }
  } finally {
    await database.close();
  }
  return evaluated;
}

async function countOf(databaseUrl: string, table: 'children' | 'due_items'): Promise<number> {
  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 1 });
  try {
    const row = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(database.db);
    return Number(row.rows[0]?.n ?? 0);
  } finally {
    await database.close();
  }
}

/** Migrates and seeds; returns how it was written and how long it took. */
export async function seedPopulation(options: SeedOptions): Promise<SeedReport> {
  const started = performance.now();
  const seed = options.seed ?? 2024;
  await mustRunApiCommand(['migrate'], options.databaseUrl);
  const command = await runApiCommand(['seed', '--scale', String(options.scale), '--seed', String(seed)], options.databaseUrl);
  let via: SeedReport['via'] = 'seed command';
  if (command.status !== 0) {
    if (!/not available/i.test(command.stderr)) throw new Error(`cynnig seed failed: ${command.stderr.trim()}`);
    via = 'data layer';
    await writeThroughDataLayer(options.databaseUrl, options.scale, seed, options.onProgress);
  }
  if ((await countOf(options.databaseUrl, 'due_items')) === 0) await evaluateEveryChild(options.databaseUrl, options.onProgress);
  return { via, children: await countOf(options.databaseUrl, 'children'), milliseconds: performance.now() - started };
}
