// Assembles the domain's ChildRecord (the child, entitlements, placements, allocations, life
// events, reviews, Active Offer rounds and missing episode summaries) from the tables, one
// child at a time or in batches for the sweep and monitoring.
import type { Child, ChildRecord } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { childInScope } from '../database/child-scope-filter.js';
import type { Database } from '../database/schema.js';
import { assertChildScope, systemScope, type Scope } from '../scope.js';
import { allocationFromRow } from './allocation-repository.js';
import { seesChildFacts } from './child-facts-scope.js';
import { childFromRow } from './child-repository.js';
import { entitlementFromRow } from './entitlement-repository.js';
import { lifeEventFromRow } from './life-event-repository.js';
import { missingEpisodeSummaryFromRow } from './missing-episode-repository.js';
import { offerRoundFromRow } from './offer-round-repository.js';
import { placementFromRow } from './placement-repository.js';
import { reviewFromRow } from './review-repository.js';

function groupByChild<R extends { child_id: string }, T>(rows: R[], map: (row: R) => T): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.child_id);
    if (list) list.push(map(row));
    else grouped.set(row.child_id, [map(row)]);
  }
  return grouped;
}

/** Records for children already known to be in scope, in the same order. */
async function assemble(db: Kysely<Database>, scope: Scope, children: readonly Child[]): Promise<ChildRecord[]> {
  if (children.length === 0) return [];
  const ids = children.map((child) => child.id);
  const facts = seesChildFacts(scope);
  const none = Promise.resolve([] as never[]);
  const [entitlements, placements, allocations, lifeEvents, reviews, rounds, episodes] = await Promise.all([
    facts ? db.selectFrom('entitlements').selectAll().where('child_id', 'in', ids).orderBy('start_on').orderBy('id').execute() : none,
    facts ? db.selectFrom('placements').selectAll().where('child_id', 'in', ids).orderBy('start_on').orderBy('id').execute() : none,
    facts ? db.selectFrom('allocations').selectAll().where('child_id', 'in', ids).orderBy('start_on').orderBy('id').execute() : none,
    facts ? db.selectFrom('life_events').selectAll().where('child_id', 'in', ids).orderBy('occurred_on').orderBy('id').execute() : none,
    facts ? db.selectFrom('reviews').selectAll().where('child_id', 'in', ids).orderBy('held_on').orderBy('id').execute() : none,
    (scope.kind === 'provider'
      ? db.selectFrom('offer_rounds').selectAll().where('child_id', 'in', ids).where('provider_id', '=', scope.providerId)
      : db.selectFrom('offer_rounds').selectAll().where('child_id', 'in', ids)
    )
      .orderBy('case_id')
      .orderBy('round')
      .execute(),
    facts ? db.selectFrom('missing_episodes').selectAll().where('child_id', 'in', ids).orderBy('started_at').orderBy('id').execute() : none,
  ]);
  const byChild = {
    entitlements: groupByChild(entitlements, entitlementFromRow),
    placements: groupByChild(placements, placementFromRow),
    allocations: groupByChild(allocations, allocationFromRow),
    lifeEvents: groupByChild(lifeEvents, lifeEventFromRow),
    reviews: groupByChild(reviews, reviewFromRow),
    offers: groupByChild(rounds, offerRoundFromRow),
    missingEpisodes: groupByChild(episodes, missingEpisodeSummaryFromRow),
  };
  return children.map((child) => ({
    child,
    entitlements: byChild.entitlements.get(child.id) ?? [],
    placements: byChild.placements.get(child.id) ?? [],
    allocations: byChild.allocations.get(child.id) ?? [],
    lifeEvents: byChild.lifeEvents.get(child.id) ?? [],
    reviews: byChild.reviews.get(child.id) ?? [],
    offers: byChild.offers.get(child.id) ?? [],
    missingEpisodes: byChild.missingEpisodes.get(child.id) ?? [],
  }));
}

/**
 * Everything the rules need to know about one child, or undefined when the child is not in
 * scope. A provider gets the child's details and the rounds referred to it, nothing more.
 */
export async function loadChildRecord(db: Kysely<Database>, scope: Scope, childId: string): Promise<ChildRecord | undefined> {
  assertChildScope(scope);
  const row = await db.selectFrom('children').selectAll().where('children.id', '=', childId).where((eb) => childInScope(eb, scope)).executeTakeFirst();
  return row ? (await assemble(db, scope, [childFromRow(row)]))[0] : undefined;
}

/**
 * The whole record (system scope) of a child the caller has just read and checked against its
 * own scope in the same transaction: what a step's rules run on, without reading the child again.
 */
export async function loadRecordOfChild(db: Kysely<Database>, child: Child): Promise<ChildRecord> {
  return (await assemble(db, systemScope, [child]))[0]!;
}

/** Records for several children in scope (missing or out-of-scope ids are left out). */
export async function loadChildRecords(db: Kysely<Database>, scope: Scope, childIds: readonly string[]): Promise<ChildRecord[]> {
  assertChildScope(scope);
  if (childIds.length === 0) return [];
  const rows = await db.selectFrom('children').selectAll().where('children.id', 'in', [...childIds]).where((eb) => childInScope(eb, scope)).orderBy('children.id').execute();
  return assemble(db, scope, rows.map(childFromRow));
}

export interface StreamOptions {
  /** Children per batch (default 500): memory stays flat however many children there are. */
  batchSize?: number;
  /** Only children whose next due date is on or before this date: the sweep's filter. */
  dueBy?: string;
}

/**
 * Every child record in scope, a batch at a time, in id order. Uses keyset paging, so a
 * child added during the walk is either seen once or not at all, never twice.
 */
export async function* streamChildRecords(db: Kysely<Database>, scope: Scope, options: StreamOptions = {}): AsyncGenerator<ChildRecord[]> {
  assertChildScope(scope);
  const batchSize = Math.max(1, options.batchSize ?? 500);
  let afterId: string | undefined;
  for (;;) {
    let query = db.selectFrom('children').selectAll().where((eb) => childInScope(eb, scope));
    if (afterId !== undefined) query = query.where('children.id', '>', afterId);
    if (options.dueBy !== undefined) query = query.where('children.next_due_on', '<=', options.dueBy);
    const rows = await query.orderBy('children.id').limit(batchSize).execute();
    if (rows.length === 0) return;
    yield await assemble(db, scope, rows.map(childFromRow));
    afterId = rows[rows.length - 1]!.id;
    if (rows.length < batchSize) return;
  }
}
