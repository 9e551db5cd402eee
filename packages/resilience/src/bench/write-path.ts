// The write path in process: one Active Offer step as the route records it (event applied by the
// workflow engine, rules run, state, event log, rounds, due items and audit written in one
// transaction), beside a baseline of plain inserts and updates of the same rows in one
// transaction each, on the same database in the same run.
import { randomUUID } from 'node:crypto';
import { findUserByEmail, openDatabase, scopeOfUser, transaction, type Database } from '@cynnig/data';
import { londonDateOf } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { largestAuthorities } from '../population/workload-accounts.js';
import { chooseWorkloadChildren } from '../population/workload-children.js';
import { nextAuthorityStep } from '../workload/active-offer-step.js';
import { loadApiServices, type ServiceActor } from './api-services.js';

export interface WritePathFigure {
  readonly events: number;
  readonly eventsPerSecond: number;
  readonly baselinePerSecond: number;
  /** Processor time per step (all threads), which a machine shared with other work inflates less than wall time. */
  readonly cpuMsPerEvent: number;
  readonly baselineCpuMsPerEvent: number;
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function socialWorkerOf(db: Kysely<Database>, authorityCode: string) {
  const row = await db.selectFrom('users').select('email').where('role', '=', 'social-worker').where('authority_code', '=', authorityCode).orderBy('email').executeTakeFirstOrThrow();
  return (await findUserByEmail(db, row.email))!.user;
}

/** Replays, as plain statements, the rows one step writes: case update, event, audit, due items. */
async function plainStep(db: Kysely<Database>, childId: string, caseRow: { id: string; state: string; snapshot: string; version: number }, dueRows: Record<string, unknown>[], userId: string, at: string): Promise<void> {
  await transaction(db, async (trx) => {
    const any = trx as unknown as Kysely<any>;
    await any.updateTable('active_offer_cases').set({ state: caseRow.state, snapshot: caseRow.snapshot, version: caseRow.version + 1, updated_at: at }).where('id', '=', caseRow.id).execute();
    await any.insertInto('active_offer_events').values({ case_id: caseRow.id, sequence: caseRow.version + 1, type: 'CHILD_TOLD', payload: '{"type":"CHILD_TOLD"}', recorded_at: at, recorded_by: userId }).execute();
    await any.deleteFrom('due_items').where('child_id', '=', childId).execute();
    if (dueRows.length > 0) await any.insertInto('due_items').values(dueRows.map((row) => ({ ...row, created_at: at }))).execute();
    await any.insertInto('audit_log').values({ at, user_id: userId, role: 'social-worker', scope: 'bench', action: 'active-offer.event', child_id: childId, request_id: null, detail: '{}' }).execute();
  });
}

export async function measureWritePath(databaseUrl: string, events: number): Promise<WritePathFigure> {
  const services = await loadApiServices();
  const database = await openDatabase({ DATABASE_URL: databaseUrl, CYNNIG_DATABASE_POOL_SIZE: 2 });
  try {
    const db = database.db;
    const [authorityCode] = await largestAuthorities(db, 1);
    const user = await socialWorkerOf(db, authorityCode!);
    const children = (await chooseWorkloadChildren(db, authorityCode!, events)).activeOffer;
    const actor = (): ServiceActor => ({ user, scope: scopeOfUser(user), requestId: randomUUID(), now: new Date() });
    const today = londonDateOf(new Date().toISOString());

    // Steps through the service, each child once (its version and allowed steps read first, untimed).
    let measuredMs = 0;
    let measuredCpuMs = 0;
    let recorded = 0;
    for (const childId of children) {
      const view = await services.readActiveOffer(db, actor(), childId);
      const step = nextAuthorityStep(view.allowedEvents, today);
      if (!step) continue;
      const started = performance.now();
      const cpu = process.cpuUsage();
      await services.recordActiveOfferEvent(db, services.packagedRules, actor(), childId, { event: step, expectedVersion: view.version });
      measuredCpuMs += cpuMsSince(cpu);
      measuredMs += performance.now() - started;
      recorded += 1;
    }

    // The same number of plain writes of the same rows (read first, untimed).
    let baselineMs = 0;
    let baselineCpuMs = 0;
    let plain = 0;
    for (const childId of children.slice(0, recorded)) {
      const caseRow = await db.selectFrom('active_offer_cases').select(['id', 'state', 'snapshot', 'version']).where('child_id', '=', childId).executeTakeFirst();
      if (!caseRow) continue;
      const dueRows = (await db.selectFrom('due_items').selectAll().where('child_id', '=', childId).execute()).map(({ id: _id, created_at: _at, ...row }) => row);
      const started = performance.now();
      const cpu = process.cpuUsage();
      await plainStep(db, childId, { ...caseRow, version: Number(caseRow.version) }, dueRows, user.id, new Date().toISOString());
      baselineCpuMs += cpuMsSince(cpu);
      baselineMs += performance.now() - started;
      plain += 1;
    }
    return {
      events: recorded,
      eventsPerSecond: recorded / (measuredMs / 1000),
      baselinePerSecond: plain / (baselineMs / 1000),
      cpuMsPerEvent: measuredCpuMs / recorded,
      baselineCpuMsPerEvent: baselineCpuMs / plain,
    };
  } finally {
    await database.close();
  }
}
