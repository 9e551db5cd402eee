// Missing episodes as their summaries: the columns kept beside each episode's snapshot.
// The episode itself is a workflow case (see workflow-case-repository).
import type { MissingEpisodeSummary } from '@cynnig/domain';
import type { Kysely, Selectable } from 'kysely';
import { fromFlag, fromJsonText } from '../database/column-values.js';
import type { Database, MissingEpisodesTable } from '../database/schema.js';
import type { Scope } from '../scope.js';
import { childIsInScope, seesChildFacts } from './child-facts-scope.js';

export function missingEpisodeSummaryFromRow(row: Selectable<MissingEpisodesTable>): MissingEpisodeSummary {
  return {
    id: row.id,
    childId: row.child_id,
    kind: row.kind as MissingEpisodeSummary['kind'],
    riskGrade: row.risk_grade as MissingEpisodeSummary['riskGrade'],
    startedAt: row.started_at,
    endedAt: row.ended_at,
    conversationOfferedAt: row.conversation_offered_at,
    conversationHeldAt: row.conversation_held_at,
    conversationDeclined: fromFlag(row.conversation_declined),
    exploitationIndicators: fromJsonText(row.exploitation_indicators, []),
  };
}

export async function listMissingEpisodes(db: Kysely<Database>, scope: Scope, childId: string): Promise<MissingEpisodeSummary[]> {
  if (!seesChildFacts(scope) || !(await childIsInScope(db, scope, childId))) return [];
  const rows = await db.selectFrom('missing_episodes').selectAll().where('child_id', '=', childId).orderBy('started_at').orderBy('id').execute();
  return rows.map(missingEpisodeSummaryFromRow);
}

/** The child's open episode (not yet returned), if any: there is at most one. */
export async function findOpenMissingEpisode(db: Kysely<Database>, scope: Scope, childId: string): Promise<MissingEpisodeSummary | undefined> {
  return (await listMissingEpisodes(db, scope, childId)).find((episode) => episode.endedAt === null);
}
