// The time-based sweep: re-evaluates the rules for every child whose next due date has come
// (a periodic re-offer, a review falling due, turning 16). It replaces each child's due items,
// so running it twice on the same date changes nothing the second time.
import { replaceDueItemsForChild, streamChildRecords, transaction, type Database, type Scope } from '@cynnig/data';
import type { Kysely } from 'kysely';
import { overridesFor, type ChildRules } from './child-rules.js';

export interface SweepResult {
  readonly date: string;
  readonly childrenEvaluated: number;
  readonly dueItems: number;
}

/** With `everyChild` (the first demo run) every child is evaluated, not only those due. Sweeps the children in `scope` (system scope for the command, an authority for its administrator). */
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
  for await (const batch of streamChildRecords(db, scope, options.everyChild ? { batchSize: 200 } : { dueBy: date, batchSize: 200 })) {
    await transaction(db, async (trx) => {
      for (const record of batch) {
        const authority = record.child.authorityCode;
        if (!overrides.has(authority)) overrides.set(authority, await overridesFor(trx, authority));
        const items = await rules.evaluate(record, date, overrides.get(authority) ?? {});
        await replaceDueItemsForChild(trx, record.child.id, items, { now: now.toISOString() });
        dueItems += items.length;
      }
    });
    childrenEvaluated += batch.length;
    onProgress?.(childrenEvaluated);
  }
  return { date, childrenEvaluated, dueItems };
}
