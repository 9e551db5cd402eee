// Life events a social worker records (or a case system import brings): placement moves,
// school moves, complaints... Many are re-offer triggers; the rules decide which.
import { randomUUID } from 'node:crypto';
import { lifeEventSchema, type LifeEvent } from '@cynnig/domain';
import type { Kysely, Selectable } from 'kysely';
import type { Database, LifeEventsTable } from '../database/schema.js';
import type { Scope } from '../scope.js';
import { childIsInScope, seesChildFacts } from './child-facts-scope.js';

export function lifeEventFromRow(row: Selectable<LifeEventsTable>): LifeEvent {
  return { id: row.id, childId: row.child_id, kind: row.kind as LifeEvent['kind'], occurredOn: row.occurred_on, note: row.note };
}

export function lifeEventColumns(event: LifeEvent) {
  return { id: event.id, child_id: event.childId, kind: event.kind, occurred_on: event.occurredOn, note: event.note };
}

export async function addLifeEvent(db: Kysely<Database>, input: Omit<LifeEvent, 'id'> & { id?: string }): Promise<LifeEvent> {
  const event = lifeEventSchema.parse({ ...input, id: input.id ?? randomUUID() });
  await db.insertInto('life_events').values(lifeEventColumns(event)).execute();
  return event;
}

export async function listLifeEvents(db: Kysely<Database>, scope: Scope, childId: string): Promise<LifeEvent[]> {
  if (!seesChildFacts(scope) || !(await childIsInScope(db, scope, childId))) return [];
  const rows = await db.selectFrom('life_events').selectAll().where('child_id', '=', childId).orderBy('occurred_on').orderBy('id').execute();
  return rows.map(lifeEventFromRow);
}
