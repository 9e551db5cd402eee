// Migration 0007: a child's due items by audience and date, so "the earliest item for the
// provider on this child" (a column of the provider's inbox) is one index lookup per referral.
// Without it SQLite answered that by walking every provider item in Wales in date order for each
// line of the inbox (over half a second for a provider's inbox on the Wales population).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('due_items_by_child_for_provider').on('due_items').columns(['child_id', 'for_provider', 'due_on']).execute();
}
