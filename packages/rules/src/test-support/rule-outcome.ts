// Reads one rule's outcome from an evaluation, for scenario tables: did it fire, with which due
// date, and (for kinds that are not merged) the severity of its item. Every scenario also checks
// that the due items worked out without json-rules-engine are the engine's.
import type { ChildRecord, IsoDate } from '@cynnig/domain';
import { expect } from 'vitest';
import { dueItemsOfChild, evaluateChild } from '../evaluate-child.js';
import type { RuleOverrides } from '../parameters/rule-settings.js';
import { ruleBook } from '../rule-book/default-rule-book.js';

export interface RuleOutcomeSummary {
  fired: boolean;
  dueOn: IsoDate | null;
  severity: string | null;
}

/** The outcome of one rule for a record on a date; for episode rules, the first episode it fired for. */
export async function outcomeOf(ruleId: string, record: ChildRecord, referenceDate: IsoDate, overrides?: RuleOverrides): Promise<RuleOutcomeSummary> {
  const { dueItems, explanations } = await evaluateChild(record, referenceDate, overrides);
  expect(await dueItemsOfChild(record, referenceDate, overrides), 'the due items worked out without the engine').toEqual(dueItems);
  const mine = explanations.filter((e) => e.ruleId === ruleId);
  if (mine.length === 0) {
    // episode rules run only for episodes inside their follow-up period; a child rule always runs
    if (ruleBook.find((rule) => rule.id === ruleId)?.scope === 'missing-episode') return { fired: false, dueOn: null, severity: null };
    throw new Error(`rule ${ruleId} was not evaluated`);
  }
  const fired = mine.find((e) => e.outcome === 'fired') ?? null;
  const item = dueItems.find((i) => i.ruleId === ruleId) ?? dueItems.find((i) => String(i.facts['firingRules'] ?? '').split(',').includes(ruleId)) ?? null;
  return { fired: fired !== null, dueOn: fired?.dueOn ?? null, severity: fired && item?.ruleId === ruleId ? item.severity : null };
}
