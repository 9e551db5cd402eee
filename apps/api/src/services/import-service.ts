// Importing a file from a council's case system: the monitoring package plans it (every row
// checked with the shared schemas, a bilingual report), then the data layer applies the plan in
// one transaction with the changed children's rules run again and every write audited.
// All or nothing unless valid rows are kept on purpose; a dry run writes nothing at all.
import { createHash } from 'node:crypto';
import { applyImportPlan, authorityImportContext, finishImport, startImport, storedMissingEpisodeTimes, transaction, type AppliedImport, type Database, type SnapshotOf } from '@cynnig/data';
import type { Bilingual } from '@cynnig/domain';
import { importFileKinds, importFileTypes, planImport, type ImportFileKind, type ImportIssue, type ImportPlan, type ImportProgress, type ImportResult, type ImportSource } from '@cynnig/monitoring';
import { replay } from '@cynnig/workflows';
import type { Kysely } from 'kysely';
import { appendAudit, type AuditActor } from '../audit/audit-trail.js';
import { reopenActiveOfferIfEntitledAgain } from './active-offer-restart.js';
import { reevaluateChild, type ChildRules } from './child-rules.js';

export { importFileKinds, type ImportFileKind };

export function isImportFileKind(value: string): value is ImportFileKind {
  return (importFileKinds as readonly string[]).includes(value);
}

export interface ImportRequest {
  readonly authorityCode: string;
  readonly fileType: ImportFileKind;
  readonly source: ImportSource;
  readonly sizeBytes?: number | null;
  /** Keep the valid rows when some fail (off by default: any error and nothing is written). */
  readonly acceptValidRows?: boolean;
  /** Check the file and report, writing nothing. */
  readonly dryRun?: boolean;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** The file's SHA-256 when the caller streams it (worked out here for text). */
  readonly fileHash?: string;
}

export interface ImportReportError {
  readonly line: number | null;
  readonly column: string | null;
  readonly code: string;
  readonly message: Bilingual;
}

export interface ImportReport {
  readonly fileType: ImportFileKind;
  readonly fileName: string;
  readonly dryRun: boolean;
  /** True when rows were applied to the database (even if every one was already the same). */
  readonly written: boolean;
  readonly rowsRead: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly heldBack: number;
  readonly refused: boolean;
  /** What applying the plan did, by kind of row; null when nothing was applied. */
  readonly applied: AppliedImport['counts'] | null;
  readonly childrenChanged: number;
  readonly summary: Bilingual;
  readonly errors: readonly ImportReportError[];
}

/** An imported missing episode's case is replayed through the workflow engine like any other. */
const missingEpisodeSnapshot: SnapshotOf = (kind, events, context) => {
  const result = replay('missing-episode', events, { episodeId: context.caseId, childId: context.childId, dateOfBirth: context.dateOfBirth, otherEpisodes: context.otherEpisodes } as never);
  if (result.ok) return { state: String(result.snapshot.value), snapshot: result.snapshot, machineVersion: String(result.snapshot.machineVersion) };
  // The case system's summary holds steps the engine would not take in that order: the summary is kept, marked as not replayed.
  const last = (events[events.length - 1] as { type?: string } | undefined)?.type ?? 'REPORTED';
  return { state: last === 'REPORTED' ? 'missing' : 'returned', snapshot: { unreplayed: true, imported: true, kind, reason: result.error.code }, machineVersion: 'unreplayed' };
};

/** The file's SHA-256, recorded with the import so the same file is recognised if it comes again. */
function fileHashOf(request: ImportRequest): string {
  if (request.fileHash) return request.fileHash;
  return typeof request.source === 'string' ? createHash('sha256').update(request.source).digest('hex') : 'not-hashed';
}

/**
 * Episodes in the plan that overlap an episode Cynnig already holds for the same child (one
 * recorded in Cynnig, or imported before with other times): England's rule that a child's
 * episodes never overlap holds across the two, which the files alone cannot check.
 */
async function overlapsWithRecorded(db: Kysely<Database>, plan: ImportPlan): Promise<{ issues: ImportIssue[]; lines: Set<number> }> {
  const stored = await storedMissingEpisodeTimes(db, plan.missingEpisodes.map((row) => row.value.childId));
  const issues: ImportIssue[] = [];
  const lines = new Set<number>();
  const end = (moment: string | null) => (moment === null ? Number.POSITIVE_INFINITY : Date.parse(moment));
  for (const row of plan.missingEpisodes) {
    const episode = row.value;
    // The same episode (same id, or the same child and start: one recorded in Cynnig) is no clash: it is kept as recorded.
    const same = (other: (typeof stored)[number]) => other.id === episode.id || Date.parse(other.startedAt) === Date.parse(episode.startedAt);
    const clash = stored.find((other) => other.childId === episode.childId && !same(other) && Date.parse(episode.startedAt) < end(other.endedAt) && Date.parse(other.startedAt) < end(episode.endedAt));
    if (!clash) continue;
    lines.add(row.line);
    issues.push({
      file: 'missing-episodes',
      line: row.line,
      column: 'started_at',
      code: 'import.episode-overlaps-recorded',
      message: {
        en: `Line ${row.line}, started_at: this episode overlaps one Cynnig already holds for the child; a child's episodes must not overlap, so correct the times or record the episode in Cynnig`,
        cy: `Llinell ${row.line}, started_at: mae'r cyfnod hwn yn gorgyffwrdd ag un sydd gan Cynnig eisoes ar gyfer y plentyn; ni ddylai cyfnodau plentyn orgyffwrdd, felly cywirwch yr amseroedd neu cofnodwch y cyfnod yn Cynnig`,
      },
      path: ['missing-episodes', row.line, 'started_at'],
    });
  }
  return { issues, lines };
}

