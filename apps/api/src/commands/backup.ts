// `cynnig backup FILE` and `cynnig restore FILE`: a verified copy of the whole database, and
// its restore into an empty database, each checked (integrity, row counts per table, migrations)
// before the command says it is done.
import { backupDatabase, countRows, restoreDatabase, type OpenDatabase, type TableCounts } from '@cynnig/data';
import type { Progress } from './progress.js';

function countsTable(counts: TableCounts): string {
  const width = Math.max(...Object.keys(counts).map((name) => name.length));
  return Object.entries(counts).map(([table, rows]) => `  ${table.padEnd(width)}  ${rows.toLocaleString('en-GB').padStart(10)}`).join('\n');
}

/** One bar over every table's rows: `total` when known (0 when not), rows added up table by table. */
function tableProgress(progress: Progress, label: string, total: number) {
  const done = new Map<string, number>();
  progress.start(label, total, 'rows');
  return ({ table, rows }: { table: string; rows: number }) => {
    done.set(table, rows);
    let sum = 0;
    for (const value of done.values()) sum += value;
    progress.update(sum);
  };
}

export async function backupCommand(file: string, database: OpenDatabase, progress: Progress, say: (text: string) => void) {
  const started = performance.now();
  let result;
  try {
    const rows = Object.values(await countRows(database.db)).reduce((sum, count) => sum + count, 0);
    result = await backupDatabase(database, file, tableProgress(progress, 'Backing up', rows));
  } finally {
    progress.stop();
  }
  const total = Object.values(result.counts).reduce((sum, rows) => sum + rows, 0);
  say(`Backed up ${database.location} (${database.engine}) to ${result.file}: ${result.format === 'sqlite' ? 'a SQLite copy' : 'a gzipped NDJSON archive'}, ${(result.bytes / 1024 / 1024).toFixed(2)} MB, ${total.toLocaleString('en-GB')} rows in ${Math.round(performance.now() - started)} ms.\nVerified: the copy was opened again and every table's row count matches.\n${countsTable(result.counts)}\n`);
  return result;
}

export async function restoreCommand(file: string, database: OpenDatabase, progress: Progress, say: (text: string) => void) {
  const started = performance.now();
  let result;
  try {
    result = await restoreDatabase(database, file, tableProgress(progress, 'Restoring', 0));
  } finally {
    progress.stop();
  }
  const total = Object.values(result.counts).reduce((sum, rows) => sum + rows, 0);
  say(`Restored ${result.file} into ${database.location} (${database.engine}): ${total.toLocaleString('en-GB')} rows in ${Math.round(performance.now() - started)} ms.\nVerified: every table's row count matches the backup and the migrations are current (${result.migrations.join(', ')}).\n${countsTable(result.counts)}\n`);
  return result;
}
