// The audit log: who read or changed what, when, in which scope. Append-only: the database
// refuses updates and deletes (see migrations/append-only.ts), so this module only adds and reads.
import type { Kysely, Selectable } from 'kysely';
import { fromJsonText, nowTimestamp, toJsonText } from '../database/column-values.js';
import type { AuditLogTable, Database } from '../database/schema.js';

export interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  role: string | null;
  scope: string;
  /** What happened, e.g. 'child.read', 'active-offer.referred', 'user.created'. */
  action: string;
  childId: string | null;
  requestId: string | null;
  /** Ids and codes only: never names or free text about a child. */
  detail: Record<string, unknown>;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at' | 'detail'> & { at?: string; detail?: Record<string, unknown> };

function auditFromRow(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: Number(row.id),
    at: row.at,
    userId: row.user_id,
    role: row.role,
    scope: row.scope,
    action: row.action,
    childId: row.child_id,
    requestId: row.request_id,
    detail: fromJsonText(row.detail, {}),
  };
}

export async function appendAudit(db: Kysely<Database>, entry: NewAuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: entry.at ?? nowTimestamp(),
      user_id: entry.userId,
      role: entry.role,
      scope: entry.scope,
      action: entry.action,
      child_id: entry.childId,
      request_id: entry.requestId,
      detail: toJsonText(entry.detail ?? {}),
    })
    .execute();
}

/**
 * Appends several entries in one statement per 500 (a search that reads many children records
 * one entry per child); inside the caller's transaction when `db` is one, so the audit record
 * commits with the write it describes.
 */
export async function appendAuditEntries(db: Kysely<Database>, entries: readonly NewAuditEntry[]): Promise<void> {
  for (let start = 0; start < entries.length; start += 500) {
    await db
      .insertInto('audit_log')
      .values(
        entries.slice(start, start + 500).map((entry) => ({
          at: entry.at ?? nowTimestamp(),
          user_id: entry.userId,
          role: entry.role,
          scope: entry.scope,
          action: entry.action,
          child_id: entry.childId,
          request_id: entry.requestId,
          detail: toJsonText(entry.detail ?? {}),
        })),
      )
      .execute();
  }
}

/**
 * How many entries of one action, with exactly this detail, were made since a moment: the API
 * counts failed sign-ins from one source address this way, so every API process sees the same
 * count. `detail` is compared as stored, so pass its keys in the order they were written.
 */
export async function countAuditEntriesSince(db: Kysely<Database>, { action, since, detail }: { action: string; since: string; detail?: Record<string, unknown> }): Promise<number> {
  let query = db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('count')).where('action', '=', action).where('at', '>=', since);
  if (detail !== undefined) query = query.where('detail', '=', toJsonText(detail));
  const row = await query.executeTakeFirst();
  return Number(row?.count ?? 0);
}

export interface AuditQuery {
  /** Entries made in the authority's scope or about its children. */
  authorityCode?: string;
  childId?: string;
  userId?: string;
  action?: string;
  /** Inclusive bounds on `at` (UTC ISO text). */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

/** Audit entries, newest first, a page at a time. */
export async function listAudit(db: Kysely<Database>, query: AuditQuery = {}): Promise<{ items: AuditEntry[]; total: number }> {
  let base = db.selectFrom('audit_log');
  if (query.authorityCode) {
    const code = query.authorityCode;
    base = base.where((eb) =>
      eb.or([eb('audit_log.scope', '=', `authority:${code}`), eb('audit_log.child_id', 'in', eb.selectFrom('children').select('children.id').where('children.authority_code', '=', code))]),
    );
  }
  if (query.childId) base = base.where('audit_log.child_id', '=', query.childId);
  if (query.userId) base = base.where('audit_log.user_id', '=', query.userId);
  if (query.action) base = base.where('audit_log.action', '=', query.action);
  if (query.from) base = base.where('audit_log.at', '>=', query.from);
  if (query.to) base = base.where('audit_log.at', '<=', query.to);
  const limit = Math.min(Math.max(query.limit ?? 100, 1), 1000);
  const [rows, count] = await Promise.all([
    base.selectAll('audit_log').orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).offset(Math.max(query.offset ?? 0, 0)).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(auditFromRow), total: Number(count.total) };
}
