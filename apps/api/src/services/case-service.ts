// Missing episodes and IRO concerns: one workflow case per episode or concern. Each step runs
// like an Active Offer step, in one transaction: load and check the version, apply the event
// with the workflow engine, save snapshot and event, run the child's rules, audit.
import { randomUUID } from 'node:crypto';
import {
  createCase,
  getCase,
  getChild,
  listCasesOfChild,
  listMissingEpisodes,
  recordCaseEvent,
  staleVersion,
  systemScope,
  transaction,
  type Database,
  type StoredCase,
  type WorkflowCaseColumns,
} from '@cynnig/data';
import { CynnigError } from '@cynnig/domain';
import { allowedEvents, applyEvent, openingEvents, type StoredSnapshot, type WorkflowResult } from '@cynnig/workflows';
import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/audit-trail.js';
import { auditActorOf, todayOf, type Actor } from './actor.js';
import { reevaluateStoredChild, type ChildRules } from './child-rules.js';

export type CaseKind = 'missing-episode' | 'oversight';

export interface CaseView {
  readonly childId: string;
  readonly caseId: string;
  readonly version: number;
  readonly state: string;
  /** The summary row the queues read (episode times, escalation stage...). */
  readonly summary: Record<string, unknown>;
  readonly allowedEvents: string[];
}

function viewOf(stored: StoredCase<CaseKind>): CaseView {
  return {
    childId: stored.childId,
    caseId: stored.id,
    version: stored.version,
    state: stored.state,
    summary: { ...stored.columns },
    allowedEvents: stored.state ? allowedEvents(stored.snapshot as StoredSnapshot<CaseKind>) : [],
  };
}

export async function listCases(db: Kysely<Database>, actor: Actor, kind: CaseKind, childId: string): Promise<{ items: CaseView[]; openingEvents: string[] }> {
  await getChild(db, actor.scope, childId);
  const cases = await listCasesOfChild(db, actor.scope, kind, childId);
  await appendAudit(db, auditActorOf(actor), { action: `${kind}.listed`, childId }, actor.now);
  return { items: cases.map(viewOf), openingEvents: openingEvents(kind) };
}

export async function readCase(db: Kysely<Database>, actor: Actor, kind: CaseKind, childId: string, caseId: string): Promise<CaseView> {
  const stored = await getCase(db, actor.scope, kind, caseId);
  if (stored.childId !== childId) await getCase(db, actor.scope, kind, randomUUID());
  await appendAudit(db, auditActorOf(actor), { action: `${kind}.read`, childId, detail: { caseId } }, actor.now);
  return viewOf(stored);
}

async function inputFor(db: Kysely<Database>, kind: CaseKind, caseId: string, childId: string, dateOfBirth: string) {
  if (kind === 'oversight') return { caseId, childId };
  const episodes = await listMissingEpisodes(db, systemScope, childId);
  return {
    episodeId: caseId,
    childId,
    dateOfBirth,
    otherEpisodes: episodes.filter((episode) => episode.id !== caseId).map((episode) => ({ id: episode.id, startedAt: episode.startedAt, endedAt: episode.endedAt })),
  };
}

function columnsOf(kind: CaseKind, result: Extract<WorkflowResult, { ok: true }>): WorkflowCaseColumns[CaseKind] {
  if (kind === 'oversight') {
    const item = result.effects.oversightItem;
    return { ruleId: item?.ruleId ?? null, stage: item?.stage ?? null, respondBy: item?.respondBy ?? null };
  }
  const episode = result.effects.missingEpisode;
  if (!episode) throw new CynnigError({ code: 'workflow.missing-episode-summary', message: { en: 'The episode could not be summarised', cy: 'Nid oedd modd crynhoi\'r cyfnod' } });
  const { id: _id, childId: _childId, ...columns } = episode;
  return columns;
}

export async function recordCaseStep(
  db: Kysely<Database>,
  rules: ChildRules,
  actor: Actor,
  kind: CaseKind,
  childId: string,
  caseId: string | null,
  input: { event: { type: string }; expectedVersion: number },
): Promise<CaseView> {
  return transaction(db, async (trx) => {
    const child = await getChild(trx, actor.scope, childId);
    const recordedAt = actor.now.toISOString();
    let stored: StoredCase<CaseKind>;
    if (caseId === null) {
      if (input.expectedVersion !== 0) throw staleVersion('case', 0, input.expectedVersion);
      const id = randomUUID();
      const result = applyEvent(kind, null, input.event, (await inputFor(trx, kind, id, childId, child.child.dateOfBirth)) as never);
      if (!result.ok) throw result.error;
      stored = await createCase(trx, kind, {
        id,
        childId,
        authorityCode: child.child.authorityCode,
        state: result.snapshot.value,
        snapshot: result.snapshot,
        machineVersion: String(result.snapshot.machineVersion),
        columns: columnsOf(kind, result),
        firstEvent: input.event,
        recordedAt,
        recordedBy: actor.user.id,
      });
    } else {
      const found = await getCase(trx, actor.scope, kind, caseId);
      if (found.childId !== childId) await getCase(trx, actor.scope, kind, randomUUID());
      if (found.version !== input.expectedVersion) throw staleVersion('case', found.version, input.expectedVersion);
      const result = applyEvent(kind, found.snapshot as StoredSnapshot<CaseKind>, input.event, (await inputFor(trx, kind, found.id, childId, child.child.dateOfBirth)) as never);
      if (!result.ok) throw result.error;
      const saved = await recordCaseEvent(trx, kind, found.id, input.event, {
        state: result.snapshot.value,
        snapshot: result.snapshot,
        machineVersion: String(result.snapshot.machineVersion),
        expectedVersion: input.expectedVersion,
        columns: columnsOf(kind, result),
        now: recordedAt,
        recordedBy: actor.user.id,
      });
      stored = { ...found, state: result.snapshot.value, snapshot: result.snapshot, version: saved.version, columns: columnsOf(kind, result) };
    }
    await reevaluateStoredChild(trx, rules, child.child, todayOf(actor), actor.now);
    await appendAudit(trx, auditActorOf(actor), { action: `${kind}.event`, childId, detail: { caseId: stored.id, type: input.event.type, version: stored.version } }, actor.now);
    return viewOf(stored);
  });
}
