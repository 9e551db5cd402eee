// Checks that no partial case exists: for each case the stored version equals the length of its
// event log (numbered 1..n with no gaps), replaying the log with the workflow engine gives the
// stored state and snapshot, and the child's stored due items are what the rules say today.
import { listDueItemsForChild, listRuleParameterOverrides, loadChildRecord, systemScope, type Database } from '@cynnig/data';
import { londonDateOf } from '@cynnig/domain';
import { evaluateChild, type RuleOverrides } from '@cynnig/rules';
import { replay } from '@cynnig/workflows';
import type { Kysely } from 'kysely';
import { isDeepStrictEqual } from 'node:util';
import type { CaseKind } from '../workload/write-log.js';

export interface CaseProblem {
  readonly kind: CaseKind | 'due-items';
  readonly id: string;
  readonly problem: string;
}

const tables = {
  'active-offer': { cases: 'active_offer_cases', events: 'active_offer_events' },
  'missing-episode': { cases: 'missing_episodes', events: 'missing_episode_events' },
} as const;

/** Replays each case's event log and compares it with the stored case. */
export async function checkCases(db: Kysely<Database>, kind: CaseKind, caseIds: readonly string[]): Promise<CaseProblem[]> {
  const any = db as unknown as Kysely<any>;
  const problems: CaseProblem[] = [];
  for (const id of new Set(caseIds)) {
    const stored = await any.selectFrom(tables[kind].cases).selectAll().where('id', '=', id).executeTakeFirst();
    if (!stored) {
      problems.push({ kind, id, problem: 'the case is missing' });
      continue;
    }
    const events = (await any.selectFrom(tables[kind].events).select(['sequence', 'payload']).where('case_id', '=', id).orderBy('sequence').execute()) as { sequence: number; payload: string }[];
    const numbering = events.map((event) => Number(event.sequence));
    if (numbering.length !== Number(stored.version) || numbering.some((sequence, i) => sequence !== i + 1)) {
      problems.push({ kind, id, problem: `version ${stored.version} but events numbered ${numbering.join(',')}` });
      continue;
    }
    const payloads = events.map((event) => JSON.parse(event.payload) as unknown);
    let result;
    if (kind === 'active-offer') {
      result = replay('active-offer', payloads, { caseId: id, childId: stored.child_id });
    } else {
      const child = await db.selectFrom('children').select('date_of_birth').where('id', '=', stored.child_id).executeTakeFirstOrThrow();
      const others = await db.selectFrom('missing_episodes').select(['id', 'started_at', 'ended_at']).where('child_id', '=', stored.child_id).where('id', '!=', id).execute();
      result = replay('missing-episode', payloads, {
        episodeId: id,
        childId: stored.child_id,
        dateOfBirth: child.date_of_birth,
        otherEpisodes: others.map((other) => ({ id: other.id, startedAt: other.started_at, endedAt: other.ended_at })),
      });
    }
    if (!result.ok) {
      problems.push({ kind, id, problem: `the event log does not replay: ${result.error.code}` });
      continue;
    }
    if (result.snapshot.value !== stored.state) problems.push({ kind, id, problem: `stored state ${stored.state}, replay gives ${result.snapshot.value}` });
    const storedSnapshot = JSON.parse(stored.snapshot) as { context?: unknown };
    const replayed = JSON.parse(JSON.stringify(result.snapshot)) as { context?: unknown };
    if (kind === 'active-offer' && !isDeepStrictEqual(storedSnapshot, replayed)) problems.push({ kind, id, problem: 'the stored snapshot differs from the replayed one' });
  }
  return problems;
}

const itemKey = (item: { ruleId: string; kind: string; dueOn: string; caseId: string | null; severity: string }) => `${item.ruleId}|${item.kind}|${item.dueOn}|${item.caseId ?? ''}|${item.severity}`;

/** The stored due items of each child equal what the packaged rules give for the child's record today. */
export async function checkDueItems(db: Kysely<Database>, childIds: readonly string[]): Promise<CaseProblem[]> {
  const problems: CaseProblem[] = [];
  const today = londonDateOf(new Date().toISOString());
  for (const childId of new Set(childIds)) {
    const record = await loadChildRecord(db, systemScope, childId);
    if (!record) {
      problems.push({ kind: 'due-items', id: childId, problem: 'the child is missing' });
      continue;
    }
    const overrides = Object.fromEntries((await listRuleParameterOverrides(db, record.child.authorityCode)).map((row) => [row.ruleId, row.parameters])) as RuleOverrides;
    const expected = (await evaluateChild(record, today, overrides)).dueItems.map(itemKey).sort();
    const stored = (await listDueItemsForChild(db, systemScope, childId)).map(itemKey).sort();
    if (!isDeepStrictEqual(expected, stored)) problems.push({ kind: 'due-items', id: childId, problem: `stored ${stored.join(' ; ')} but the rules give ${expected.join(' ; ')}` });
  }
  return problems;
}
