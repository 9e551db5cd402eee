// Sign-in rate limiting kept in the database, so several API processes agree: failed attempts
// are audit records, counted per source address over the lockout window; per account, the
// data layer counts failures and locks the account for SIGN_IN_LOCKOUT_MINUTES.
import { countAuditEntriesSince, type Database } from '@cynnig/data';
import type { Kysely } from 'kysely';
import { hashToken } from './session-token.js';

/** A source address as kept in the audit log: a short hash, never the address itself. */
export function sourceKey(address: string): string {
  return hashToken(`source:${address}`).slice(0, 16);
}

/** Attempts from one address allowed per window: enough for a shared office, not for guessing. */
export function addressLimit(accountLimit: number): number {
  return accountLimit * 4;
}

/** Failed sign-ins from one source address since a moment, counted in the audit log. */
export async function failuresFromSource(db: Kysely<Database>, key: string, since: Date): Promise<number> {
  return countAuditEntriesSince(db, { action: 'sign-in.failed', since: since.toISOString(), detail: { source: key } });
}
