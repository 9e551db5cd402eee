// The long form of the load, crash and fault suites:
//   pnpm --filter @cynnig/resilience soak -- --minutes 10 [--engine sqlite|postgres|both] [--scale 0.05]
// For each engine: a mixed workload of every role on two API processes, then SIGKILL again and
// again during writes, then (PostgreSQL) outages one after another; each phase is checked against
// the client's own log. PostgreSQL needs CYNNIG_TEST_POSTGRES_URL. Exits 1 when anything failed.
import { parseArgs } from 'node:util';
import { killRepeatedly } from '../crash/kill-loop.js';
import { runThroughOutage } from '../faults/outage-run.js';
import { readOnlyOutage, refusingOutage } from '../faults/postgres-outage.js';
import { testPostgresUrl } from '../postgres/throwaway-database.js';
import { deployPostgres, deploySqlite, type Deployment } from '../scenario/deployment.js';
import { verifyRun } from '../verification/run-verdict.js';
import { runMixedWorkload, type WorkloadReport } from '../workload/mixed-workload.js';
import { WriteLog } from '../workload/write-log.js';
import { OutageWatch } from '../faults/outage-watch.js';

// pnpm passes the `--` through; everything after it is still an option here.
const args = process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--'));
const { values } = parseArgs({ args, options: { minutes: { type: 'string', default: '10' }, engine: { type: 'string', default: 'both' }, scale: { type: 'string', default: '0.05' } }, allowPositionals: true });
const minutes = Number(values.minutes);
const scale = Number(values.scale);
if (!(minutes > 0) || !(scale > 0) || !['sqlite', 'postgres', 'both'].includes(values.engine!)) {
  process.stderr.write('Usage: soak -- --minutes N [--engine sqlite|postgres|both] [--scale N]\n');
  process.exit(1);
}

const say = (text: string) => process.stdout.write(`${text}\n`);
const problems: string[] = [];

function summarise(phase: string, report: WorkloadReport): void {
  const total = Object.values(report.statuses).reduce((sum, count) => sum + count, 0);
  say(`  ${phase}: ${total} answers ${JSON.stringify(report.statuses)}, ${report.log.acknowledged.length} writes acknowledged (${report.log.acknowledged.filter((write) => write.attempts > 1).length} after retries, ${report.log.acknowledged.filter((write) => write.replayed).length} replayed), ${report.networkErrors} dropped connections`);
  if (report.serverErrors.length > 0) problems.push(`${phase}: ${report.serverErrors.length} server errors, e.g. ${JSON.stringify(report.serverErrors[0])}`);
  if (report.log.abandoned.length > 0) problems.push(`${phase}: ${report.log.abandoned.length} writes never acknowledged`);
}

async function check(phase: string, deployment: Deployment, log: WriteLog): Promise<void> {
  const verdict = await verifyRun(deployment.databaseUrl, log);
  const found = [...verdict.writes.lost, ...verdict.writes.unexplained, ...verdict.writes.auditProblems, ...verdict.writes.keyProblems, ...verdict.cases.map((problem) => `${problem.kind} ${problem.id}: ${problem.problem}`)];
  say(`  ${phase}: ${verdict.writes.acknowledged} acknowledged writes and ${verdict.casesChecked} cases checked, ${found.length} problems`);
  problems.push(...found.map((problem) => `${phase}: ${problem}`));
  for (const crash of deployment.crashes()) problems.push(`${phase}: an API process stopped by itself (${crash.code}): ${crash.output.split('\n').slice(-3).join(' | ')}`);
}

async function soak(name: string, deploy: () => Promise<Deployment>): Promise<void> {
  const phaseMs = (share: number) => Math.max(10_000, minutes * 60_000 * share);
  say(`\n▶ ${name}`);
  const deployment = await deploy();
  try {
    const log = new WriteLog();
    const watch = new OutageWatch();
    const load = await runMixedWorkload({ urls: deployment.urls(), accounts: deployment.workload.accounts, children: deployment.workload.children, durationMs: phaseMs(deployment.postgres ? 0.2 : 0.3), log, onAnswer: watch.onAnswer });
    summarise('load', load);
    // With the database healthy, a 503 is a failure too.
    if (watch.unavailable.length > 0) {
      const reasons = new Map<string, number>();
      for (const answer of watch.unavailable) reasons.set(answer.reason ?? 'none', (reasons.get(answer.reason ?? 'none') ?? 0) + 1);
      problems.push(`load: ${watch.unavailable.length} answers 503 with a healthy database (${[...reasons].map(([reason, count]) => `${reason}: ${count}`).join(', ')})`);
    }
    await check('load', deployment, log);

    const crashMs = phaseMs(deployment.postgres ? 0.1 : 0.2);
    const stop = new AbortController();
    const writers = deployment.workload.accounts.filter((account) => account.role === 'social-worker');
    const workload = runMixedWorkload({ urls: deployment.urls(), accounts: writers, children: deployment.workload.children, durationMs: crashMs + 120_000, signal: stop.signal, log });
    const kills = await killRepeatedly(deployment, log, { kills: Math.max(2, Math.floor(crashMs / 6000)), runForMs: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    stop.abort();
    summarise('SIGKILL', await workload);
    say(`  SIGKILL: ${kills.kills} kills, restarts took ${kills.restartMs.map((ms) => Math.round(ms)).join(', ')} ms`);
    kills.lostAfterRestart.forEach((lost, i) => lost.length > 0 && problems.push(`kill ${i + 1}: ${lost.length} acknowledged writes missing after the restart`));
    await check('SIGKILL', deployment, log);

    if (deployment.postgres) {
      const outages = Math.max(2, Math.floor(phaseMs(0.2) / 15_000));
      for (let i = 0; i < outages; i += 1) {
        const readOnly = i % 2 === 0;
        const run = await runThroughOutage(deployment, readOnly ? readOnlyOutage(deployment.postgres) : refusingOutage(deployment.postgres), { beginAfterMs: 3000, lastForMs: 5000, totalMs: 15_000 }, log);
        summarise(readOnly ? 'read-only outage' : 'refusing outage', run.report);
        const back = run.watch.recoveredWithin(run.endedAt);
        say(`  ${run.watch.unavailable.length} answers 503; service back ${back === null ? 'NEVER' : `${back} ms`} after the database returned`);
        if (back === null) problems.push(`outage ${i + 1}: the service did not recover`);
      }
      await check('outages', deployment, log);
    }
  } finally {
    await deployment.close();
  }
}

async function main(): Promise<void> {
  say(`Soak for ${minutes} minutes per engine at population scale ${scale}`);
  if (values.engine !== 'postgres') await soak('SQLite, two API processes on one WAL file', () => deploySqlite({ scale, processes: 2, socialWorkers: 3, childrenPerKind: 12 }));
  const postgresUrl = testPostgresUrl();
  if (values.engine !== 'sqlite') {
    if (!postgresUrl) problems.push('PostgreSQL: set CYNNIG_TEST_POSTGRES_URL to a server this soak may create databases on');
    else await soak('PostgreSQL, two API processes on one database', () => deployPostgres(postgresUrl, { scale, processes: 2, socialWorkers: 3, childrenPerKind: 12 }));
  }
  say(problems.length === 0 ? '\nSoak passed: no server error, no lost or doubled write, no partial case.' : `\nSoak found ${problems.length} problems:\n${problems.slice(0, 50).map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(problems.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`The soak could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
