import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deploySqlite, type Deployment } from '../scenario/deployment.js';
import { verifyRun, type RunVerdict } from '../verification/run-verdict.js';
import { runMixedWorkload, type WorkloadReport } from '../workload/mixed-workload.js';
import { WriteLog } from '../workload/write-log.js';
import { killRepeatedly, type KillLoopReport } from './kill-loop.js';

const kills = 4;

describe('killing the API with SIGKILL again and again while social workers record steps (SQLite)', () => {
  let deployment: Deployment;
  let report: WorkloadReport;
  let loop: KillLoopReport;
  let verdict: RunVerdict;

  beforeAll(async () => {
    deployment = await deploySqlite({ scale: 0.02, processes: 1, socialWorkers: 3, authorities: 2 });
    const log = new WriteLog();
    const stop = new AbortController();
    const writers = deployment.workload.accounts.filter((account) => account.role === 'social-worker');
    const workload = runMixedWorkload({ urls: deployment.urls(), accounts: writers, children: deployment.workload.children, durationMs: 60_000, signal: stop.signal, log });
    try {
      loop = await killRepeatedly(deployment, log, { kills, runForMs: 2500 });
      // A last stretch after the final restart, so retried writes land and are acknowledged.
      await new Promise((resolve) => setTimeout(resolve, 1500));
    } finally {
      stop.abort();
      report = await workload;
    }
    verdict = await verifyRun(deployment.databaseUrl, report.log);
  });
  afterAll(async () => deployment?.close());

  it('comes back after every kill, and never stops by itself in between', () => {
    expect(loop.restartMs).toHaveLength(kills);
    expect(deployment.crashes()).toEqual([]);
  });

  it('keeps every write acknowledged before a kill, checked after each restart', () => {
    expect(loop.lostAfterRestart).toEqual(Array.from({ length: kills }, () => []));
  });

  it('finishes writes cut off by a kill exactly once when the client retries them with the same key', () => {
    expect(report.log.acknowledged.length).toBeGreaterThan(10);
    expect(report.log.abandoned).toEqual([]);
    expect(verdict.writes.lost).toEqual([]);
    expect(verdict.writes.unexplained).toEqual([]);
    expect(verdict.writes.keyProblems).toEqual([]);
  });

  it('leaves no partial case: state, event log, due items and audit agree, and the log replays to the stored state', () => {
    expect(verdict.writes.auditProblems).toEqual([]);
    expect(verdict.casesChecked).toBeGreaterThan(0);
    expect(verdict.cases).toEqual([]);
  });

  it('answers no request with a server error, before or after a kill', () => {
    expect(report.serverErrors).toEqual([]);
    expect(report.refusals.filter((refusal) => refusal.method === 'POST')).toEqual([]);
  });
});
