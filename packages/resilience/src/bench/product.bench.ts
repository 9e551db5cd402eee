// `pnpm bench` for Cynnig as a whole: API throughput and latency at 50 connections against a bare
// Hono route, the in-process write path against plain inserts, the sweep, and the forms app's size
// and time to interactive, a year of national monitoring (the child-level extract has its own, child-extract.bench.ts); every figure beside a
// baseline measured in the same run on this machine. Populations are seeded once with the API's
// own seed command and kept under var/bench/.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@cynnig/data';
import { londonDateOf } from '@cynnig/domain';
import { benchFolder } from '../api-process/api-entry-point.js';
import { startApiProcess, type ApiProcess } from '../api-process/api-process.js';
import { freePort } from '../api-process/free-port.js';
import { largestAuthorities, prepareWorkloadAccounts, workloadPassword, type WorkloadAccount } from '../population/workload-accounts.js';
import { chooseWorkloadChildren } from '../population/workload-children.js';
import { cachedSqlitePopulation, copyPopulation } from '../scenario/sqlite-population.js';
import { nextAuthorityStep } from '../workload/active-offer-step.js';
import { ApiAgent } from '../workload/api-agent.js';
import { markdownTable, writeResults, type Figure } from './bench-results.js';
import { measureBundle, measureTimeToInteractive } from './forms-app-figures.js';
import { measureHttp, type HttpFigure } from './http-figures.js';
import { measureMonitoring } from './monitoring-figures.js';
import { measureSweep } from './sweep-figures.js';
import { measureWritePath } from './write-path.js';

const say = (text: string) => process.stdout.write(text);
const walesScale = 1;
/**
 * The largest population: UK size (scale 14, about 140,000 children) unless CYNNIG_BENCH_SCALE
 * asks for a smaller one. It is seeded once and kept under var/bench/.
 */
const ukScale = 14;
const largestScale = Number(process.env['CYNNIG_BENCH_SCALE'] || ukScale);

