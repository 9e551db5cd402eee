// A record of each file imported from a council's case system: what, when, by whom, and the
// counts, so the same file is recognised by its hash if it comes again.
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { fromJsonText, nowTimestamp, toJsonText } from '../database/column-values.js';
import type { Database, ImportsTable } from '../database/schema.js';

export interface ImportRecord {
  id: string;
  authorityCode: string;
  fileName: string;
  fileHash: string;
  status: 'started' | 'completed' | 'failed';
  counts: Record<string, number>;
  createdBy: string | null;
  createdAt: string;
}

function importFromRow(row: Selectable<ImportsTable>): ImportRecord {
  return {
    id: row.id,
    authorityCode: row.authority_code,
    fileName: row.file_name,
    fileHash: row.file_hash,
    status: row.status as ImportRecord['status'],
    counts: fromJsonText(row.counts, {}),
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}

export async function startImport(
  db: Kysely<Database>,
  input: { authorityCode: string; fileName: string; fileHash: string; createdBy: string | null; now?: string },
): Promise<ImportRecord> {
  const row = {
    id: randomUUID(),
    authority_code: input.authorityCode,
    file_name: input.fileName,
    file_hash: input.fileHash,
    status: 'started',
    counts: '{}',
    created_by: input.createdBy,
    created_at: input.now ?? nowTimestamp(),
  };
  await db.insertInto('imports').values(row).execute();
  return importFromRow(row);
}

export async function finishImport(db: Kysely<Database>, id: string, status: 'completed' | 'failed', counts: Record<string, number>): Promise<void> {
  await db.updateTable('imports').set({ status, counts: toJsonText(counts) }).where('id', '=', id).execute();
}

/** Earlier completed imports of the same file into the same authority. */
export async function findImportsByHash(db: Kysely<Database>, authorityCode: string, fileHash: string): Promise<ImportRecord[]> {
  const rows = await db.selectFrom('imports').selectAll().where('authority_code', '=', authorityCode).where('file_hash', '=', fileHash).orderBy('created_at').execute();
  return rows.map(importFromRow);
}

export async function listImports(db: Kysely<Database>, authorityCode: string, limit = 50): Promise<ImportRecord[]> {
  const rows = await db.selectFrom('imports').selectAll().where('authority_code', '=', authorityCode).orderBy('created_at', 'desc').limit(limit).execute();
  return rows.map(importFromRow);
}
