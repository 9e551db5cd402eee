// Statutory reviews the IRO chairs, with what was confirmed about advocacy at each.
import { randomUUID } from 'node:crypto';
import { reviewSchema, type Review } from '@cynnig/domain';
import type { Kysely, Selectable } from 'kysely';
import { fromFlag, toFlag } from '../database/column-values.js';
import type { Database, ReviewsTable } from '../database/schema.js';
import type { Scope } from '../scope.js';
import { childIsInScope, seesChildFacts } from './child-facts-scope.js';

export function reviewFromRow(row: Selectable<ReviewsTable>): Review {
  return {
    id: row.id,
    childId: row.child_id,
    kind: row.kind as Review['kind'],
    heldOn: row.held_on,
    iroUserId: row.iro_user_id,
    advocacyFinding: row.advocacy_finding as Review['advocacyFinding'],
    spokeToChildPrivately: fromFlag(row.spoke_to_child_privately),
    note: row.note,
  };
}

export function reviewColumns(review: Review) {
  return {
    id: review.id,
    child_id: review.childId,
    kind: review.kind,
    held_on: review.heldOn,
    iro_user_id: review.iroUserId,
    advocacy_finding: review.advocacyFinding,
    spoke_to_child_privately: toFlag(review.spokeToChildPrivately),
    note: review.note,
  };
}

export async function addReview(db: Kysely<Database>, input: Omit<Review, 'id'> & { id?: string }): Promise<Review> {
  const review = reviewSchema.parse({ ...input, id: input.id ?? randomUUID() });
  await db.insertInto('reviews').values(reviewColumns(review)).execute();
  return review;
}

export async function listReviews(db: Kysely<Database>, scope: Scope, childId: string): Promise<Review[]> {
  if (!seesChildFacts(scope) || !(await childIsInScope(db, scope, childId))) return [];
  const rows = await db.selectFrom('reviews').selectAll().where('child_id', '=', childId).orderBy('held_on').orderBy('id').execute();
  return rows.map(reviewFromRow);
}
