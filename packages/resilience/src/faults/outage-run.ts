// One outage during a workload: the workload runs, the outage begins after a while, lasts a
// while, ends, and the workload carries on; the moments are kept for the checks.
import type { Deployment } from '../scenario/deployment.js';
import { runMixedWorkload, type WorkloadReport } from '../workload/mixed-workload.js';
import type { WriteLog } from '../workload/write-log.js';
import { OutageWatch } from './outage-watch.js';

export interface OutageTimeline {
  readonly beginAfterMs: number;
  readonly lastForMs: number;
  /** The workload's whole length. */
  readonly totalMs: number;
}

export interface OutageRun {
  readonly report: WorkloadReport;
  readonly watch: OutageWatch;
  readonly begunAt: number;
  readonly endedAt: number;
  /** /ready answers seen during the outage, by status. */
  readonly readyDuring: number[];
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** `log` carries on an earlier run's log when several outages hit the same database. */
export async function runThroughOutage(
  deployment: Deployment,
  outage: { begin(): Promise<void> | void; end(): Promise<void> | void },
  timeline: OutageTimeline,
  log?: WriteLog,
): Promise<OutageRun> {
  const watch = new OutageWatch();
  const workload = runMixedWorkload({
    ...(log ? { log } : {}),
    urls: deployment.urls(),
    accounts: deployment.workload.accounts,
    children: deployment.workload.children,
    durationMs: timeline.totalMs,
    onAnswer: watch.onAnswer,
  });
  await pause(timeline.beginAfterMs);
  await outage.begin();
  const begunAt = Date.now();
  const readyDuring: number[] = [];
  const until = begunAt + timeline.lastForMs;
  while (Date.now() < until) {
    const ready = await fetch(`${deployment.urls()[0]}/ready`, { signal: AbortSignal.timeout(8000) }).catch(() => null);
    readyDuring.push(ready?.status ?? 0);
    await pause(500);
  }
  await outage.end();
  const endedAt = Date.now();
  const report = await workload;
  return { report, watch, begunAt, endedAt, readyDuring };
}
