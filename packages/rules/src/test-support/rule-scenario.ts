// Scenario tables as data: for each rule id, the rows that pin down when it fires, its due date
// and its severity. Each set's table lives in `<set>.scenarios.ts` beside its rule files, so the
// set's test runs the rows and the rule book's test can count them for every rule.
import type { ChildRecord, IsoDate } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import type { RuleOverrides } from '../parameters/rule-settings.js';
import { outcomeOf, type RuleOutcomeSummary } from './rule-outcome.js';

/** One row: a child's record, the date it is looked at, and what the rule says then. */
export interface RuleScenario {
  /** What the row is about, read after the rule id ("on the last day before the deadline"). */
  readonly when: string;
  readonly record: () => ChildRecord;
  readonly on: IsoDate;
  readonly overrides?: RuleOverrides;
  readonly expected: RuleOutcomeSummary;
}

/** Rows keyed by rule id. */
export type ScenarioTable = Readonly<Record<string, readonly RuleScenario[]>>;

/** The rule fired with this due date; `severity` is null when another rule's item won the merge. */
export const fires = (dueOn: IsoDate, severity: string | null): RuleOutcomeSummary => ({ fired: true, dueOn, severity });
/** The rule did not fire. */
export const quiet: RuleOutcomeSummary = { fired: false, dueOn: null, severity: null };

/** Runs every row of a table, one `describe` per rule. */
export function runScenarioTable(table: ScenarioTable): void {
  describe.each(Object.entries(table))('%s', (ruleId, rows) => {
    it.each(rows)('$when', async (row) => {
      expect(await outcomeOf(ruleId, row.record(), row.on, row.overrides)).toEqual(row.expected);
    });
  });
}
