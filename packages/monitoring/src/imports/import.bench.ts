// Import benchmark: a Wales-sized authority's files (children, two placements each, one missing
// episode each) planned with every check, against a baseline of only parsing the same CSV with
// csv-parse in the same run. Run: npx tsx --expose-gc src/imports/import.bench.ts
import { parse } from 'csv-parse';
import { csvLine } from '../exports/csv-writer.js';
import { importFileTypes } from './import-file-types.js';
import { planImport, type ImportFile } from './plan-import.js';

const children = Number(process.env.CYNNIG_IMPORT_BENCH_CHILDREN ?? 10_000);
const AUTHORITY = 'W06000015';
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const dateFrom = (day: number) => new Date(Date.UTC(2005, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);

function file(kind: keyof typeof importFileTypes, rows: string[][]): string {
  return csvLine(importFileTypes[kind].layout.columns.map((column) => column.name)) + rows.map(csvLine).join('');
}

const reference = (n: number) => `CDF-${pad(n, 7)}`;
const texts = {
  children: file('children', Array.from({ length: children }, (_, n) => [AUTHORITY, reference(n), 'Seren', 'Jones', dateFrom(n % 5000), 'full-care-order', 'cy', 'cy', '', n % 7 === 0 ? 'easy-read;symbols' : '', 'none', 'not-asylum-seeking'])),
  placements: file('placements', Array.from({ length: children * 2 }, (_, n) => [AUTHORITY, reference(n >> 1), 'foster-la', dateFrom(6000 + (n >> 1) % 500 + (n & 1) * 400), '', n & 1 ? '' : 'W06000015', n & 1 ? 'Bristol' : '', '', '12.5'])),
  'missing-episodes': file('missing-episodes', Array.from({ length: children }, (_, n) => [AUTHORITY, reference(n), 'missing', 'medium', `${dateFrom(6500 + (n % 300))}T22:15`, `${dateFrom(6501 + (n % 300))}T09:40`, '', '', 'no', 'travel-out-of-area'])),
};
const rows = children * 4;
const bytes = Object.values(texts).reduce((sum, text) => sum + Buffer.byteLength(text), 0);

async function baseline(): Promise<number> {
  let records = 0;
  for (const text of Object.values(texts)) {
    const parser = parse({ bom: true, relax_column_count: true });
    parser.end(text);
    for await (const record of parser) records += (record as string[]).length > 0 ? 1 : 0;
  }
  return records;
}

async function importing(): Promise<number> {
  const files: ImportFile[] = Object.entries(texts).map(([kind, text]) => ({ kind: kind as ImportFile['kind'], source: Buffer.from(text) }));
  const { plan, issues } = await planImport({ authorityCode: AUTHORITY, files });
  if (issues.length > 0) throw new Error(`benchmark data has ${issues.length} issues: ${issues[0]!.message.en}`);
  return plan.children.length + plan.placements.length + plan.missingEpisodes.length;
}

interface Run {
  readonly seconds: number;
  readonly heapMb: number;
  readonly counted: number;
}

async function timed(run: () => Promise<number>): Promise<Run> {
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const counted = await run();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 1e6, counted };
}

const rounds = Number(process.env.CYNNIG_IMPORT_BENCH_ROUNDS ?? 3);
console.log(`import benchmark: ${children} children, ${rows} rows in 3 files, ${(bytes / 1e6).toFixed(1)} MB, Node ${process.version}, best of ${rounds} interleaved rounds`);
await timed(baseline);
const runs = { baseline: [] as Run[], planImport: [] as Run[] };
// Interleaved, so a burst of load from elsewhere on the shared machine falls on both alike.
for (let round = 0; round < rounds; round += 1) {
  runs.baseline.push(await timed(baseline));
  runs.planImport.push(await timed(importing));
}
const best = (list: Run[]) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const perSecond = (run: Run) => Math.round(rows / run.seconds);
for (const [name, list] of [['csv-parse only (baseline)', runs.baseline], ['planImport (schemas, ids, cross-row checks)', runs.planImport]] as const) {
  const run = best(list);
  console.log(`${name.padEnd(44)} ${String(perSecond(run)).padStart(9)} rows/s  ${run.seconds.toFixed(2)} s  heap +${run.heapMb.toFixed(1)} MB  (${run.counted} rows; all rounds ${list.map((r) => perSecond(r)).join(', ')} rows/s)`);
}
console.log(`planImport runs at ${(perSecond(best(runs.planImport)) / perSecond(best(runs.baseline))).toFixed(2)} x the baseline's speed`);
