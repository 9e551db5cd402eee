// Turns the rules that fired into due items (the domain's dueItemSchema), and merges the kinds of
// which a child has only one open item (one re-offer, one early review, one strategy discussion).
import { workingDaysBetween } from '@cynnig/domain';
import { type Bilingual, type DueItem, type IsoDate, type Language, type Severity } from '@cynnig/domain';
import { valueInWords } from '../explain/condition-words.js';
import type { FiredRule, RecordedValue, ResolvedRule } from '../engine/rule-engine.js';
import { oneOpenItemPerChild } from './due-item-kinds.js';

const severityOrder: Severity[] = ['info', 'due', 'overdue', 'urgent'];

function fill(template: string, values: Record<string, RecordedValue>, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    return value === null || value === undefined ? '-' : valueInWords(value, language);
  });
}

/** The due item for a rule that fired with a due date. */
export function dueItemFrom(fired: FiredRule & { dueOn: IsoDate }, resolved: ResolvedRule, context: { childId: string; referenceDate: IsoDate; caseId: string | null }): DueItem {
  const { rule, parameters } = resolved.configured;
  const event = rule.event.params;
  const overdue = context.referenceDate > fired.dueOn;
  const facts: Record<string, RecordedValue> = { referenceDate: context.referenceDate, ...fired.facts };
  for (const [name, value] of Object.entries(parameters)) facts[`parameter.${name}`] = Array.isArray(value) ? value.join(',') : value;
  if (overdue) facts['workingDaysOverdue'] = workingDaysBetween(fired.dueOn, context.referenceDate);
  const audience = Array.isArray(event.audience) ? event.audience : (parameters[event.audience.param] as DueItem['audience']);
  const values = { ...facts, dueOn: fired.dueOn };
  return {
    childId: context.childId,
    ruleId: rule.id,
    ruleVersion: rule.version,
    kind: event.kind,
    audience: [...audience],
    dueOn: fired.dueOn,
    severity: overdue ? event.overdueSeverity ?? event.severity : event.severity,
    reason: { en: fill(event.reason.en, values, 'en'), cy: fill(event.reason.cy, values, 'cy') },
    facts,
    caseId: context.caseId,
  };
}

const compareItems = (a: DueItem, b: DueItem) => (a.dueOn === b.dueOn ? (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) : a.dueOn < b.dueOn ? -1 : 1);

/**
 * Merges items of a one-per-child kind. The earliest due date wins (ties go to the first rule id);
 * the merged item keeps the most severe severity, lists every rule that fired in `firingRules`
 * and carries the other rules' facts beside its own.
 */
export function mergeDueItems(items: readonly DueItem[], titles: ReadonlyMap<string, Bilingual>): DueItem[] {
  const merged: DueItem[] = [];
  const groups = new Map<string, DueItem[]>();
  for (const item of items) {
    if (!oneOpenItemPerChild.includes(item.kind)) merged.push(item);
    else groups.set(item.kind, [...(groups.get(item.kind) ?? []), item]);
  }
  for (const group of groups.values()) {
    const sorted = [...group].sort(compareItems);
    const [first, ...rest] = sorted as [DueItem, ...DueItem[]];
    const facts: DueItem['facts'] = {};
    for (const item of [...rest].reverse()) Object.assign(facts, item.facts);
    Object.assign(facts, first.facts, { firingRules: sorted.map((item) => item.ruleId).join(',') });
    const severity = sorted.reduce<Severity>((worst, item) => (severityOrder.indexOf(item.severity) > severityOrder.indexOf(worst) ? item.severity : worst), first.severity);
    const also = rest.map((item) => titles.get(item.ruleId)).filter((title): title is Bilingual => title !== undefined);
    merged.push({
      ...first,
      audience: [...new Set(sorted.flatMap((item) => item.audience))],
      severity,
      facts,
      reason: also.length === 0 ? first.reason : {
        en: `${first.reason.en} Also prompted by: ${also.map((t) => t.en.toLowerCase()).join('; ')}.`,
        cy: `${first.reason.cy} Hefyd oherwydd: ${also.map((t) => t.cy.toLowerCase()).join('; ')}.`,
      },
    });
  }
  return merged.sort(compareItems);
}
