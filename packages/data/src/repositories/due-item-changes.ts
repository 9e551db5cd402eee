// Which of a child's stored due items a new evaluation of the rules keeps, removes and adds.
// The rules run again after every step and in every sweep, and most of what they say comes out
// the same each time; writing only the difference spares the due items' six indexes (and, on
// SQLite, the write lock) the work of deleting and re-inserting identical rows.
import type { Insertable, Selectable } from 'kysely';
import type { DueItemsTable } from '../database/schema.js';

/** Everything that makes an item what it is: all columns but its row id and when it was first stored. */
function itemKey(row: Insertable<DueItemsTable> | Selectable<DueItemsTable>): string {
  return JSON.stringify([
    row.child_id,
    row.authority_code,
    row.rule_id,
    Number(row.rule_version),
    row.kind,
    row.audience,
    Number(row.for_social_worker),
    Number(row.for_iro),
    Number(row.for_provider),
    Number(row.for_team_manager),
    row.due_on,
    row.severity,
    row.reason_en,
    row.reason_cy,
    row.facts,
    row.case_id ?? null,
  ]);
}

export interface DueItemChanges {
  /** Stored rows the new evaluation no longer yields. */
  readonly removedIds: Selectable<DueItemsTable>['id'][];
  /** New rows the stored set does not already hold. */
  readonly added: Insertable<DueItemsTable>[];
}

/**
 * The difference between the stored rows and the wanted ones, counting duplicates: an item the
 * rules yield twice is stored twice. Applying it leaves exactly the wanted rows; a row that is
 * kept keeps its id and `created_at`.
 */
export function dueItemChanges(stored: readonly Selectable<DueItemsTable>[], wanted: readonly Insertable<DueItemsTable>[]): DueItemChanges {
  const storedByKey = new Map<string, Selectable<DueItemsTable>['id'][]>();
  for (const row of stored) {
    const key = itemKey(row);
    const ids = storedByKey.get(key);
    if (ids) ids.push(row.id);
    else storedByKey.set(key, [row.id]);
  }
  const added: Insertable<DueItemsTable>[] = [];
  for (const row of wanted) {
    const ids = storedByKey.get(itemKey(row));
    if (ids && ids.length > 0) ids.shift();
    else added.push(row);
  }
  return { removedIds: [...storedByKey.values()].flat(), added };
}
