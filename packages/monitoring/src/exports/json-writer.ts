// Writes an export table as JSON to a Node stream, one row at a time: an object with the notes,
// the columns and a "rows" array. Withheld figures are written as {"suppressed": true}.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ExportTable } from './export-row.js';

export async function writeJson(table: ExportTable, out: Writable): Promise<number> {
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  await write(`{"notes":${JSON.stringify(table.notes ?? [])},"columns":${JSON.stringify(table.columns)},"rows":[`);
  let written = 0;
  let batch = '';
  for await (const row of table.rows) {
    const shaped: Record<string, unknown> = {};
    for (const column of table.columns) shaped[column.key] = row[column.key] ?? null;
    batch += (written === 0 ? '\n' : ',\n') + JSON.stringify(shaped);
    written += 1;
    if (batch.length > 64_000) {
      await write(batch);
      batch = '';
    }
  }
  await write(`${batch}\n]}\n`);
  return written;
}
