// Benchmark of the rules sweep over a seeded population: Cynnig's batched sweep (a batch of
// children worked out in memory, stored in one transaction with multi-row inserts) against the
// child-by-child storage it replaced, measured in the same run on the same database.
// `pnpm bench` (CYNNIG_BENCH_SCALE=1 for Wales, 14 for about 140,000 children; SQLite in a temporary folder).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, replaceDueItemsForChild, streamChildRecords, systemScope, transaction, type OpenDatabase } from '@cynnig/data';
import { seedPopulation } from '../commands/demo-seed.js';
import { migrateDatabase } from '../commands/migrate.js';
import { todayOf } from '../services/actor.js';
import { overridesFor, type ChildRules } from '../services/child-rules.js';
import { packagedRules } from '../services/packaged-rules.js';
import { sweep } from '../services/sweep-service.js';

const scale = Number(process.env['CYNNIG_BENCH_SCALE'] || 0.25);
const now = new Date();
const date = todayOf({ now });

/** The sweep as it stored due items before: four statements a child, a transaction per 200 children. */
async function childByChildSweep(database: OpenDatabase, rules: ChildRules): Promise<number> {
  let children = 0;
  const overrides = new Map<string, Record<string, unknown>>();
  for await (const batch of streamChildRecords(database.db, systemScope, { batchSize: 200 })) {
    await transaction(database.db, async (trx) => {
      for (const record of batch) {
        const authority = record.child.authorityCode;
        if (!overrides.has(authority)) overrides.set(authority, await overridesFor(trx, authority));
        const items = await rules.evaluate(record, date, overrides.get(authority) ?? {});
        await replaceDueItemsForChild(trx, record.child.id, items, { now: now.toISOString() });
      }
    });
    children += batch.length;
  }
  return children;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return { result, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

const folder = mkdtempSync(join(tmpdir(), 'cynnig-sweep-bench-'));
const database = await openDatabase({ engine: 'sqlite', file: join(folder, 'bench.sqlite'), dataDir: folder });
try {
  await migrateDatabase(database);
  const seeded = await seedPopulation(database, packagedRules, () => {}, { scale, now });
  const dueItemsRow = async () => Number((await database.db.selectFrom('due_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  // warm both paths (engines compiled, pages cached) before measuring
  await sweep(database.db, packagedRules, systemScope, date, now, undefined, { everyChild: true });
  const baseline = await timed(() => childByChildSweep(database, packagedRules));
  const baselineItems = await dueItemsRow();
  const batched = await timed(() => sweep(database.db, packagedRules, systemScope, date, now, undefined, { everyChild: true }));
  const batchedItems = await dueItemsRow();
  if (batchedItems !== baselineItems) throw new Error(`the two sweeps stored different due items: ${baselineItems} and ${batchedItems}`);

  const perChild = (ms: number) => ms / seeded.children;
  const line = (label: string, run: { wallMs: number; cpuMs: number }) =>
    `${label.padEnd(34)} ${(run.wallMs / 1000).toFixed(1).padStart(7)} s wall ${(run.cpuMs / 1000).toFixed(1).padStart(7)} s processor ${perChild(run.wallMs).toFixed(2).padStart(6)} ms a child`;
  process.stdout.write(
    [
      `Sweep of every child, scale ${scale}: ${seeded.children} children, ${batchedItems} due items (SQLite; seeded in ${(seeded.milliseconds.total / 1000).toFixed(1)} s: writing ${(seeded.milliseconds.writing / 1000).toFixed(1)} s, rules ${(seeded.milliseconds.rules / 1000).toFixed(1)} s)`,
      line('baseline: child by child', baseline),
      line('batched: 500 a transaction', batched),
      `ratio (baseline / batched): ${(baseline.wallMs / batched.wallMs).toFixed(2)}x wall, ${(baseline.cpuMs / batched.cpuMs).toFixed(2)}x processor`,
      `at this rate 140,000 children take about ${((perChild(batched.wallMs) * 140_000) / 1000).toFixed(0)} s wall (${((perChild(batched.cpuMs) * 140_000) / 1000).toFixed(0)} s processor)`,
      '',
    ].join('\n'),
  );
} finally {
  await database.close();
  rmSync(folder, { recursive: true, force: true });
}
