// Placements: where a child lives, from when to when, and how far from home.
import { randomUUID } from 'node:crypto';
import { placementSchema, type Placement } from '@cynnig/domain';
import type { Kysely, Selectable } from 'kysely';
import { fromFlag, toFlag } from '../database/column-values.js';
import type { Database, PlacementsTable } from '../database/schema.js';
import type { Scope } from '../scope.js';
import { childIsInScope, seesChildFacts } from './child-facts-scope.js';
import { notFound } from './not-found.js';

export function placementFromRow(row: Selectable<PlacementsTable>): Placement {
  return {
    id: row.id,
    childId: row.child_id,
    type: row.type as Placement['type'],
    start: row.start_on,
    end: row.end_on,
    location: row.location_kind === 'wales' ? { kind: 'wales', authorityCode: row.location_authority_code ?? '' } : { kind: 'outside-wales', description: row.location_description ?? '' },
    homeHasVisitingAdvocacy: row.home_has_visiting_advocacy === null ? null : fromFlag(row.home_has_visiting_advocacy),
    distanceFromHomeKm: row.distance_from_home_km === null ? null : Number(row.distance_from_home_km),
  };
}

export function placementColumns(placement: Placement) {
  return {
    id: placement.id,
    child_id: placement.childId,
    type: placement.type,
    start_on: placement.start,
    end_on: placement.end,
    location_kind: placement.location.kind,
    location_authority_code: placement.location.kind === 'wales' ? placement.location.authorityCode : null,
    location_description: placement.location.kind === 'outside-wales' ? placement.location.description : null,
    home_has_visiting_advocacy: placement.homeHasVisitingAdvocacy === null ? null : toFlag(placement.homeHasVisitingAdvocacy),
    distance_from_home_km: placement.distanceFromHomeKm,
  };
}

export async function addPlacement(db: Kysely<Database>, input: Omit<Placement, 'id'> & { id?: string }): Promise<Placement> {
  const placement = placementSchema.parse({ ...input, id: input.id ?? randomUUID() });
  await db.insertInto('placements').values(placementColumns(placement)).execute();
  return placement;
}

export async function endPlacement(db: Kysely<Database>, id: string, end: string): Promise<Placement> {
  const row = await db.selectFrom('placements').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('placement', id);
  const ended = placementSchema.parse({ ...placementFromRow(row), end });
  await db.updateTable('placements').set({ end_on: end }).where('id', '=', id).execute();
  return ended;
}

export async function listPlacements(db: Kysely<Database>, scope: Scope, childId: string): Promise<Placement[]> {
  if (!seesChildFacts(scope) || !(await childIsInScope(db, scope, childId))) return [];
  const rows = await db.selectFrom('placements').selectAll().where('child_id', '=', childId).orderBy('start_on').orderBy('id').execute();
  return rows.map(placementFromRow);
}
