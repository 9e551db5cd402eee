// Recognises a write the database refused because another request saved the same thing first:
// a unique index or primary key already holds the row (two people opening a child's Active
// Offer at once, two reports of the same child going missing). The person is told someone else
// saved first, as for a stale version (409), never an unexplained 500.
import type { Bilingual } from '@cynnig/domain';

/** The reason carried in the problem document, beside the `stale-version` code. */
export const savedMeanwhileReason = 'conflict.saved-meanwhile';

export const savedMeanwhileDetail: Bilingual = {
  en: 'Someone else saved the same change at the same moment, so yours was not saved. Reload the page to see what is recorded now, then try again if it is still needed.',
  cy: 'Cadwodd rhywun arall yr un newid ar yr un pryd, felly ni chafodd eich newid chi ei gadw. Ail-lwythwch y dudalen i weld beth sydd wedi\'i gofnodi nawr, yna rhowch gynnig arall arni os oes angen o hyd.',
};

/** SQLite's extended result codes for a unique index or primary key that already holds the value. */
const sqliteUniqueCodes = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/** PostgreSQL's SQLSTATE for unique_violation. */
const postgresUniqueViolation = '23505';

export interface UniqueViolation {
  /** The index or constraint that refused the row, for the log (never shown to the person). */
  readonly constraint: string;
}

function violationOf(error: { code?: unknown; message?: unknown; constraint?: unknown }): UniqueViolation | null {
  const code = typeof error.code === 'string' ? error.code : '';
  if (code === postgresUniqueViolation) return { constraint: typeof error.constraint === 'string' ? error.constraint : 'unknown' };
  if (sqliteUniqueCodes.has(code)) {
    // better-sqlite3 says which columns: "UNIQUE constraint failed: active_offer_cases.child_id".
    const columns = typeof error.message === 'string' ? /constraint failed: (.+)$/.exec(error.message)?.[1] : undefined;
    return { constraint: columns ?? 'unknown' };
  }
  return null;
}

/** The unique index or key an error shows was violated, looking through its causes; null for any other error. */
export function uniqueViolationOf(error: unknown): UniqueViolation | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const found = violationOf(current as { code?: unknown; message?: unknown; constraint?: unknown });
    if (found) return found;
    const inner = current as { cause?: unknown; errors?: unknown[] };
    current = inner.cause ?? (Array.isArray(inner.errors) ? inner.errors[0] : undefined);
  }
  return null;
}
