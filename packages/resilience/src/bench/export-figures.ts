// The pseudonymised child-level extract, measured beside the database's own raw export of the
// same rows in the same run: the one place Cynnig measures it (`child-extract.bench.ts` runs it on
// a generated population; README "Child-level extract" records the figures).
//
// The extract is @cynnig/monitoring's childExtract over the data layer's streamed child records,
// written by writeCsv to a file, as the API and the command line write it. The raw export is the
// children table's rows for the same children (entitled in the period), straight out of the
// database as CSV: on SQLite a plain streamed SELECT written in this process; on PostgreSQL
// `COPY ... TO STDOUT` through psql when it is installed.
//
// Each export runs twice: once timed, untouched; once for memory, when the heap is sampled as the
// rows flow (every 500 rows read or written) just after a full garbage collection (Node runs with
// --expose-gc), so the peak is of what the export really holds at once, not of garbage waiting to
// be collected, and not whatever the heap holds at the end. psql's memory is its own: its peak
// resident memory is read from /proc while it runs (VmHWM, a high-water mark).
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { streamChildRecords, systemScope, type Database } from '@cynnig/data';
import type { ChildRecord } from '@cynnig/domain';
import { childExtract, writeCsv, type Period } from '@cynnig/monitoring';
import { sql, type Kysely } from 'kysely';

export interface ExportRun {
  readonly rows: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  /** Peak growth of the JS heap while exporting (MB); 0 for an export run by another program. */
  readonly peakHeapMb: number;
  /** For an export run by another program (psql): its own peak resident memory (MB). */
  readonly otherProgramPeakMb?: number;
}

export interface ExportFigure {
  readonly extract: ExportRun;
  readonly raw: ExportRun & { readonly how: string };
}

const collectGarbage = (globalThis as { gc?: () => void }).gc;

/**
 * The peak of the live heap since the start, sampled every `every` calls to `sample()` just after
 * a full collection; a timing run samples nothing. (Resident memory is not used: it never shrinks,
 * so after the population is written its growth says nothing.)
 */
class MemoryPeaks {
  private readonly heapAtStart: number;
  private heap: number;
  private calls = 0;

  constructor(private readonly every: number) {
    collectGarbage?.();
    this.heapAtStart = this.heap = process.memoryUsage().heapUsed;
  }

  sample(): void {
    if (this.every === 0 || ++this.calls % this.every !== 0) return;
    collectGarbage?.();
    const used = process.memoryUsage().heapUsed;
    if (used > this.heap) this.heap = used;
  }

  growth(): { peakHeapMb: number } {
    if (this.every > 0) {
      this.calls = this.every - 1;
      this.sample();
    }
    return { peakHeapMb: (this.heap - this.heapAtStart) / 1048576 };
  }
}

/** A file stream whose every write counts towards the next memory sample. */
function sampledFile(path: string, peaks: MemoryPeaks): { out: Writable; done: () => Promise<void> } {
  const file = createWriteStream(path);
  const out = new Writable({
    write(chunk, encoding, callback) {
      peaks.sample();
      if (file.write(chunk, encoding)) callback();
      else file.once('drain', () => callback());
    },
    final(callback) {
      file.end(() => callback());
    },
  });
  return { out, done: () => finished(out).then(() => finished(file)) };
}

async function* sampledRecords(db: Kysely<Database>, peaks: MemoryPeaks): AsyncGenerator<ChildRecord> {
  for await (const batch of streamChildRecords(db, systemScope, { batchSize: 500 })) {
    for (const record of batch) {
      peaks.sample();
      yield record;
    }
  }
}

function run(rows: number, seconds: number, memory: { peakHeapMb: number; otherProgramPeakMb?: number }): ExportRun {
  return { rows, seconds, rowsPerSecond: rows / seconds, ...memory };
}

/** The raw export's query for psql: every column of the children entitled at some time in the period. */
const entitledChildren = (period: Period) =>
  `select c.* from children c where exists (select 1 from entitlements e where e.child_id = c.id and e.start_on <= '${period.to}' and (e.end_on is null or e.end_on >= '${period.from}')) order by c.id`;

const csvCell = (value: unknown) => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

