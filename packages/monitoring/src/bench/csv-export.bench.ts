// `pnpm bench`: rows per second and peak memory of the CSV export of generated extract rows,
// beside a baseline of writing the same rows with a plain join of strings, in the same run.
import { Writable } from 'node:stream';
import { writeCsv } from '../exports/csv-writer.js';
import type { ExportRow } from '../exports/export-row.js';

const count = Number(process.env.CYNNIG_BENCH_SCALE ?? 500_000);
const columns = ['pseudonym', 'birth_month', 'authority', 'legal_status', 'placement_type', 'offers_made', 'last_outcome'].map((key) => ({ key, header: key }));

function* rows(): Generator<ExportRow> {
  for (let index = 0; index < count; index += 1) {
    yield { pseudonym: `P${index.toString(16).padStart(16, '0')}`, birth_month: `20${10 + (index % 8)}-0${1 + (index % 9)}`, authority: 'W06000015', legal_status: 'full-care-order', placement_type: index % 3 ? 'foster-la' : '=formula', offers_made: index % 4, last_outcome: index % 2 ? 'accepted' : null };
  }
}

const sink = () => new Writable({ write(_chunk, _encoding, done) { done(); } });

async function measure(name: string, run: () => Promise<void>) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { name, rowsPerSecond: count / seconds, peakHeapGrowthMb: (peak - before) / 1024 / 1024 };
}

const baseline = await measure('plain join of strings (no quoting, no neutralising, all in memory)', async () => {
  const lines: string[] = [];
  for (const row of rows()) lines.push(columns.map((column) => String(row[column.key] ?? '')).join(','));
  sink().write(lines.join('\r\n'));
});
const csv = await measure('writeCsv (streaming, quoted, neutralised)', async () => {
  await writeCsv({ columns, rows: rows() }, sink());
});
for (const result of [baseline, csv]) {
  process.stdout.write(`${result.name}: ${Math.round(result.rowsPerSecond).toLocaleString('en-GB')} rows/s, peak heap growth ${result.peakHeapGrowthMb.toFixed(1)} MB\n`);
}
process.stdout.write(`${count.toLocaleString('en-GB')} rows; writeCsv speed is ${(csv.rowsPerSecond / baseline.rowsPerSecond).toFixed(2)} x the baseline, using ${(csv.peakHeapGrowthMb / Math.max(baseline.peakHeapGrowthMb, 0.1)).toFixed(2)} x its peak heap growth\n`);
