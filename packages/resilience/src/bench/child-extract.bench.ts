// `pnpm bench`, first part of @cynnig/resilience's: the pseudonymised child-level extract of a
// generated population, its rows per second and peak memory beside the database's own raw export
// of the same rows, measured in the same run (export-figures.ts). The population is the data
// package's generator at CYNNIG_BENCH_SCALE (14 = UK size, about 140,000 children, by default; 1 = Wales; 0.2 for a quick look),
// written with its batched writer into a fresh SQLite file and, when DATABASE_URL names a
// PostgreSQL server, into a fresh database there too (dropped afterwards).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePopulation, migrateToLatest, openDatabase, seedReferenceData, writePopulationRecords, type OpenDatabase } from '@cynnig/data';
import { financialYear } from '@cynnig/monitoring';
import pg from 'pg';
import { benchFolder } from '../api-process/api-entry-point.js';
import { markdownTable, writeResults, type Figure } from './bench-results.js';
import { measureExport, type ExportFigure } from './export-figures.js';

const say = (text: string) => process.stdout.write(text);
const scale = Number(process.env['CYNNIG_BENCH_SCALE'] || 14);
if (!(scale > 0)) throw new Error('CYNNIG_BENCH_SCALE must be a positive number: the population scale (1 = Wales)');
/** A fixed day, so every run extracts the same financial year of the same population. */
const referenceDate = '2026-03-31';
const period = financialYear(2025);

interface Engine {
  readonly name: 'sqlite' | 'postgres';
  open(): Promise<{ database: OpenDatabase; connection?: string; remove(): Promise<void> }>;
}

const sqlite: Engine = {
  name: 'sqlite',
  async open() {
    const folder = mkdtempSync(join(tmpdir(), 'cynnig-extract-bench-'));
    const database = await openDatabase({ CYNNIG_DATA_DIR: folder });
    return { database, remove: async () => rmSync(folder, { recursive: true, force: true }) };
  },
};

function postgres(serverUrl: string): Engine {
  return {
    name: 'postgres',
    async open() {
      const name = `cynnig_bench_${Date.now().toString(36)}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${name}`).finally(() => admin.end());
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      const database = await openDatabase({ DATABASE_URL: url.toString(), CYNNIG_DATABASE_POOL_SIZE: 2 });
      return {
        database,
        connection: url.toString(),
        async remove() {
          const cleaner = new pg.Client({ connectionString: serverUrl });
          await cleaner.connect();
          await cleaner.query(`drop database if exists ${name} with (force)`).finally(() => cleaner.end());
        },
      };
    },
  };
}

async function measureOn(engine: Engine): Promise<{ figure: ExportFigure; children: number; writeSeconds: number }> {
  const { database, connection, remove } = await engine.open();
  const work = mkdtempSync(join(tmpdir(), 'cynnig-extract-files-'));
  try {
    await migrateToLatest(database.db);
    await seedReferenceData(database.db);
    const started = performance.now();
    const written = await writePopulationRecords(database.db, generatePopulation({ seed: 9, scale, referenceDate }), { batchSize: 250 });
    const writeSeconds = (performance.now() - started) / 1000;
    say(`${engine.name}: wrote ${written.children.toLocaleString('en-GB')} children in ${writeSeconds.toFixed(1)} s\n`);
    const figure = await measureExport(database.db, period, work, connection);
    return { figure, children: written.children, writeSeconds };
  } finally {
    await database.close();
    await remove();
    rmSync(work, { recursive: true, force: true });
  }
}

const url = process.env['DATABASE_URL']?.trim();
const engines = url && /^postgres(ql)?:\/\//i.test(url) ? [sqlite, postgres(url)] : [sqlite];
const figures: Figure[] = [];
const extra: Record<string, unknown> = {};
let population = '';
for (const engine of engines) {
  const { figure, children } = await measureOn(engine);
  population = `generated population at scale ${scale} (${children.toLocaleString('en-GB')} children), financial year 2025-26`;
  const { extract, raw } = figure;
  say(`${engine.name}: child-level extract ${Math.round(extract.rowsPerSecond).toLocaleString('en-GB')} rows/s, peak heap growth ${extract.peakHeapMb.toFixed(1)} MB (${extract.rows.toLocaleString('en-GB')} rows)\n`);
  say(`${engine.name}: raw export (${raw.how}) ${Math.round(raw.rowsPerSecond).toLocaleString('en-GB')} rows/s, ${raw.otherProgramPeakMb === undefined ? `peak heap growth ${raw.peakHeapMb.toFixed(1)} MB` : `psql's own peak resident memory ${raw.otherProgramPeakMb.toFixed(1)} MB`}\n`);
  figures.push(
    { name: `Pseudonymised child-level extract (${engine.name})`, value: extract.rowsPerSecond, unit: 'rows/s', baselineName: `raw export: ${raw.how}`, baseline: raw.rowsPerSecond, better: 'higher', target: { text: 'at least half the raw export\'s speed', met: extract.rowsPerSecond >= raw.rowsPerSecond / 2 }, note: `${extract.rows} rows in ${extract.seconds.toFixed(2)} s against ${raw.rows} in ${raw.seconds.toFixed(2)} s` },
    raw.otherProgramPeakMb === undefined
      ? { name: `Child-level extract, peak heap growth (${engine.name})`, value: extract.peakHeapMb, unit: 'MB', baselineName: 'raw export\'s peak heap growth', baseline: raw.peakHeapMb, better: 'lower' }
      : { name: `Child-level extract, peak heap growth (${engine.name})`, value: extract.peakHeapMb, unit: 'MB', baselineName: 'psql\'s own peak resident memory', baseline: raw.otherProgramPeakMb, better: 'lower', note: 'psql is another program: its whole resident memory against this process\'s heap growth' },
  );
  extra[engine.name] = figure;
}
const context = { date: new Date().toISOString().slice(0, 10), machine: `${cpus().length} cores, Node ${process.versions.node}`, command: 'pnpm bench (child-extract.bench.ts)', population };
const written = writeResults(join(benchFolder(), 'child-extract'), context, figures, extra);
say(`\n${markdownTable(context, figures)}\nWritten to ${written.json} and ${written.markdown}\n`);