async function rawInProcess(db: Kysely<Database>, period: Period, file: string, sampleEvery: number): Promise<ExportRun> {
  const peaks = new MemoryPeaks(sampleEvery);
  const started = performance.now();
  const { out, done } = sampledFile(file, peaks);
  let rows = 0;
  let batch = '';
  const query = db
    .selectFrom('children as c')
    .selectAll('c')
    .where((eb) => eb.exists(eb.selectFrom('entitlements as e').select(sql.lit(1).as('one')).whereRef('e.child_id', '=', 'c.id').where('e.start_on', '<=', period.to).where((w) => w.or([w('e.end_on', 'is', null), w('e.end_on', '>=', period.from)]))))
    .orderBy('c.id');
  for await (const row of query.stream(500) as AsyncIterable<Record<string, unknown>>) {
    if (rows === 0) batch += `${Object.keys(row).join(',')}\r\n`;
    batch += `${Object.values(row).map(csvCell).join(',')}\r\n`;
    rows += 1;
    peaks.sample();
    if (batch.length > 64_000) {
      if (!out.write(batch)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      batch = '';
    }
  }
  out.end(batch);
  await done();
  return run(rows, (performance.now() - started) / 1000, peaks.growth());
}

/** COPY ... TO STDOUT through psql, its output piped to the file; its peak memory read from /proc. */
async function rawWithPsql(connection: string, period: Period, file: string): Promise<ExportRun> {
  const started = performance.now();
  const child = spawn('psql', ['--no-psqlrc', '--quiet', '--dbname', connection, '--command', `copy (${entitledChildren(period)}) to stdout with (format csv, header)`], { stdio: ['ignore', 'pipe', 'inherit'] });
  let peakKb = 0;
  const readPeak = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // Gone already: the last reading stands.
    }
  };
  const timer = setInterval(readPeak, 5);
  let rows = -1;
  let tail = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    readPeak();
    for (const byte of chunk) if (byte === 10) rows += 1;
    tail = chunk.toString('utf8', Math.max(0, chunk.length - 1));
  });
  const file_ = createWriteStream(file);
  child.stdout!.pipe(file_);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearInterval(timer);
  await finished(file_);
  if (code !== 0) throw new Error(`psql exited with ${code}`);
  if (tail !== '\n') rows += 1;
  // psql's whole footprint is its own: report its peak resident memory, and no heap of ours.
  return run(Math.max(0, rows), (performance.now() - started) / 1000, { peakHeapMb: 0, otherProgramPeakMb: peakKb / 1024 });
}

/** Whether psql can be run here. */
async function havePsql(): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = spawn('psql', ['--version'], { stdio: 'ignore' });
    probe.once('error', () => resolve(false));
    probe.once('close', (code) => resolve(code === 0));
  });
}

/**
 * The extract and the raw export of the same children, one after the other, each into a file in
 * `folder` (removed afterwards). `connection` is the PostgreSQL URL, for psql; leave it out on SQLite.
 */
export async function measureExport(db: Kysely<Database>, period: Period, folder: string, connection?: string): Promise<ExportFigure> {
  const extractFile = join(folder, 'child-extract.csv');
  const rawFile = join(folder, 'children-raw.csv');
  const extractOnce = async (sampleEvery: number) => {
    const peaks = new MemoryPeaks(sampleEvery);
    const started = performance.now();
    const { out, done } = sampledFile(extractFile, peaks);
    const rows = await writeCsv(childExtract(sampledRecords(db, peaks), period, 'bench-pseudonym-key-0123456789', 'en'), out);
    out.end();
    await done();
    return run(rows, (performance.now() - started) / 1000, peaks.growth());
  };
  try {
    // Timed first, untouched; then again for memory, sampling every 500 rows after a collection.
    const timed = await extractOnce(0);
    const extract = { ...timed, peakHeapMb: (await extractOnce(500)).peakHeapMb };
    let raw: ExportRun & { how: string };
    if (connection && (await havePsql())) raw = { ...(await rawWithPsql(connection, period, rawFile)), how: 'COPY ... TO STDOUT through psql (its own peak resident memory)' };
    else {
      const rawTimed = await rawInProcess(db, period, rawFile, 0);
      raw = { ...rawTimed, peakHeapMb: (await rawInProcess(db, period, rawFile, 500)).peakHeapMb, how: 'a plain SELECT streamed and written as CSV in this process' };
    }
    if (raw.rows !== extract.rows) throw new Error(`the raw export has ${raw.rows} rows and the extract ${extract.rows}: they should be the same children`);
    return { extract, raw };
  } finally {
    rmSync(extractFile, { force: true });
    rmSync(rawFile, { force: true });
  }
}
