// A fingerprint of what the database holds, to prove a rejected request wrote nothing: row
// counts and a hash of every row of the tables a request could change. The audit log and
// sessions are left out: reading is audited by design, and sessions note activity.
import { createHash } from 'node:crypto';
import type { Database } from '@cynnig/data';
import type { Kysely } from 'kysely';

const watched = [
  'children', 'entitlements', 'placements', 'allocations', 'life_events', 'reviews',
  'active_offer_cases', 'active_offer_events', 'missing_episodes', 'missing_episode_events',
  'oversight_cases', 'oversight_events', 'offer_rounds', 'due_items', 'users',
  'idempotency_keys', 'rule_parameter_overrides', 'advocacy_providers',
] as const;

export async function databaseFingerprint(db: Kysely<Database>): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of watched) {
    const rows = await (db as unknown as Kysely<Record<string, Record<string, unknown>>>).selectFrom(table).selectAll().execute();
    const lines = rows.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : 1)))).sort();
    result[table] = `${rows.length}:${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16)}`;
  }
  return result;
}
