// National monitoring over a whole population: the publication of one financial year, which a
// commissioner's first request (or a provider's export) waits for when the data has changed.
// Every grouping, quarter and breakdown of the year is counted in one pass over the child records
// and protected together (@cynnig/monitoring's computePublications, as the API calls it). The
// baseline is reading the same records the same way without counting anything.
import { monitoringRecords, openDatabase } from '@cynnig/data';
import { computePublications } from '@cynnig/monitoring';

export interface MonitoringFigure {
  readonly children: number;
  readonly seconds: number;
  readonly childrenPerSecond: number;
  /** Child records read per second through the same stream, nothing counted. */
  readonly baselinePerSecond: number;
  /** Rows of the published year (groups by quarter), to show the work is real. */
  readonly publishedRows: number;
}

export async function measureMonitoring(databaseUrl: string, startYear: number): Promise<MonitoringFigure> {
  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 2 });
  try {
    let read = 0;
    const readStarted = performance.now();
    for await (const record of monitoringRecords(database.db, { kind: 'national' })) if (record) read += 1;
    const readSeconds = (performance.now() - readStarted) / 1000;

    const started = performance.now();
    const publications = await computePublications(monitoringRecords(database.db, { kind: 'national' }), [startYear]);
    const seconds = (performance.now() - started) / 1000;
    const publication = publications.get(startYear);
    if (!publication) throw new Error(`no publication was worked out for ${startYear}`);
    return { children: read, seconds, childrenPerSecond: read / seconds, baselinePerSecond: read / readSeconds, publishedRows: publication.published.rows.length };
  } finally {
    await database.close();
  }
}
