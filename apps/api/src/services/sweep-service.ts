// The time-based sweep: re-evaluates the rules for every child whose next due date has come
// (a periodic re-offer, a review falling due, turning 16). It replaces each child's due items,
// so running it twice on the same date changes nothing the second time.
import { replaceDueItemsForChildren, streamChildRecords, type ChildDueItems, type Database, type Scope } from '@cynnig/data';
import type { Kysely } from 'kysely';
import { overridesFor, type ChildRules } from './child-rules.js';

export interface SweepResult {
  readonly date: string;
  readonly childrenEvaluated: number;
  readonly dueItems: number;
}

/** Children read, worked out in memory and stored together: one transaction and a few multi-row statements a batch. */
const BATCH_SIZE = 500;

/**
 * With `everyChild` (a first seed) every child is evaluated, not only those due. Sweeps the
 * children in `scope` (system scope for the command, an authority for its administrator).
 * Rules run outside the write transaction, so writers wait only for the batch's few statements;
 * the rules package builds its engines once per set of authority settings and reuses them.
 */
export async function sweep(
  db: Kysely<Database>,
  rules: ChildRules,
  scope: Scope,
  date: string,
  now: Date,
  onProgress?: (done: number) => void,
  options: { everyChild?: boolean } = {},
): Promise<SweepResult> {
  let childrenEvaluated = 0;
  let dueItems = 0;
  const overrides = new Map<string, Record<string, unknown>>();
  const stamp = now.toISOString();
  for await (const batch of streamChildRecords(db, scope, options.everyChild ? { batchSize: BATCH_SIZE } : { dueBy: date, batchSize: BATCH_SIZE })) {
    const evaluated: ChildDueItems[] = [];
    for (const record of batch) {
      const authority = record.child.authorityCode;
      let settings = overrides.get(authority);
      if (settings === undefined) {
        settings = await overridesFor(db, authority);
        overrides.set(authority, settings);
      }
      const items = await rules.evaluate(record, date, settings);
      evaluated.push({ childId: record.child.id, items });
      dueItems += items.length;
    }
    await replaceDueItemsForChildren(db, evaluated, { now: stamp });
    childrenEvaluated += batch.length;
    onProgress?.(childrenEvaluated);
  }
  return { date, childrenEvaluated, dueItems };
}
