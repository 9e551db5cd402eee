// Benchmark of the operations commands on a generated population: the streamed child extract
// against a baseline that builds the whole file in memory, imports (new and repeated), and
// verified backup and restore on SQLite (and PostgreSQL when CYNNIG_TEST_POSTGRES_URL is set).
// Run: npx tsx --expose-gc src/commands/operations.bench.ts   (CYNNIG_BENCH_SCALE, default 0.1)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { backupDatabase, generatePopulation, monitoringRecords, restoreDatabase, writePopulationRecords, countRows, type OpenDatabase } from '@cynnig/data';
import { postgresTestEngine, sqliteTestEngine } from '@cynnig/data/test-support';
import { childExtractColumns, childExtractRows, csvLine, toCellText, writeCsv } from '@cynnig/monitoring';
import type { ChildRecord } from '@cynnig/domain';
import { commandLineActor } from './command-line-actor.js';
import { prepareExport, pseudonymKeyFor } from '../services/export-service.js';
import { importFile } from '../services/import-service.js';
import { parseReportingPeriod } from '../services/monitoring-service.js';
import { packagedRules } from '../services/packaged-rules.js';

const scale = Number(process.env['CYNNIG_BENCH_SCALE'] ?? 0.1);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cynnig-operations-bench-'));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const period = parseReportingPeriod('2025-26');
const secret = 'benchmark secret, not for real use';

/**
 * Peak retained heap above the starting point while `work` runs: the work calls `sample()` as it
 * goes (every 250 records, and once holding its result), which collects the garbage first, so
 * the figure is what the work keeps, not what the collector has not reached yet. Time is taken
 * from a separate run without sampling.
 */
async function measured<T>(work: (sample: () => void) => Promise<T>): Promise<{ result: T; ms: number; peakMb: number }> {
  gc();
  const started = performance.now();
  const result = await work(() => {});
  const ms = performance.now() - started;
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  await work(() => {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  return { result, ms, peakMb: (peak - base) / 1024 / 1024 };
}

async function* sampled<T>(items: AsyncIterable<T>, sample: () => void): AsyncGenerator<T> {
  let count = 0;
  for await (const item of items) {
    if (++count % 250 === 0) sample();
    yield item;
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

const discard = () => new Writable({ write: (_chunk, _encoding, done) => done() });

async function exports(database: OpenDatabase, children: number) {
  const source = { kind: 'national' as const };
  const baseline = await measured(async (sample) => {
    const all: ChildRecord[] = [];
    for await (const record of sampled(monitoringRecords(database.db, source), sample)) all.push(record);
    const lines = [csvLine(childExtractColumns('en').map((column) => column.header))];
    for await (const row of childExtractRows(all, period.period, pseudonymKeyFor('all', secret))) lines.push(csvLine(childExtractColumns('en').map((column) => toCellText(row[column.key]))));
    const file = lines.join('');
    sample();
    return file.length;
  });
  const streamed = await measured(async () => {
    const all = await prepareExport(database.db, { source: { kind: 'authority', authorityCode: 'W06000015' }, disclosure: 'exact' }, commandLineActor, { kind: 'child-extract', period, format: 'csv', language: 'en' }, { pseudonymSecret: secret, now: new Date() });
    return all.write(discard());
  });
  const nationalStream = await measured(async (sample) => {
    const out = discard();
    return writeCsv({ columns: childExtractColumns('en'), rows: childExtractRows(sampled(monitoringRecords(database.db, source), sample), period.period, pseudonymKeyFor('all', secret)) }, out);
  });
  console.log(`child extract of ${children} children (${database.engine}):`);
  console.log(`  baseline, whole file built in memory: ${(children / (baseline.ms / 1000)).toFixed(0)} children/s, peak retained heap ${baseline.peakMb.toFixed(1)} MB`);
  console.log(`  streamed (writeCsv over streamed records): ${(children / (nationalStream.ms / 1000)).toFixed(0)} children/s, peak retained heap ${nationalStream.peakMb.toFixed(1)} MB`);
  console.log(`  ratio: ${(baseline.ms / nationalStream.ms).toFixed(2)} x the baseline's speed, ${(nationalStream.peakMb / baseline.peakMb).toFixed(2)} x its peak memory`);
  console.log(`  one authority's extract through prepareExport (W06000015, ${streamed.result} rows): ${streamed.ms.toFixed(0)} ms`);
}

async function backupAndRestore(database: OpenDatabase, openEmpty: () => Promise<OpenDatabase & { close(): Promise<void> }>) {
  const file = path.join(folder, `${database.engine}-${Date.now()}.backup`);
  const rows = Object.values(await countRows(database.db)).reduce((sum, count) => sum + count, 0);
  const backup = await timed(() => backupDatabase(database, file));
  const target = await openEmpty();
  const restore = await timed(() => restoreDatabase(target, file));
  await target.close();
  console.log(`backup and restore (${database.engine}), ${rows} rows: backup ${backup.ms.toFixed(0)} ms (${(backup.result.bytes / 1024 / 1024).toFixed(1)} MB, verified), restore ${restore.ms.toFixed(0)} ms (${(rows / (restore.ms / 1000)).toFixed(0)} rows/s, verified)`);
}

function childrenCsv(records: readonly ChildRecord[]): string {
  const header = 'authority_code,case_reference,given_name,family_name,date_of_birth,legal_status,preferred_language,first_language,other_language_name,communication_needs,disability,asylum_status';
  const lines = records.map(({ child }, index) => csvLine(['W06000015', `BENCH-${index}`, child.givenName, child.familyName, child.dateOfBirth, child.legalStatus, child.preferredLanguage, child.firstLanguage, child.otherLanguageName ?? '', child.communicationNeeds.join(';'), child.disability, child.asylumStatus]));
  return [header, ...lines].join('\n');
}

async function imports(database: OpenDatabase, records: readonly ChildRecord[]) {
  const text = childrenCsv(records);
  const run = () => importFile(database.db, packagedRules, commandLineActor, { authorityCode: 'W06000015', fileType: 'children', source: text }, new Date(), '2026-03-31');
  const first = await timed(run);
  const again = await timed(run);
  console.log(`import of ${records.length} children (${database.engine}): new ${(records.length / (first.ms / 1000)).toFixed(0)} rows/s (rules run for each), repeated ${(records.length / (again.ms / 1000)).toFixed(0)} rows/s (${again.result.childrenChanged} changed)`);
}

async function onEngine(name: string, open: (options?: { migrate?: boolean }) => Promise<OpenDatabase & { close(): Promise<void> }>) {
  const database = await open();
  const population = generatePopulation({ seed: 1, scale, referenceDate: '2026-03-31' });
  const started = performance.now();
  const written = await writePopulationRecords(database.db, population, { batchSize: 250 });
  console.log(`\n${name}: wrote ${written.children} children in ${(performance.now() - started).toFixed(0)} ms`);
  await exports(database, written.children);
  await backupAndRestore(database, () => open({ migrate: false }));
  const some: ChildRecord[] = [];
  for await (const record of monitoringRecords(database.db, { kind: 'national' })) if (some.length < 1000) some.push(record);
  const empty = await open();
  await imports(empty, some);
  await empty.close();
  await database.close();
}

await onEngine('SQLite', (options) => sqliteTestEngine.open(options));
const postgres = process.env['CYNNIG_TEST_POSTGRES_URL'];
if (postgres) await onEngine('PostgreSQL', (options) => postgresTestEngine(postgres).open(options));
fs.rmSync(folder, { recursive: true, force: true });
