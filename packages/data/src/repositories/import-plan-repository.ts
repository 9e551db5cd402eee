// Applies an import plan from a council's case system in one transaction: each planned row is
// inserted when new, updated when its content differs, and left alone when it is the same, so
// importing the same file again changes nothing (no row, version or timestamp moves).
import { CynnigError, type Allocation, type Child, type Entitlement, type MissingEpisodeSummary, type Placement, type Review } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { nowTimestamp, toFlag, toJsonText, toStoredTimestamp } from '../database/column-values.js';
import type { Database } from '../database/schema.js';
import { transaction } from '../database/transaction.js';
import type { SnapshotOf } from '../population/write-population.js';
import { allocationColumns } from './allocation-repository.js';
import { childColumns, newPseudonym } from './child-repository.js';
import { entitlementColumns } from './entitlement-repository.js';
import { importedMissingEpisodeEvents } from './imported-missing-episode.js';
import { placementColumns } from './placement-repository.js';
import { reviewColumns } from './review-repository.js';

/** One planned row: the shape `planImport` in @cynnig/monitoring produces. */
export interface ImportPlanRow<T> {
  readonly key: string;
  readonly caseReference: string;
  readonly line: number;
  readonly value: T;
}

/** The rows to apply, by kind (structurally the monitoring package's `ImportPlan`). */
export interface ImportPlanRows {
  readonly authorityCode: string;
  readonly children: readonly ImportPlanRow<Child>[];
  readonly entitlements: readonly ImportPlanRow<Entitlement>[];
  readonly placements: readonly ImportPlanRow<Placement>[];
  readonly allocations: readonly ImportPlanRow<Allocation>[];
  readonly reviews: readonly ImportPlanRow<Review>[];
  readonly missingEpisodes: readonly ImportPlanRow<MissingEpisodeSummary>[];
}

export type ImportedKind = 'children' | 'entitlements' | 'placements' | 'allocations' | 'reviews' | 'missingEpisodes';

export interface ImportKindCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface AppliedImport {
  readonly counts: Readonly<Record<ImportedKind, ImportKindCounts>>;
  /** Children with anything inserted or updated: their rules need running again. */
  readonly changedChildIds: readonly string[];
}

export interface ApplyImportOptions {
  /** The workflow engine's view of an imported missing episode's events (the API replays them). */
  readonly snapshotOf?: SnapshotOf;
  readonly now?: string;
}

/** What the import needs to know about an authority: its children by case reference and its staff. */
export interface AuthorityImportContext {
  readonly knownChildren: ReadonlyMap<string, string>;
  /**
   * Users of the authority by the reference a case system may use for them. The users table has
   * no staff reference yet, so a worker is matched by their email address (in any case).
   */
  readonly staff: ReadonlyMap<string, string>;
}

export async function authorityImportContext(db: Kysely<Database>, authorityCode: string): Promise<AuthorityImportContext> {
  const children = await db.selectFrom('children').select(['id', 'case_reference']).where('authority_code', '=', authorityCode).execute();
  const users = await db.selectFrom('users').select(['id', 'email']).where('authority_code', '=', authorityCode).where('active', '=', 1).execute();
  return {
    knownChildren: new Map(children.map((row) => [row.case_reference, row.id])),
    staff: new Map(users.flatMap((row) => [[row.email, row.id], [row.email.toUpperCase(), row.id]] as [string, string][])),
  };
}

/** Stored and planned values compared as the two engines return them (numbers may come back as text). */
function sameValue(stored: unknown, planned: unknown): boolean {
  if (stored === null || stored === undefined || planned === null || planned === undefined) return (stored ?? null) === (planned ?? null);
  if (typeof planned === 'number') return Number(stored) === planned;
  return String(stored) === String(planned);
}

function differs(stored: Record<string, unknown>, planned: Record<string, unknown>): boolean {
  return Object.keys(planned).some((column) => !sameValue(stored[column], planned[column]));
}

async function storedById(db: Kysely<any>, table: string, ids: readonly string[]): Promise<Map<string, Record<string, unknown>>> {
  const found = new Map<string, Record<string, unknown>>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = (await db.selectFrom(table).selectAll().where('id', 'in', ids.slice(start, start + 500)).execute()) as Record<string, unknown>[];
    for (const row of rows) found.set(String(row['id']), row);
  }
  return found;
}