async function startBareServer(): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const script = fileURLToPath(new URL('./bare-route-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => chunk.includes('listening') && resolve());
    child.once('exit', (code) => reject(new Error(`the baseline server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

/**
 * Waits until the API has finished what an earlier measurement left in flight (autocannon stops
 * sending at its time limit, but requests already sent are still worked through), so that one
 * figure never pays for the previous one.
 */
async function settle(url: string): Promise<void> {
  for (let quiet = 0, tries = 0; quiet < 3 && tries < 600; tries += 1) {
    const started = performance.now();
    await fetch(`${url}/health`).catch(() => undefined);
    quiet = performance.now() - started < 20 ? quiet + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function signedIn(api: ApiProcess, account: WorkloadAccount): Promise<ApiAgent> {
  const agent = new ApiAgent([api.url]);
  const answer = await agent.signIn(account.email, workloadPassword);
  if (answer.status !== 200) throw new Error(`${account.role} could not sign in: ${answer.status}`);
  return agent;
}

interface PlannedWrite {
  readonly path: string;
  readonly body: string;
  readonly headers: Record<string, string>;
}

/** One write per child (a step never waits for another on the same child), across every authority. */
async function plannedWrites(databaseUrl: string, api: ApiProcess, accounts: WorkloadAccount[], perAuthority: number) {
  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 2 });
  const steps: PlannedWrite[] = [];
  const episodes: PlannedWrite[] = [];
  const today = londonDateOf(new Date().toISOString());
  const allowedIn: Record<string, string[]> = { awaitingChildTold: ['CHILD_TOLD'], awaitingPermission: ['PERMISSION_REFUSED'], awaitingReoffer: ['OFFER_DUE'] };
  try {
    for (const account of accounts.filter((candidate) => candidate.role === 'social-worker')) {
      const agent = await signedIn(api, account);
      const headers = { cookie: agent.cookieHeader(), 'x-csrf-token': agent.csrfToken, 'content-type': 'application/json' };
      const children = await chooseWorkloadChildren(database.db, account.authorityCode, perAuthority);
      for (const childId of children.activeOffer) {
        const stored = await database.db.selectFrom('active_offer_cases').select(['state', 'version']).where('child_id', '=', childId).executeTakeFirst();
        const event = nextAuthorityStep(stored ? (allowedIn[stored.state] ?? []) : ['OFFER_DUE'], today);
        if (event) steps.push({ path: `/api/v1/children/${childId}/active-offer/events`, body: JSON.stringify({ event, expectedVersion: Number(stored?.version ?? 0) }), headers });
      }
      const at = new Date().toISOString();
      for (const childId of children.missing) {
        const event = { type: 'REPORTED', at, kind: 'missing', riskGrade: 'medium', lastSeenAt: at, reportedBy: 'Residential home manager', policeReference: null };
        episodes.push({ path: `/api/v1/children/${childId}/missing-episodes`, body: JSON.stringify({ event, expectedVersion: 0 }), headers });
      }
    }
  } finally {
    await database.close();
  }
  return { steps, episodes };
}

function writesOf(list: PlannedWrite[]) {
  let next = 0;
  return () => {
    const write = list[next];
    next += 1;
    return write ? { method: 'POST', path: write.path, headers: write.headers, body: write.body } : null;
  };
}

const httpFigure = (name: string, measured: HttpFigure, bare: HttpFigure, target?: Figure['target']): Figure[] => [
  { name: `${name}: throughput`, value: measured.requestsPerSecond, unit: 'req/s', baselineName: 'bare Hono route', baseline: bare.requestsPerSecond, better: 'higher', ...(name.includes('Active Offer') && target ? { target } : {}), note: `${measured.requests} requests, ${measured.non2xx} not 2xx, ${measured.errors} errors` },
  { name: `${name}: median latency`, value: measured.medianMs, unit: 'ms', baselineName: 'bare Hono route', baseline: bare.medianMs, better: 'lower' },
  { name: `${name}: p99 latency`, value: measured.p99Ms, unit: 'ms', baselineName: 'bare Hono route', baseline: bare.p99Ms, better: 'lower', ...(!name.includes('Active Offer') && target ? { target } : {}) },
];

async function main(): Promise<void> {
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), Node ${process.versions.node}, shared with other work`;
  say(`Cynnig benchmark, ${date}, ${machine}\n`);
  const figures: Figure[] = [];
  const extra: Record<string, unknown> = {};
  // Each figure is printed as soon as it is measured, so a long run shows its progress.
  const record = figures.push.bind(figures);
  figures.push = (...added: Figure[]) => {
    for (const figure of added) say(`  ${figure.name}: ${figure.value.toFixed(2)} ${figure.unit} (baseline ${figure.baselineName}: ${figure.baseline.toFixed(2)} ${figure.unit}; ratio ${(figure.value / figure.baseline).toFixed(2)})\n`);
    return record(...added);
  };

  say(`\n▶ Populations (Wales scale ${walesScale}; largest scale ${largestScale})\n`);
  const wales = await cachedSqlitePopulation(walesScale, { onProgress: (message) => say(`\r  ${message}        `) });
  extra['walesSeeding'] = wales.seeded ?? 'reused from var/bench';
  const largest = largestScale === walesScale ? wales : await cachedSqlitePopulation(largestScale, { onProgress: (message) => say(`\r  ${message}        `) });
  extra['largestSeeding'] = largest.seeded ?? 'reused from var/bench';
  say(`\n  Wales: ${wales.file}${wales.seeded ? ` (seeded in ${Math.round(wales.seeded.milliseconds / 1000)} s)` : ' (reused)'}\n`);

  const work = mkdtempSync(join(tmpdir(), 'cynnig-bench-'));
  const file = copyPopulation(largest.file, work);
  const databaseUrl = `sqlite:${file}`;
  const database = await openDatabase({ DATABASE_URL: databaseUrl });
  const children = Number((await database.db.selectFrom('children').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const accounts = await prepareWorkloadAccounts(database.db, { authorities: 22, socialWorkers: 1 });
  const [biggest] = await largestAuthorities(database.db, 1);
  const someChildren = (await database.db.selectFrom('children').select('id').where('authority_code', '=', biggest!).orderBy('id').limit(500).execute()).map((row) => row.id);
  await database.close();
  const population = `SQLite (WAL), population scale ${largestScale} (${children.toLocaleString('en-GB')} children; UK size is scale 14)`;

  const bare = await startBareServer();
  let api = await startApiProcess({ databaseUrl, env: { COOKIE_SECURE: 'false' } });
  try {
    say('\n▶ API at 50 connections on loopback\n');
    const reads = { amount: 5000, seconds: 10 };
    const bareFigure = await measureHttp({ url: `${bare.url}/bare`, ...reads });
    const account = (role: string) => accounts.find((candidate) => candidate.role === role && candidate.authorityCode === biggest)!;
    const iro = await signedIn(api, account('iro'));
    const worker = await signedIn(api, account('social-worker'));
    await settle(api.url);
    const iroQueue = await measureHttp({ url: `${api.url}/api/v1/queues/iro?limit=25`, headers: { cookie: iro.cookieHeader() }, ...reads });
    await settle(api.url);
    const caseload = await measureHttp({ url: `${api.url}/api/v1/queues/caseload?limit=25`, headers: { cookie: worker.cookieHeader() }, ...reads });
    await settle(api.url);
    let nextChild = 0;
    const childRecord = await measureHttp({
      url: `${api.url}/api/v1/children/${someChildren[0]}`,
      headers: { cookie: worker.cookieHeader() },
      ...reads,
      nextRequest: () => ({ path: `/api/v1/children/${someChildren[nextChild++ % someChildren.length]}` }),
    });
    const { steps, episodes } = await plannedWrites(databaseUrl, api, accounts, 150);
    await settle(api.url);
    const offerStep = await measureHttp({ url: api.url, amount: Math.min(steps.length, 2000), seconds: 30, method: 'POST', nextRequest: writesOf(steps) });
    await settle(api.url);
    const missing = await measureHttp({ url: api.url, amount: Math.min(episodes.length, 2000), seconds: 30, method: 'POST', nextRequest: writesOf(episodes) });
    const p99Target = (figure: HttpFigure) => ({ text: 'p99 under 50 ms at UK size, 50 connections', met: figure.p99Ms < 50 && largestScale >= 14 });
    figures.push(
      ...httpFigure('IRO queue', iroQueue, bareFigure, p99Target(iroQueue)),
      ...httpFigure('Social worker\'s caseload', caseload, bareFigure, p99Target(caseload)),
      ...httpFigure('Child\'s record', childRecord, bareFigure),
      ...httpFigure('Recording an Active Offer step', offerStep, bareFigure, { text: '500 or more per second on SQLite', met: offerStep.requestsPerSecond >= 500 }),
      ...httpFigure('Recording a missing episode', missing, bareFigure),
    );
    extra['http'] = { bare: bareFigure, iroQueue, caseload, childRecord, offerStep, missing };
    await api.stop();

    say('\n▶ Write path in process\n');
    const writePath = await measureWritePath(databaseUrl, 300);
    figures.push({ name: 'Active Offer step in process (engine, rules, state, event log, due items, audit; one transaction)', value: writePath.eventsPerSecond, unit: 'events/s', baselineName: 'plain inserts of the same rows', baseline: writePath.baselinePerSecond, better: 'higher', note: `${writePath.events} events; processor time ${writePath.cpuMsPerEvent.toFixed(2)} ms a step against ${writePath.baselineCpuMsPerEvent.toFixed(2)} ms for the plain inserts` });

    say('▶ Sweep\n');
    const sweepFigure = await measureSweep(databaseUrl);
    figures.push({
      name: 'Time-based sweep (every child due)',
      value: sweepFigure.childrenPerSecond,
      unit: 'children/s',
      baselineName: 'reading the same child records',
      baseline: sweepFigure.baselinePerSecond,
      better: 'higher',
      target: { text: 'UK-sized population (about 140,000 children) under 60 s', met: (140_000 / sweepFigure.childrenPerSecond) < 60 },
      note: `${sweepFigure.children} children in ${sweepFigure.seconds.toFixed(1)} s; at this rate a UK-sized population takes about ${Math.round(140_000 / sweepFigure.childrenPerSecond)} s`,
    });

    say('▶ National monitoring\n');
    const monitoring = await measureMonitoring(databaseUrl, 2025);
    figures.push({
      name: 'National publication of a financial year (every grouping, quarter and breakdown, protected together)',
      value: monitoring.childrenPerSecond,
      unit: 'children/s',
      baselineName: 'reading the same child records',
      baseline: monitoring.baselinePerSecond,
      better: 'higher',
      note: `${monitoring.children} children in ${monitoring.seconds.toFixed(1)} s (2025-26, ${monitoring.publishedRows} published rows); once worked out, the API reuses it until the data changes`,
    });

    // The child-level extract against a raw export is measured by child-extract.bench.ts, which runs
    // first in this package's bench on its own generated population: one figure, in one place.

    say('▶ Forms app\n');
    const bundle = measureBundle();
    figures.push(
      { name: 'Forms app: scripts of the first page load, gzipped', value: bundle.initialScriptGzipBytes / 1024, unit: 'KB', baselineName: 'React and React DOM production builds', baseline: bundle.reactRuntimeGzipBytes / 1024, better: 'lower', target: { text: 'main bundle under 200 KB gzipped', met: bundle.initialScriptGzipBytes / 1024 < 200 }, note: `styles ${(bundle.stylesGzipBytes / 1024).toFixed(1)} KB gzipped; all ${bundle.scriptFiles} scripts ${(bundle.allScriptsGzipBytes / 1024).toFixed(1)} KB gzipped` },
    );
    api = await startApiProcess({ databaseUrl, env: { COOKIE_SECURE: 'false' } });
    const tti = await measureTimeToInteractive({
      pageUrl: `${api.url}/children/${someChildren[1]}`,
      baselineUrl: `${bare.url}/page`,
      signIn: { apiUrl: api.url, email: account('social-worker').email, password: workloadPassword },
      runs: 5,
      headingSelector: 'main h1',
    });
    figures.push({ name: 'Forms app: time to interactive of a child\'s record (headless Chromium, cold cache)', value: tti.medianMs, unit: 'ms', baselineName: 'static page on the same loopback', baseline: tti.baselineMedianMs, better: 'lower', note: `median of ${tti.runs} runs` });
  } finally {
    await api.stop().catch(() => undefined);
    bare.stop();
    rmSync(work, { recursive: true, force: true });
  }

  const context = { date, machine, command: 'pnpm bench', population };
  const written = writeResults(benchFolder(), context, figures, extra);
  say(`\n${markdownTable(context, figures)}\nWritten to ${written.json} and ${written.markdown}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
