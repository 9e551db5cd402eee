// Migration 0005: a child can have at most one open missing episode (one not yet returned), held
// by the database itself. The service already refuses a report while an episode is open, but on
// PostgreSQL two reports made at the same moment each read "no open episode" and both were saved;
// with this index the second is refused and the API answers 409.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  const doubled = await db
    .selectFrom('missing_episodes')
    .select('child_id')
    .where('ended_at', 'is', null)
    .groupBy('child_id')
    .having(sql`count(*)`, '>', 1)
    .execute();
  if (doubled.length > 0) {
    const who = doubled.length === 1 ? '1 child has' : `${doubled.length} children have`;
    throw new Error(
      `${who} more than one open missing episode (for example ${String(doubled[0]?.child_id)}): record the return of each child's earlier open episodes, then migrate again`,
    );
  }
  await db.schema.createIndex('missing_episodes_one_open_per_child').on('missing_episodes').column('child_id').unique().where(sql.ref('ended_at'), 'is', null).execute();
}