/** The plan and report once rows refused by the database's own checks are taken out. */
function withRecordedChecks(result: ImportResult, refused: { issues: ImportIssue[]; lines: Set<number> }, acceptValidRows: boolean): { result: ImportResult; extra: { rejected: number; heldBack: number; accepted: number } } {
  const file = result.summary.files[0]!;
  if (refused.issues.length === 0) return { result, extra: { rejected: file.rejected, heldBack: file.heldBack, accepted: file.accepted } };
  const rejected = file.rejected + refused.lines.size;
  const kept = file.accepted - refused.lines.size;
  const plan: ImportPlan = acceptValidRows
    ? { ...result.plan, missingEpisodes: result.plan.missingEpisodes.filter((row) => !refused.lines.has(row.line)) }
    : { ...result.plan, children: [], entitlements: [], placements: [], allocations: [], reviews: [], missingEpisodes: [] };
  const note = acceptValidRows
    ? { en: `${refused.lines.size} of the episodes overlap episodes Cynnig already holds and will not be imported.`, cy: `Mae ${refused.lines.size} o'r cyfnodau yn gorgyffwrdd â chyfnodau sydd gan Cynnig eisoes ac ni fyddant yn cael eu mewnforio.` }
    : { en: `Nothing will be imported: ${refused.lines.size} of the episodes overlap episodes Cynnig already holds.`, cy: `Ni fydd dim yn cael ei fewnforio: mae ${refused.lines.size} o'r cyfnodau yn gorgyffwrdd â chyfnodau sydd gan Cynnig eisoes.` };
  const issues = [...result.issues, ...refused.issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return {
    result: { plan, issues, summary: { ...result.summary, text: { en: `${note.en}\n${result.summary.text.en}`, cy: `${note.cy}\n${result.summary.text.cy}` } } },
    extra: { rejected, accepted: acceptValidRows ? kept : 0, heldBack: acceptValidRows ? file.heldBack : file.heldBack + kept },
  };
}

/**
 * Plans and (unless it is a dry run or an error stops it) applies one file for one authority.
 *
 * ```ts
 * const report = await importFile(db, rules, auditActor, { authorityCode: 'W06000015', fileType: 'children', source: csvText }, new Date(), '2025-10-01');
 * ```
 */
export async function importFile(db: Kysely<Database>, rules: ChildRules, who: AuditActor & { userId: string | null }, request: ImportRequest, now: Date, today: string): Promise<ImportReport> {
  const context = await authorityImportContext(db, request.authorityCode);
  const fromFiles = await planImport({
    authorityCode: request.authorityCode,
    files: [{ kind: request.fileType, source: request.source, sizeBytes: request.sizeBytes ?? null }],
    knownChildren: context.knownChildren,
    staff: context.staff,
    acceptValidRows: request.acceptValidRows ?? false,
    ...(request.onProgress ? { onProgress: request.onProgress } : {}),
  });
  const checked = withRecordedChecks(fromFiles, await overlapsWithRecorded(db, fromFiles.plan), request.acceptValidRows ?? false);
  const result = checked.result;
  const file = { ...result.summary.files[0]!, ...checked.extra };
  const planned = [result.plan.children, result.plan.entitlements, result.plan.placements, result.plan.allocations, result.plan.reviews, result.plan.missingEpisodes].reduce((sum, rows) => sum + rows.length, 0);
  const base = {
    fileType: request.fileType,
    fileName: importFileTypes[request.fileType].layout.fileName,
    dryRun: request.dryRun ?? false,
    rowsRead: file.rowsRead,
    accepted: file.accepted,
    rejected: file.rejected,
    heldBack: file.heldBack,
    refused: file.refused,
    summary: result.summary.text,
    errors: result.issues.map((issue) => ({ line: issue.line, column: issue.column, code: issue.code, message: issue.message })),
  };
  const detail = { fileType: request.fileType, rowsRead: file.rowsRead, accepted: file.accepted, rejected: file.rejected, dryRun: base.dryRun };
  if (base.dryRun || planned === 0) {
    await appendAudit(db, who, { action: base.dryRun ? 'import.checked' : 'import.refused', detail }, now);
    return { ...base, written: false, applied: null, childrenChanged: 0 };
  }

  const fileHash = fileHashOf(request);
  return transaction(db, async (trx) => {
    const record = await startImport(trx, { authorityCode: request.authorityCode, fileName: base.fileName, fileHash, createdBy: who.userId, now: now.toISOString() });
    const applied = await applyImportPlan(trx, result.plan, { snapshotOf: missingEpisodeSnapshot, now: now.toISOString() });
    for (const childId of applied.changedChildIds) {
      // a new entitlement for a child whose Active Offer case had closed opens the case again
      await reopenActiveOfferIfEntitledAgain(trx, who, childId, today, now);
      await reevaluateChild(trx, rules, childId, today, now);
    }
    const totals = Object.fromEntries(Object.entries(applied.counts).flatMap(([kind, counts]) => [[`${kind}.inserted`, counts.inserted], [`${kind}.updated`, counts.updated], [`${kind}.unchanged`, counts.unchanged]]));
    await finishImport(trx, record.id, 'completed', { rowsRead: file.rowsRead, accepted: file.accepted, rejected: file.rejected, ...totals });
    await appendAudit(trx, who, [
      { action: 'import.applied', detail: { ...detail, importId: record.id, childrenChanged: applied.changedChildIds.length } },
      ...applied.changedChildIds.map((childId) => ({ action: 'import.child-written', childId, detail: { importId: record.id, fileType: request.fileType } })),
    ], now);
    return { ...base, written: true, applied: applied.counts, childrenChanged: applied.changedChildIds.length };
  });
}
