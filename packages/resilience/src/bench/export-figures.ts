// The pseudonymised child-level extract at full population size: @cynnig/monitoring over the
// data layer's streamed child records, written as CSV to a file; beside the database's own raw
// export of the children table (a plain SELECT streamed to a file). Rows per second and the
// peak growth of the process's memory for each.
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { openDatabase, streamChildRecords, systemScope } from '@cynnig/data';
import { londonDateOf, type ChildRecord } from '@cynnig/domain';
import { childExtract, financialQuarterOf, financialYear, writeCsv } from '@cynnig/monitoring';

export interface ExportFigure {
  readonly rows: number;
  readonly rowsPerSecond: number;
  readonly peakMemoryMb: number;
  readonly rawRows: number;
  readonly rawRowsPerSecond: number;
  readonly rawPeakMemoryMb: number;
}

async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ value: T; seconds: number; peakMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const value = await work();
    return { value, seconds: (performance.now() - started) / 1000, peakMb: (Math.max(peak, process.memoryUsage().rss) - before) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

async function* records(stream: AsyncIterable<ChildRecord[]>): AsyncGenerator<ChildRecord> {
  for await (const batch of stream) yield* batch;
}

export async function measureExport(databaseUrl: string, folder: string): Promise<ExportFigure> {
  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 2 });
  const extractFile = join(folder, 'child-extract.csv');
  const rawFile = join(folder, 'children-raw.csv');
  try {
    const today = londonDateOf(new Date().toISOString());
    const quarter = financialQuarterOf(today);
    const period = financialYear(Number(quarter.slice(0, 4)));
    const extract = await withPeakMemory(async () => {
      const out = createWriteStream(extractFile);
      const table = childExtract(records(streamChildRecords(database.db, systemScope, { batchSize: 500 })), period, 'bench-pseudonym-key-0123456789', 'en');
      const rows = await writeCsv(table, out);
      out.end();
      await finished(out);
      return rows;
    });
    const raw = await withPeakMemory(async () => {
      const out = createWriteStream(rawFile);
      let rows = 0;
      for await (const row of database.db.selectFrom('children').selectAll().stream(500)) {
        if (!out.write(`${Object.values(row).map((value) => (value === null ? '' : String(value))).join(',')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
        rows += 1;
      }
      out.end();
      await finished(out);
      return rows;
    });
    return {
      rows: extract.value,
      rowsPerSecond: extract.value / extract.seconds,
      peakMemoryMb: extract.peakMb,
      rawRows: raw.value,
      rawRowsPerSecond: raw.value / raw.seconds,
      rawPeakMemoryMb: raw.peakMb,
    };
  } finally {
    await database.close();
    await rm(extractFile, { force: true });
    await rm(rawFile, { force: true });
  }
}
