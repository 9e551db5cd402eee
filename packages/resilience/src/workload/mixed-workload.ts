// A sustained, mixed workload of every role against one or more API processes: people sign in,
// IROs and team managers read their queues, advocates their inbox, social workers read their
// caseload and children and record Active Offer steps and missing episodes. Every write carries
// an Idempotency-Key and is retried with the same key while the API is unavailable or
// unreachable, so the client's log says exactly which writes were acknowledged.
import { randomUUID } from 'node:crypto';
import { londonDateOf } from '@cynnig/domain';
import type { WorkloadAccount } from '../population/workload-accounts.js';
import { workloadPassword } from '../population/workload-accounts.js';
import type { WorkloadChildren } from '../population/workload-children.js';
import { nextAuthorityStep } from './active-offer-step.js';
import { ApiAgent, type AgentResponse } from './api-agent.js';
import { WriteLog, type CaseKind } from './write-log.js';

export interface WorkloadPlan {
  /** The API processes; each person's requests go to them in turn. */
  readonly urls: readonly string[];
  readonly accounts: readonly WorkloadAccount[];
  /** Children to write about, per authority. */
  readonly children: ReadonlyMap<string, WorkloadChildren>;
  readonly durationMs: number;
  /** How long one write keeps being retried while the API cannot answer (default 60 s). */
  readonly retryWritesForMs?: number;
  /** Called for every answer (the fault suites watch for 503s). */
  readonly onAnswer?: (answer: AgentResponse, method: string, path: string) => void;
  /** Ends the run early. */
  readonly signal?: AbortSignal;
  /** The log to write to, when the caller watches it during the run (the crash suite does). */
  readonly log?: WriteLog;
}

export interface UnexpectedAnswer {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly code: string | null;
}

