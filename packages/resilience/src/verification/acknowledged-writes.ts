// Checks the client's log against the database after a run: every acknowledged write is in the
// case's event log exactly once, at the version the API answered, with exactly one audit
// record; and nothing else was written for the workload's cases except writes the client
// gave up on (which may or may not have landed, and at most once each).
import type { Database } from '@cynnig/data';
import type { Kysely } from 'kysely';
import type { CaseKind, WriteLog } from '../workload/write-log.js';

export interface WriteCheck {
  readonly acknowledged: number;
  /** Acknowledged writes with no event at the version the API answered. */
  readonly lost: string[];
  /** Events written by the workload that no acknowledged write explains, beyond the writes given up on. */
  readonly unexplained: string[];
  /** Acknowledged writes whose audit record is missing or appears more than once. */
  readonly auditProblems: string[];
  /** Idempotency keys of acknowledged writes stored other than exactly once. */
  readonly keyProblems: string[];
}

const eventsTable = { 'active-offer': 'active_offer_events', 'missing-episode': 'missing_episode_events' } as const;
const casesTable = { 'active-offer': 'active_offer_cases', 'missing-episode': 'missing_episodes' } as const;

function chunks<T>(items: readonly T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The workload's events (recorded by a person, not by the seed) on the given children's cases. */
async function workloadEvents(db: Kysely<Database>, kind: CaseKind, childIds: readonly string[]) {
  const any = db as unknown as Kysely<any>;
  const rows: { case_id: string; sequence: number; type: string; child_id: string }[] = [];
  for (const part of chunks(childIds)) {
    rows.push(
      ...(await any
        .selectFrom(`${eventsTable[kind]} as e`)
        .innerJoin(`${casesTable[kind]} as c`, 'c.id', 'e.case_id')
        .select(['e.case_id', 'e.sequence', 'e.type', 'c.child_id'])
        .where('c.child_id', 'in', part)
        .where('e.recorded_by', 'is not', null)
        .execute()),
    );
  }
  return rows.map((row) => ({ ...row, sequence: Number(row.sequence) }));
}

export async function checkAcknowledgedWrites(db: Kysely<Database>, log: WriteLog): Promise<WriteCheck> {
  const lost: string[] = [];
  const unexplained: string[] = [];
  const auditProblems: string[] = [];
  const keyProblems: string[] = [];
  for (const kind of ['active-offer', 'missing-episode'] as const) {
    const acknowledged = log.acknowledged.filter((write) => write.kind === kind);
    const abandoned = log.abandoned.filter((write) => write.kind === kind);
    const childIds = [...new Set([...acknowledged, ...abandoned].map((write) => write.childId))];
    const stored = await workloadEvents(db, kind, childIds);
    const storedAt = new Map(stored.map((row) => [`${row.case_id}#${row.sequence}`, row]));
    const explained = new Set<string>();
    for (const write of acknowledged) {
      const at = `${write.caseId}#${write.version}`;
      const row = storedAt.get(at);
      if (!row || row.type !== write.type) lost.push(`${kind} ${write.type} ${at}${row ? ` (found ${row.type})` : ''}`);
      if (explained.has(at)) unexplained.push(`${kind} ${at} acknowledged twice for different writes`);
      explained.add(at);
    }
    // Writes given up on may have landed, once each: per child, no more extra events than that.
    const givenUp = new Map<string, number>();
    for (const write of abandoned) givenUp.set(write.childId, (givenUp.get(write.childId) ?? 0) + 1);
    const extraPerChild = new Map<string, string[]>();
    for (const row of stored) {
      const at = `${row.case_id}#${row.sequence}`;
      if (!explained.has(at)) extraPerChild.set(row.child_id, [...(extraPerChild.get(row.child_id) ?? []), `${kind} ${row.type} ${at}`]);
    }
    for (const [childId, extra] of extraPerChild) if (extra.length > (givenUp.get(childId) ?? 0)) unexplained.push(...extra);

    // One audit record per stored event, naming its case and version.
    const audits = new Map<string, number>();
    for (const part of chunks(childIds)) {
      const rows = await db.selectFrom('audit_log').select(['detail']).where('action', '=', `${kind}.event`).where('child_id', 'in', part).execute();
      for (const row of rows) {
        const detail = JSON.parse(row.detail) as { caseId?: string; version?: number };
        const at = `${detail.caseId}#${detail.version}`;
        audits.set(at, (audits.get(at) ?? 0) + 1);
      }
    }
    for (const row of stored) {
      const at = `${row.case_id}#${row.sequence}`;
      const count = audits.get(at) ?? 0;
      if (count !== 1) auditProblems.push(`${kind} ${at}: ${count} audit records`);
    }

    for (const part of chunks(acknowledged.map((write) => write.key))) {
      const rows = await db.selectFrom('idempotency_keys').select(['key']).where('key', 'in', part).execute();
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row.key, (counts.get(row.key) ?? 0) + 1);
      for (const key of part) if (counts.get(key) !== 1) keyProblems.push(`${kind} key ${key}: stored ${counts.get(key) ?? 0} times`);
    }
  }
  return { acknowledged: log.acknowledged.length, lost, unexplained, auditProblems, keyProblems };
}