async function insertRows(db: Kysely<any>, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.floor(20_000 / Object.keys(rows[0]!).length));
  for (let start = 0; start < rows.length; start += perStatement) await db.insertInto(table).values(rows.slice(start, start + perStatement)).execute();
}

/**
 * What identifies a fact whatever its id: a fact entered in the forms app has a random id, the
 * same fact from the council's file a minted one, so a row is matched on these columns when its
 * id is not found (the natural keys planImport uses, README "Natural keys").
 */
interface FactKind {
  readonly table: 'entitlements' | 'placements' | 'allocations' | 'reviews';
  readonly keyColumns: readonly string[];
  /** The fact and its key in words, for the message when two stored rows share a key. */
  readonly what: { readonly en: string; readonly cy: string };
  readonly sameKey: { readonly en: string; readonly cy: string };
  /** Columns a file leaving them empty must not clear (a note written in Cynnig stays). */
  readonly keptWhenEmpty?: readonly string[];
}

const factKinds: Readonly<Record<FactKind['table'], FactKind>> = {
  entitlements: { table: 'entitlements', keyColumns: ['child_id', 'basis', 'start_on'], what: { en: 'entitlement', cy: 'hawl' }, sameKey: { en: 'basis and start date', cy: 'sail a dyddiad dechrau' } },
  placements: { table: 'placements', keyColumns: ['child_id', 'start_on'], what: { en: 'placement', cy: 'lleoliad' }, sameKey: { en: 'start date', cy: 'dyddiad dechrau' } },
  allocations: { table: 'allocations', keyColumns: ['child_id', 'role', 'start_on'], what: { en: 'allocation', cy: 'dyraniad' }, sameKey: { en: 'role and start date', cy: 'rôl a dyddiad dechrau' } },
  reviews: { table: 'reviews', keyColumns: ['child_id', 'held_on'], what: { en: 'review', cy: 'adolygiad' }, sameKey: { en: 'date held', cy: 'dyddiad cynnal' }, keptWhenEmpty: ['note'] },
};

const keyOf = (row: Record<string, unknown>, columns: readonly string[]) => columns.map((column) => String(row[column] ?? '')).join('\u001f');

async function storedByNaturalKey(db: Kysely<any>, kind: FactKind, childIds: readonly string[]): Promise<Map<string, Record<string, unknown>[]>> {
  const found = new Map<string, Record<string, unknown>[]>();
  const unique = [...new Set(childIds)];
  for (let start = 0; start < unique.length; start += 500) {
    const rows = (await db.selectFrom(kind.table).selectAll().where('child_id', 'in', unique.slice(start, start + 500)).execute()) as Record<string, unknown>[];
    for (const row of rows) {
      const key = keyOf(row, kind.keyColumns);
      found.set(key, [...(found.get(key) ?? []), row]);
    }
  }
  return found;
}

/**
 * Upserts plain fact rows (entitlements, placements, allocations, reviews): each is matched by
 * its id, or else by its natural key (so a fact first entered in Cynnig is updated, never
 * duplicated), inserted when neither matches, and rewritten only when a column differs. Two
 * stored rows sharing the key cannot be told apart: the import stops and says which line.
 */
async function upsertFacts(db: Kysely<any>, kind: FactKind, planned: readonly { line: number; columns: Record<string, unknown> }[], changed: Set<string>): Promise<ImportKindCounts> {
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const stored = await storedById(db, kind.table, planned.map((row) => String(row.columns['id'])));
  const byKey = await storedByNaturalKey(db, kind, planned.map((row) => String(row.columns['child_id'])));
  const fresh: Record<string, unknown>[] = [];
  for (const { line, columns } of planned) {
    let existing = stored.get(String(columns['id']));
    if (!existing) {
      const matches = byKey.get(keyOf(columns, kind.keyColumns)) ?? [];
      if (matches.length > 1) {
        throw new CynnigError({
          code: 'import.matches-two-rows',
          message: {
            en: `Line ${line}: Cynnig holds ${matches.length} of this child's ${kind.what.en} records with the same ${kind.sameKey.en}, so which one this row is cannot be told; remove the duplicate in Cynnig, then import again`,
            cy: `Llinell ${line}: mae gan Cynnig ${matches.length} o gofnodion ${kind.what.cy} y plentyn hwn gyda'r un ${kind.sameKey.cy}, felly ni ellir dweud pa un yw'r rhes hon; tynnwch y dyblyg yn Cynnig, yna mewnforio eto`,
          },
          path: [kind.table, line],
        });
      }
      existing = matches[0];
    }
    if (!existing) {
      fresh.push(columns);
      changed.add(String(columns['child_id']));
      counts.inserted += 1;
      continue;
    }
    // The stored row keeps its own id; what the file leaves empty does not clear a kept column.
    const { id: _plannedId, ...wanted } = columns;
    for (const column of kind.keptWhenEmpty ?? []) if (wanted[column] === null && existing[column] !== null && existing[column] !== undefined) delete wanted[column];
    if (differs(existing, wanted)) {
      await db.updateTable(kind.table).set(wanted).where('id', '=', existing['id']).execute();
      changed.add(String(columns['child_id']));
      counts.updated += 1;
    } else counts.unchanged += 1;
  }
  await insertRows(db, kind.table, fresh);
  return counts;
}

