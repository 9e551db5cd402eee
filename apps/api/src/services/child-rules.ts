// Runs the rules for one child and stores what they say is due, inside the caller's
// transaction. The rules read the child's whole record whoever triggered the change (a
// provider's step can make a social worker's re-offer due), so the record is read in the
// system scope after the caller's own scope has been checked.
import { listRuleParameterOverrides, loadChildRecord, loadRecordOfChild, replaceDueItemsForChild, systemScope, type Database } from '@cynnig/data';
import type { Child, ChildRecord, DueItem } from '@cynnig/domain';
import type { Kysely } from 'kysely';

/** The rules package's evaluation, as the API uses it; tests may pass a fixed one. */
export interface ChildRules {
  evaluate(record: ChildRecord, referenceDate: string, overrides: Record<string, unknown>): Promise<DueItem[]>;
}

/** The authority's rule parameter overrides, keyed by rule id. */
export async function overridesFor(db: Kysely<Database>, authorityCode: string): Promise<Record<string, unknown>> {
  const rows = await listRuleParameterOverrides(db, authorityCode);
  return Object.fromEntries(rows.map((row) => [row.ruleId, row.parameters]));
}

async function evaluateAndStore(db: Kysely<Database>, rules: ChildRules, record: ChildRecord, referenceDate: string, now: Date): Promise<DueItem[]> {
  const items = await rules.evaluate(record, referenceDate, await overridesFor(db, record.child.authorityCode));
  await replaceDueItemsForChild(db, record.child.id, items, { now: now.toISOString() });
  return items;
}

/** Works out the child's due items again and replaces the stored ones; returns them. */
export async function reevaluateChild(db: Kysely<Database>, rules: ChildRules, childId: string, referenceDate: string, now: Date): Promise<DueItem[]> {
  const record = await loadChildRecord(db, systemScope, childId);
  if (!record) return [];
  return evaluateAndStore(db, rules, record, referenceDate, now);
}

/**
 * The same for a child the caller has read (and checked against its scope) earlier in this
 * transaction, without reading the child again. `record`, when given, is the child's whole
 * record as it now stands (the caller has assembled it, e.g. with a step's new rounds).
 */
export async function reevaluateStoredChild(db: Kysely<Database>, rules: ChildRules, child: Child, referenceDate: string, now: Date, record?: ChildRecord): Promise<DueItem[]> {
  return evaluateAndStore(db, rules, record ?? (await loadRecordOfChild(db, child)), referenceDate, now);
}