export interface WorkloadReport {
  readonly durationMs: number;
  /** Completed operations by name (sign-in, iro-queue, child-record, active-offer-step...). */
  readonly operations: Record<string, number>;
  /** Answers by HTTP status. */
  readonly statuses: Record<string, number>;
  /** Every 5xx other than 503 (a 503 is the documented answer while the database is away). */
  readonly serverErrors: UnexpectedAnswer[];
  /** 4xx answers to the workload's own well-formed requests (e.g. a 409 would mean a lost update). */
  readonly refusals: UnexpectedAnswer[];
  readonly unavailable: number;
  readonly networkErrors: number;
  readonly log: WriteLog;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A path with ids replaced, so reports group by route. */
function routeOf(path: string): string {
  return path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id').replace(/\?.*$/, '');
}

export async function runMixedWorkload(plan: WorkloadPlan): Promise<WorkloadReport> {
  const started = Date.now();
  const endsAt = started + plan.durationMs;
  const retryFor = plan.retryWritesForMs ?? 60_000;
  const log = plan.log ?? new WriteLog();
  const operations: Record<string, number> = {};
  const statuses: Record<string, number> = {};
  const serverErrors: UnexpectedAnswer[] = [];
  const refusals: UnexpectedAnswer[] = [];
  let unavailable = 0;
  let networkErrors = 0;
  const running = () => Date.now() < endsAt && !plan.signal?.aborted;
  const done = (operation: string) => (operations[operation] = (operations[operation] ?? 0) + 1);

  /** Sends one request, counting its answer; null when the connection failed. */
  const send = async (agent: ApiAgent, method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<AgentResponse | null> => {
    let answer: AgentResponse;
    try {
      answer = await agent.request(method, path, body, headers);
    } catch {
      networkErrors += 1;
      return null;
    }
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    const code = (answer.body as { code?: string } | null)?.code ?? null;
    if (answer.status === 503) unavailable += 1;
    else if (answer.status >= 500) serverErrors.push({ method, path: routeOf(path), status: answer.status, code });
    plan.onAnswer?.(answer, method, path);
    return answer;
  };

  const waitAfter = async (answer: AgentResponse | null) => {
    const retryAfter = Number(answer?.headers.get('retry-after') ?? '');
    await pause(Number.isFinite(retryAfter) && retryAfter > 0 ? Math.min(retryAfter * 1000, 1000) : 200);
  };

  const signIn = async (agent: ApiAgent, account: WorkloadAccount): Promise<boolean> => {
    while (running()) {
      let answer: AgentResponse | null = null;
      try {
        answer = await agent.signIn(account.email, workloadPassword);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        if (answer.status === 503) unavailable += 1;
        else if (answer.status >= 500) serverErrors.push({ method: 'POST', path: '/api/v1/session', status: answer.status, code: null });
        plan.onAnswer?.(answer, 'POST', '/api/v1/session');
      } catch {
        networkErrors += 1;
      }
      if (answer?.status === 200) {
        done('sign-in');
        return true;
      }
      if (answer && answer.status < 500) throw new Error(`${account.role} ${account.email} could not sign in: ${answer.status} ${JSON.stringify(answer.body)}`);
      await waitAfter(answer);
    }
    return false;
  };

  /** Reads, retrying a 503 or a dropped connection while the run lasts. */
  const read = async (agent: ApiAgent, account: WorkloadAccount, operation: string, path: string): Promise<unknown> => {
    while (running()) {
      const answer = await send(agent, 'GET', path);
      if (answer?.status === 200) {
        done(operation);
        return answer.body;
      }
      if (answer?.status === 401) {
        await signIn(agent, account);
        continue;
      }
      if (answer && answer.status < 500) {
        refusals.push({ method: 'GET', path: routeOf(path), status: answer.status, code: (answer.body as { code?: string } | null)?.code ?? null });
        return null;
      }
      await waitAfter(answer);
    }
    return null;
  };

  /** Records one write under one Idempotency-Key until it is acknowledged or refused. */
  const write = async (agent: ApiAgent, account: WorkloadAccount, operation: string, kind: CaseKind, childId: string, path: string, body: { event: { type: string }; expectedVersion: number }) => {
    const key = randomUUID();
    const giveUpAt = Date.now() + retryFor;
    let lastError = '';
    for (let attempts = 1; ; attempts += 1) {
      const answer = await send(agent, 'POST', path, body, { 'idempotency-key': key });
      if (answer?.status === 201) {
        const view = answer.body as { caseId: string; version: number };
        log.acknowledge({ key, kind, childId, caseId: view.caseId, version: view.version, type: body.event.type, replayed: answer.headers.get('idempotent-replayed') === 'true', attempts });
        done(operation);
        return view;
      }
      if (answer?.status === 401) {
        await signIn(agent, account);
      } else if (answer && answer.status < 500) {
        refusals.push({ method: 'POST', path: routeOf(path), status: answer.status, code: (answer.body as { code?: string } | null)?.code ?? null });
        return null;
      } else {
        lastError = answer ? `${answer.status}` : 'no answer';
      }
      if (Date.now() > giveUpAt || plan.signal?.aborted) {
        log.abandon({ key, kind, childId, type: body.event.type, lastError });
        return null;
      }
      await waitAfter(answer);
    }
  };

  const socialWorker = async (agent: ApiAgent, account: WorkloadAccount, mine: { activeOffer: string[]; missing: string[] }) => {
    const episodes = new Map<string, { caseId: string | null; version: number; last: number }>();
    const moment = (childId: string) => {
      const state = episodes.get(childId) ?? { caseId: null, version: 0, last: 0 };
      state.last = Math.max(Date.now(), state.last + 1);
      episodes.set(childId, state);
      return new Date(state.last).toISOString();
    };
    for (let turn = 0; running(); turn += 1) {
      if (turn % 5 === 0) await read(agent, account, 'caseload', '/api/v1/queues/caseload?limit=25');
      const offerChild = mine.activeOffer[turn % Math.max(1, mine.activeOffer.length)];
      if (offerChild) {
        await read(agent, account, 'child-record', `/api/v1/children/${offerChild}`);
        const view = (await read(agent, account, 'active-offer', `/api/v1/children/${offerChild}/active-offer`)) as { version: number; allowedEvents: string[] } | null;
        const step = view ? nextAuthorityStep(view.allowedEvents, londonDateOf(new Date().toISOString())) : null;
        if (view && step && running()) {
          await write(agent, account, 'active-offer-step', 'active-offer', offerChild, `/api/v1/children/${offerChild}/active-offer/events`, { event: step, expectedVersion: view.version });
        }
      }
      const missingChild = mine.missing[turn % Math.max(1, mine.missing.length)];
      if (missingChild && running() && !episodes.has(missingChild)) {
        // First visit: an episode left open (by an earlier run) is carried on, not reported again.
        const listed = (await read(agent, account, 'missing-episodes', `/api/v1/children/${missingChild}/missing-episodes`)) as { items: { caseId: string; version: number; summary: { endedAt?: string | null } }[] } | null;
        const open = listed?.items.find((item) => item.summary.endedAt === null || item.summary.endedAt === undefined);
        if (listed) episodes.set(missingChild, { caseId: open?.caseId ?? null, version: open?.version ?? 0, last: 0 });
      }
      if (missingChild && running() && episodes.has(missingChild)) {
        const state = episodes.get(missingChild)!;
        if (state.caseId === null) {
          const at = moment(missingChild);
          const event = { type: 'REPORTED', at, kind: 'missing', riskGrade: 'medium', lastSeenAt: at, reportedBy: 'Residential home manager', policeReference: null };
          const view = await write(agent, account, 'missing-episode', 'missing-episode', missingChild, `/api/v1/children/${missingChild}/missing-episodes`, { event, expectedVersion: 0 });
          if (view) Object.assign(state, { caseId: view.caseId, version: view.version });
          else mine.missing.splice(mine.missing.indexOf(missingChild), 1);
        } else {
          const event = { type: 'RETURNED', at: moment(missingChild), method: 'returned', whereFound: 'Placement', whoWith: null };
          const view = await write(agent, account, 'missing-episode', 'missing-episode', missingChild, `/api/v1/children/${missingChild}/missing-episodes/${state.caseId}/events`, { event, expectedVersion: state.version });
          if (view) Object.assign(state, { caseId: null, version: 0 });
          else mine.missing.splice(mine.missing.indexOf(missingChild), 1);
        }
      }
    }
  };

  const reader = async (agent: ApiAgent, account: WorkloadAccount) => {
    for (let turn = 0; running(); turn += 1) {
      if (account.role === 'iro') {
        const queue = (await read(agent, account, 'iro-queue', '/api/v1/queues/iro?limit=25')) as { items: { childId: string }[] } | null;
        const child = queue?.items[turn % Math.max(1, queue.items.length)]?.childId;
        if (child) await read(agent, account, 'child-record', `/api/v1/children/${child}`);
      } else if (account.role === 'team-manager') {
        await read(agent, account, 'team-queue', '/api/v1/queues/team?limit=25');
        await read(agent, account, 'children', '/api/v1/children?limit=25');
      } else {
        await read(agent, account, 'provider-inbox', '/api/v1/queues/provider-inbox?limit=25');
      }
      // Now and then a person signs in again, as at the start of a working day.
      if (turn % 20 === 19) await signIn(agent, account);
    }
  };

  const people = plan.accounts.map(async (account) => {
    const agent = new ApiAgent(plan.urls);
    if (!(await signIn(agent, account))) return;
    if (account.role !== 'social-worker') return reader(agent, account);
    const colleagues = plan.accounts.filter((other) => other.role === 'social-worker' && other.authorityCode === account.authorityCode);
    const index = colleagues.indexOf(account);
    const children = plan.children.get(account.authorityCode) ?? { activeOffer: [], missing: [] };
    const share = (ids: readonly string[]) => ids.filter((_, i) => i % colleagues.length === index);
    return socialWorker(agent, account, { activeOffer: share(children.activeOffer), missing: share(children.missing) });
  });
  await Promise.all(people);
  return { durationMs: Date.now() - started, operations, statuses, serverErrors, refusals, unavailable, networkErrors, log };
}