function missingEpisodeColumns(summary: MissingEpisodeSummary) {
  return {
    kind: summary.kind,
    risk_grade: summary.riskGrade,
    started_at: toStoredTimestamp(summary.startedAt),
    ended_at: summary.endedAt === null ? null : toStoredTimestamp(summary.endedAt),
    conversation_offered_at: summary.conversationOfferedAt === null ? null : toStoredTimestamp(summary.conversationOfferedAt),
    conversation_held_at: summary.conversationHeldAt === null ? null : toStoredTimestamp(summary.conversationHeldAt),
    conversation_declined: toFlag(summary.conversationDeclined),
    exploitation_indicators: toJsonText(summary.exploitationIndicators),
  };
}

/** Without a workflow engine an imported episode's case is stored with the state its last event leads to. */
const importedStateAfter: Readonly<Record<string, string>> = {
  REPORTED: 'missing', RETURNED: 'returned', CONVERSATION_OFFERED: 'conversationOffered', CONVERSATION_ACCEPTED: 'conversationAccepted',
  CONVERSATION_HELD: 'conversationHeld', CONVERSATION_DECLINED: 'conversationDeclined',
};
const unreplayedImport: SnapshotOf = (_kind, events) => {
  const last = events[events.length - 1] as { type: string } | undefined;
  return { state: importedStateAfter[last?.type ?? 'REPORTED'] ?? 'missing', snapshot: { unreplayed: true, imported: true }, machineVersion: 'unreplayed' };
};

/**
 * Applies the plan inside one transaction (joining the caller's when there is one). Children are
 * matched by id (the plan carries the id of a child Cynnig already holds); a changed child's
 * version goes up by one. Other facts are matched by id or natural key (see `upsertFacts`), so
 * importing a fact first entered in Cynnig updates it instead of adding a second. A missing
 * episode Cynnig already holds (same id, or the same child and start) is kept as Cynnig
 * recorded it: its workflow case and event log are the record, and an import never rewrites history.
 */
