// The time-based sweep over a whole population with the API's own command, on a copy of the
// population, with a date far enough ahead that every child is due; beside a baseline of reading
// the same child records through the data layer without running the rules.
import { openDatabase, streamChildRecords, systemScope } from '@cynnig/data';
import { addMonths, londonDateOf } from '@cynnig/domain';
import { mustRunApiCommand } from '../api-process/api-command.js';

export interface SweepFigure {
  readonly children: number;
  readonly childrenPerSecond: number;
  /** Child records read per second by the data layer alone. */
  readonly baselinePerSecond: number;
  readonly seconds: number;
}

export async function measureSweep(databaseUrl: string): Promise<SweepFigure> {
  const date = addMonths(londonDateOf(new Date().toISOString()), 24);
  const result = await mustRunApiCommand(['sweep', '--date', date], databaseUrl);
  const printed = /Swept (\d+) children.*?in (\d+) ms/.exec(result.stdout.replace(/\r/g, '\n'));
  const children = printed ? Number(printed[1]) : 0;
  const seconds = printed ? Number(printed[2]) / 1000 : result.milliseconds / 1000;

  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 2 });
  let read = 0;
  const started = performance.now();
  try {
    for await (const batch of streamChildRecords(database.db, systemScope, { batchSize: 200 })) read += batch.length;
  } finally {
    await database.close();
  }
  const readSeconds = (performance.now() - started) / 1000;
  return { children, childrenPerSecond: children / seconds, baselinePerSecond: read / readSeconds, seconds };
}
