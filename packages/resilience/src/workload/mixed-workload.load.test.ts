import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployPostgres, deploySqlite, type Deployment } from '../scenario/deployment.js';
import { testPostgresUrl } from '../postgres/throwaway-database.js';
import { verifyRun, type RunVerdict } from '../verification/run-verdict.js';
import { OutageWatch } from '../faults/outage-watch.js';
import { runMixedWorkload, type WorkloadReport } from './mixed-workload.js';

const postgresUrl = testPostgresUrl();
const engines = [
  { name: 'SQLite, two API processes sharing one WAL file', deploy: () => deploySqlite({ scale: 0.02, processes: 2 }) },
  ...(postgresUrl ? [{ name: 'PostgreSQL, two API processes sharing one database', deploy: () => deployPostgres(postgresUrl, { scale: 0.02, processes: 2 }) }] : []),
];

describe.each(engines)('a sustained mixed workload of every role on $name', ({ deploy }) => {
  let deployment: Deployment;
  let report: WorkloadReport;
  let verdict: RunVerdict;
  const watch = new OutageWatch();

  beforeAll(async () => {
    deployment = await deploy();
    report = await runMixedWorkload({ urls: deployment.urls(), accounts: deployment.workload.accounts, children: deployment.workload.children, durationMs: 10_000, onAnswer: watch.onAnswer });
    verdict = await verifyRun(deployment.databaseUrl, report.log);
  });
  afterAll(async () => deployment?.close());

  it('serves every role: sign-in, queues, children, Active Offer steps and missing episodes', () => {
    for (const operation of ['sign-in', 'iro-queue', 'team-queue', 'provider-inbox', 'caseload', 'child-record', 'active-offer-step', 'missing-episode']) {
      expect(report.operations[operation] ?? 0, operation).toBeGreaterThan(0);
    }
  });

  it('keeps every API process running', () => {
    expect(deployment.crashes()).toEqual([]);
  });

  it('answers no request with a server error and drops no connection', () => {
    expect(report.serverErrors).toEqual([]);
    expect(watch.unavailable.map((answer) => answer.reason)).toEqual([]);
    expect(report.unavailable).toBe(0);
    expect(report.networkErrors).toBe(0);
  });

  it('refuses none of the workload\'s writes (no stale versions between processes)', () => {
    expect(report.refusals.filter((refusal) => refusal.method === 'POST')).toEqual([]);
    expect(report.log.abandoned).toEqual([]);
  });

  it('keeps every acknowledged write exactly once, with its audit record', () => {
    expect(verdict.writes.acknowledged).toBeGreaterThan(10);
    expect(verdict.writes.lost).toEqual([]);
    expect(verdict.writes.unexplained).toEqual([]);
    expect(verdict.writes.auditProblems).toEqual([]);
    expect(verdict.writes.keyProblems).toEqual([]);
  });

  it('leaves every case it touched whole: version, event log, replayed state and due items agree', () => {
    expect(verdict.casesChecked).toBeGreaterThan(0);
    expect(verdict.cases).toEqual([]);
  });
});
