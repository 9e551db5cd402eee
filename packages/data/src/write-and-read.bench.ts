// Benchmark: writing a generated population in batches against one transaction per child, and
// reading child records in batches (the sweep's path) against one at a time. Each figure is
// printed with its ratio to the baseline measured in the same run, on SQLite and, when
// DATABASE_URL names a PostgreSQL server, on a throwaway database there too.
// Run: pnpm --filter @cynnig/data bench   (CYNNIG_BENCH_SCALE=0.05 by default)
import { generatePopulation } from './population/generate-population.js';
import { writePopulationRecords } from './population/write-population.js';
import { loadChildRecord, streamChildRecords } from './repositories/child-record-repository.js';
import { sqliteTestEngine, postgresTestEngine, type TestEngine } from './test-support/test-database.js';

const scale = Number(process.env.CYNNIG_BENCH_SCALE ?? '0.05');
const referenceDate = '2026-03-31';

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

async function benchEngine(engine: TestEngine): Promise<void> {
  const population = generatePopulation({ seed: 9, scale, referenceDate });
  const children = [...population];
  const half = Math.floor(children.length / 2);
  const baselinePart = { providers: population.providers, users: population.users, [Symbol.iterator]: () => children.slice(0, half)[Symbol.iterator]() };
  const batchedPart = { providers: [], users: [], [Symbol.iterator]: () => children.slice(half)[Symbol.iterator]() };
  const database = await engine.open();
  try {
    const [, baselineMs] = await time(() => writePopulationRecords(database.db, baselinePart, { batchSize: 1 }));
    const [, batchedMs] = await time(() => writePopulationRecords(database.db, batchedPart, { batchSize: 250 }));
    const baselineRate = half / (baselineMs / 1000);
    const batchedRate = (children.length - half) / (batchedMs / 1000);
    console.log(`${engine.name}: write, one transaction per child (baseline): ${baselineRate.toFixed(0)} children/s`);
    console.log(`${engine.name}: write, batches of 250: ${batchedRate.toFixed(0)} children/s (${(batchedRate / baselineRate).toFixed(1)}x baseline)`);

    const sample = children.slice(0, 300);
    const [, oneByOneMs] = await time(async () => {
      for (const child of sample) await loadChildRecord(database.db, { kind: 'authority', authorityCode: child.record.child.authorityCode }, child.record.child.id);
    });
    let streamed = 0;
    const [, streamMs] = await time(async () => {
      for await (const batch of streamChildRecords(database.db, { kind: 'system' }, { batchSize: 500 })) streamed += batch.length;
    });
    const oneRate = sample.length / (oneByOneMs / 1000);
    const streamRate = streamed / (streamMs / 1000);
    console.log(`${engine.name}: read records one at a time (baseline): ${oneRate.toFixed(0)} children/s`);
    console.log(`${engine.name}: stream records in batches of 500: ${streamRate.toFixed(0)} children/s (${(streamRate / oneRate).toFixed(1)}x baseline)`);
  } finally {
    await database.close();
  }
}

const [, generateMs] = await time(async () => {
  let count = 0;
  for (const _child of generatePopulation({ seed: 9, scale, referenceDate })) count += 1;
  return count;
});
console.log(`generate: scale ${scale}: ${generateMs.toFixed(0)} ms`);
const url = process.env.DATABASE_URL;
for (const engine of url && /^postgres(ql)?:\/\//i.test(url) ? [sqliteTestEngine, postgresTestEngine(url)] : [sqliteTestEngine]) await benchEngine(engine);
