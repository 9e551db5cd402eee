import { statSync } from 'node:fs';
import { openDatabase } from '@cynnig/data';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cachedSqlitePopulation } from '../scenario/sqlite-population.js';
import { deploySqlite, type Deployment } from '../scenario/deployment.js';
import { verifyRun, type RunVerdict } from '../verification/run-verdict.js';
import { runThroughOutage, type OutageRun } from './outage-run.js';
import { cannotMountReason, mountSmallFilesystem, type SmallFilesystem } from './small-filesystem.js';

const unmountable = cannotMountReason();
if (unmountable) process.stdout.write(`Skipping the SQLite disk-full suite: ${unmountable}\n`);

describe.skipIf(unmountable !== null)('SQLite on a disk that fills up mid-run (a small tmpfs)', () => {
  let disk: SmallFilesystem;
  let deployment: Deployment;
  let run: OutageRun;
  let verdict: RunVerdict;
  let integrity: string[];
  let crashes: ReturnType<Deployment['crashes']>;

  beforeAll(async () => {
    const { file } = await cachedSqlitePopulation(0.02);
    // Room for the WAL to grow to its usual size once space is back (up to 10,000 pages, about
    // 40 MB, before a checkpoint) and for the database file to take the checkpointed pages.
    disk = mountSmallFilesystem(statSync(file).size + 64 * 1024 * 1024);
    deployment = await deploySqlite({ scale: 0.02, processes: 2, folder: disk.folder });
    run = await runThroughOutage(deployment, { begin: () => disk.fill(), end: () => disk.free() }, { beginAfterMs: 2500, lastForMs: 4000, totalMs: 12_000 });
    verdict = await verifyRun(deployment.databaseUrl, run.report.log);
    crashes = deployment.crashes();
    await Promise.all(deployment.apis.map((api) => api.stop()));
    const database = await openDatabase({ DATABASE_URL: deployment.databaseUrl });
    try {
      integrity = (await sql<{ integrity_check: string }>`pragma integrity_check`.execute(database.db)).rows.map((row) => row.integrity_check);
    } finally {
      await database.close();
    }
  });
  afterAll(async () => {
    await deployment?.close();
    disk?.unmount();
  });

  it('fails cleanly with a 503 problem document saying the storage is full, with Retry-After', () => {
    expect(run.watch.unavailable.length).toBeGreaterThan(0);
    for (const answer of run.watch.unavailable) {
      expect(answer.contentType).toBe('application/problem+json');
      expect(Number(answer.retryAfter)).toBeGreaterThan(0);
      expect(answer.code).toBe('service-unavailable');
    }
    expect(run.watch.unavailable.map((answer) => answer.reason)).toContain('database-disk-full');
  });

  it('never answers with any other server error, and no API process stops', () => {
    expect(run.report.serverErrors).toEqual([]);
    expect(crashes).toEqual([]);
  });

  it('recovers by itself once space is freed', () => {
    expect(run.watch.recoveredWithin(run.endedAt)).not.toBeNull();
    expect(run.watch.successesAfter(run.endedAt)).toBeGreaterThan(5);
  });

  it('loses no acknowledged write and leaves no partial case', () => {
    expect(run.report.log.abandoned).toEqual([]);
    expect(verdict.writes.lost).toEqual([]);
    expect(verdict.writes.unexplained).toEqual([]);
    expect(verdict.writes.auditProblems).toEqual([]);
    expect(verdict.cases).toEqual([]);
  });

  it('leaves the database file intact: PRAGMA integrity_check is ok', () => {
    expect(integrity).toEqual(['ok']);
  });
});