export async function applyImportPlan(db: Kysely<Database>, plan: ImportPlanRows, options: ApplyImportOptions = {}): Promise<AppliedImport> {
  const now = options.now ?? nowTimestamp();
  const snapshotOf = options.snapshotOf ?? unreplayedImport;
  return transaction(db, async (trx) => {
    const anyTrx = trx as unknown as Kysely<any>;
    const changed = new Set<string>();
    const childCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const storedChildren = await storedById(anyTrx, 'children', plan.children.map((row) => row.value.id));
    const freshChildren: Record<string, unknown>[] = [];
    for (const { value: child } of plan.children) {
      const columns = childColumns(child);
      const existing = storedChildren.get(child.id);
      if (!existing) {
        freshChildren.push({ id: child.id, ...columns, pseudonym: newPseudonym(), next_due_on: null, version: 1, created_at: now, updated_at: now });
        childCounts.inserted += 1;
        changed.add(child.id);
      } else if (differs(existing, columns)) {
        await anyTrx.updateTable('children').set({ ...columns, version: Number(existing['version']) + 1, updated_at: now }).where('id', '=', child.id).execute();
        childCounts.updated += 1;
        changed.add(child.id);
      } else childCounts.unchanged += 1;
    }
    await insertRows(anyTrx, 'children', freshChildren);

    const entitlements = await upsertFacts(anyTrx, factKinds.entitlements, plan.entitlements.map((row) => ({ line: row.line, columns: entitlementColumns(row.value) })), changed);
    const placements = await upsertFacts(anyTrx, factKinds.placements, plan.placements.map((row) => ({ line: row.line, columns: placementColumns(row.value) })), changed);
    const allocations = await upsertFacts(anyTrx, factKinds.allocations, plan.allocations.map((row) => ({ line: row.line, columns: allocationColumns(row.value) })), changed);
    const reviews = await upsertFacts(anyTrx, factKinds.reviews, plan.reviews.map((row) => ({ line: row.line, columns: reviewColumns(row.value) })), changed);

    const episodeCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const storedEpisodes = await storedById(anyTrx, 'missing_episodes', plan.missingEpisodes.map((row) => row.value.id));
    // An episode recorded in Cynnig (a random id) is the same episode when the child and the
    // moment it started are the same: it is kept as recorded.
    for (const episode of await storedMissingEpisodeTimes(trx, plan.missingEpisodes.map((row) => row.value.childId))) {
      for (const row of plan.missingEpisodes) {
        if (row.value.childId === episode.childId && Date.parse(row.value.startedAt) === Date.parse(episode.startedAt)) storedEpisodes.set(row.value.id, { id: episode.id });
      }
    }
    const episodeChildren = plan.missingEpisodes.filter((row) => !storedEpisodes.has(row.value.id)).map((row) => row.value.childId);
    const births = new Map<string, { dateOfBirth: string; authorityCode: string }>();
    for (let start = 0; start < episodeChildren.length; start += 500) {
      const rows = await trx.selectFrom('children').select(['id', 'date_of_birth', 'authority_code']).where('id', 'in', episodeChildren.slice(start, start + 500)).execute();
      for (const row of rows) births.set(row.id, { dateOfBirth: row.date_of_birth, authorityCode: row.authority_code });
    }
    const episodeRows: Record<string, unknown>[] = [];
    const eventRows: Record<string, unknown>[] = [];
    for (const { value: summary } of plan.missingEpisodes) {
      if (storedEpisodes.has(summary.id)) {
        episodeCounts.unchanged += 1;
        continue;
      }
      const child = births.get(summary.childId);
      if (!child) throw new Error(`imported missing episode for a child that is not stored: ${summary.childId}`);
      const events = importedMissingEpisodeEvents(summary);
      const others = plan.missingEpisodes.filter((row) => row.value.childId === summary.childId && row.value.id !== summary.id).map((row) => ({ id: row.value.id, startedAt: row.value.startedAt, endedAt: row.value.endedAt }));
      const { state, snapshot, machineVersion } = snapshotOf('missing-episode', events, { caseId: summary.id, childId: summary.childId, dateOfBirth: child.dateOfBirth, otherEpisodes: others });
      episodeRows.push({
        id: summary.id, child_id: summary.childId, authority_code: child.authorityCode, state, snapshot: toJsonText(snapshot), machine_version: String(machineVersion),
        version: events.length, created_at: now, updated_at: now, ...missingEpisodeColumns(summary),
      });
      events.forEach((event, index) => eventRows.push({ case_id: summary.id, sequence: index + 1, type: event.type, payload: toJsonText(event), recorded_at: now, recorded_by: null }));
      episodeCounts.inserted += 1;
      changed.add(summary.childId);
    }
    await insertRows(anyTrx, 'missing_episodes', episodeRows);
    await insertRows(anyTrx, 'missing_episode_events', eventRows);

    return {
      counts: { children: childCounts, entitlements, placements, allocations, reviews, missingEpisodes: episodeCounts },
      changedChildIds: [...changed].sort(),
    };
  });
}

export interface StoredEpisodeTimes {
  readonly id: string;
  readonly childId: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
}

/** The missing episodes Cynnig holds for these children, for checking imported ones against. */
export async function storedMissingEpisodeTimes(db: Kysely<Database>, childIds: readonly string[]): Promise<StoredEpisodeTimes[]> {
  const found: StoredEpisodeTimes[] = [];
  const unique = [...new Set(childIds)];
  for (let start = 0; start < unique.length; start += 500) {
    const rows = await db.selectFrom('missing_episodes').select(['id', 'child_id', 'started_at', 'ended_at']).where('child_id', 'in', unique.slice(start, start + 500)).execute();
    for (const row of rows) found.push({ id: row.id, childId: row.child_id, startedAt: row.started_at, endedAt: row.ended_at });
  }
  return found;
}
