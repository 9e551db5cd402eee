import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPostgresUrl } from '../postgres/throwaway-database.js';
import { deployPostgres, type Deployment } from '../scenario/deployment.js';
import { verifyRun, type RunVerdict } from '../verification/run-verdict.js';
import { WriteLog } from '../workload/write-log.js';
import { runThroughOutage, type OutageRun } from './outage-run.js';
import { readOnlyOutage, refusingOutage } from './postgres-outage.js';

const postgresUrl = testPostgresUrl();

describe.runIf(postgresUrl)('PostgreSQL outages while every role works against two API processes', () => {
  let deployment: Deployment;
  // Both outages hit the same database, so the checks read one log of everything acknowledged.
  const log = new WriteLog();
  beforeAll(async () => {
    deployment = await deployPostgres(postgresUrl!, { scale: 0.02, processes: 2 });
  });
  afterAll(async () => deployment?.close());

  describe.each([
    { name: 'the database turns read-only', outage: () => readOnlyOutage(deployment.postgres!), reason: 'database-read-only' },
    { name: 'the server refuses connections to the database', outage: () => refusingOutage(deployment.postgres!), reason: 'database-unreachable' },
  ])('when $name mid-run', ({ outage, reason }) => {
    let run: OutageRun;
    let verdict: RunVerdict;
    beforeAll(async () => {
      run = await runThroughOutage(deployment, outage(), { beginAfterMs: 2500, lastForMs: 4000, totalMs: 12_000 }, log);
      verdict = await verifyRun(deployment.databaseUrl, run.report.log);
      // When the service did not come back, what the processes said is the first thing to read.
      if (run.watch.successesAfter(run.endedAt) === 0) console.log(deployment.apis.map((api) => api.output()).join('\n---\n'));
    });

    it('answers with a 503 problem document naming the reason, in the person\'s language, with Retry-After', () => {
      expect(run.watch.unavailable.length).toBeGreaterThan(0);
      for (const answer of run.watch.unavailable) {
        expect(answer.contentType).toBe('application/problem+json');
        expect(Number(answer.retryAfter)).toBeGreaterThan(0);
        expect(answer.code).toBe('service-unavailable');
        expect(answer.detail).toBeTruthy();
        // A request cut off by the sessions being ended reports the connection instead.
        expect([reason, 'database-unreachable']).toContain(answer.reason);
      }
      expect(run.watch.unavailable.map((answer) => answer.reason)).toContain(reason);
    });

    it('never answers with any other server error, and no API process stops', () => {
      expect(run.report.serverErrors).toEqual([]);
      expect(deployment.crashes()).toEqual([]);
    });

    it('recovers by itself once the database is back: requests succeed again within seconds', () => {
      expect(run.watch.recoveredWithin(run.endedAt)).not.toBeNull();
      expect(run.watch.recoveredWithin(run.endedAt)!).toBeLessThan(10_000);
      expect(run.watch.successesAfter(run.endedAt)).toBeGreaterThan(5);
    });

    it('loses no acknowledged write and finishes every retried one exactly once', () => {
      expect(run.report.log.abandoned).toEqual([]);
      expect(verdict.writes.lost).toEqual([]);
      expect(verdict.writes.unexplained).toEqual([]);
      expect(verdict.writes.auditProblems).toEqual([]);
      expect(verdict.cases).toEqual([]);
    });
  });

  it('says it is not ready while the database refuses connections', async () => {
    const outage = refusingOutage(deployment.postgres!);
    await outage.begin();
    try {
      const ready = await fetch(`${deployment.urls()[0]}/ready`);
      expect(ready.status).toBe(503);
    } finally {
      await outage.end();
    }
    const back = await fetch(`${deployment.urls()[0]}/ready`);
    expect(back.status).toBe(200);
  });
});
