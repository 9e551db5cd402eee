import { CynnigError } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { ruleFiles } from '../rule-files/index.js';
import { initialOfferScenarios } from '../rule-files/initial-offer/initial-offer.scenarios.js';
import { iroOversightScenarios } from '../rule-files/iro-oversight/iro-oversight.scenarios.js';
import { reofferScenarios } from '../rule-files/reoffer/reoffer.scenarios.js';
import { returnHomeConversationScenarios } from '../rule-files/return-home-conversation/return-home-conversation.scenarios.js';
import type { ScenarioTable } from '../test-support/rule-scenario.js';
import { ruleBook } from './default-rule-book.js';
import { loadRuleBook } from './rule-book.js';
import type { RuleSetName } from './rule-file-schema.js';

const schoolMove = ruleFiles.find((f) => f.file === 'reoffer/reoffer-school-move.json');
if (!schoolMove) throw new Error('the school move rule file is missing');
const base = schoolMove.content as Record<string, unknown>;
const edited = (change: (rule: Record<string, any>) => void, file = schoolMove.file) => {
  const copy = structuredClone(base) as Record<string, any>;
  change(copy);
  return [{ file, content: copy }];
};

function problem(files: { file: string; content: unknown }[]): CynnigError {
  try {
    loadRuleBook(files);
  } catch (error) {
    if (error instanceof CynnigError) return error;
    throw error;
  }
  throw new Error('the rule book loaded');
}

/** Every set's scenario table, as its `<set>.scenarios.ts` exports it. */
const scenarioTables: Record<RuleSetName, ScenarioTable> = {
  'initial-offer': initialOfferScenarios,
  reoffer: reofferScenarios,
  'iro-oversight': iroOversightScenarios,
  'return-home-conversation': returnHomeConversationScenarios,
};

describe('the rule book', () => {
  it('loads every rule file Cynnig ships, one file per rule', () => {
    expect(ruleBook).toHaveLength(ruleFiles.length);
    expect(new Set(ruleBook.map((r) => r.id)).size).toBe(ruleBook.length);
    expect(ruleBook.length).toBeGreaterThanOrEqual(40);
  });

  it('has at least three scenario rows for every rule, in its set\'s table, at least one where it fires and one where it does not', () => {
    for (const rule of ruleBook) {
      const rows = scenarioTables[rule.set][rule.id] ?? [];
      expect(rows.length, `${rule.id} has ${rows.length} scenario rows in ${rule.set}.scenarios.ts`).toBeGreaterThanOrEqual(3);
      expect(rows.some((row) => row.expected.fired), `no row of ${rule.id} fires`).toBe(true);
      expect(rows.some((row) => !row.expected.fired), `every row of ${rule.id} fires`).toBe(true);
    }
  });

  it('has no scenario rows for a rule that does not exist or sits in another set', () => {
    for (const [set, table] of Object.entries(scenarioTables)) {
      for (const ruleId of Object.keys(table)) expect(ruleBook.find((rule) => rule.id === ruleId)?.set, `${ruleId} in ${set}.scenarios.ts`).toBe(set);
    }
  });

  it('gives every rule a title, an explanation and a basis in English and Welsh, and every parameter a description', () => {
    for (const rule of ruleBook) {
      for (const text of [rule.title, rule.explanation, rule.basis.citation, rule.event.params.reason, ...Object.values(rule.parameters).map((p) => p.description)]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.cy.trim()).not.toBe('');
        expect(text.cy).not.toBe(text.en);
      }
      // cynnig rhagweithiol is the Welsh-language offer, a different thing: keep the word out of the rules
      expect(JSON.stringify(rule)).not.toMatch(/rhagweithiol/i);
    }
  });

  it.each([
    { what: 'a missing Welsh title', change: (r: Record<string, any>) => { delete r.title.cy; }, message: /reoffer-school-move\.json is not valid: title\.cy/ },
    { what: 'an unknown fact', change: (r: Record<string, any>) => { r.conditions.all[1].fact = 'schoolMoved'; }, message: /there is no fact called schoolMoved/ },
    { what: 'an undeclared parameter', change: (r: Record<string, any>) => { r.event.params.dueOn.workingDays = { param: 'days' }; }, message: /the parameter days is used but not declared/ },
    { what: 'an unknown operator', change: (r: Record<string, any>) => { r.conditions.all[1].operator = 'isAfterish'; }, message: /there is no operator called isAfterish/ },
    { what: 'a default outside its range', change: (r: Record<string, any>) => { r.parameters.workingDays.default = 99; }, message: /parameters\.workingDays\.default/ },
    { what: 'a reason mentioning a fact it does not record', change: (r: Record<string, any>) => { r.event.params.reason.en += ' {ageYears}'; }, message: /mentions \{ageYears\}/ },
    { what: 'a severity that does not exist', change: (r: Record<string, any>) => { r.event.params.severity = 'soon'; }, message: /event\.params\.severity/ },
    { what: 'an unexpected field', change: (r: Record<string, any>) => { r.owner = 'someone'; }, message: /is not valid/ },
  ])('fails loudly, naming the file and the problem, for $what', ({ change, message }) => {
    const error = problem(edited(change));
    expect(error.code).toBe('rules.file-invalid');
    expect(error.message).toMatch(message);
    expect(error.bilingual.cy).toContain('reoffer/reoffer-school-move.json');
    expect(error.path?.[0]).toBe('reoffer/reoffer-school-move.json');
  });

  it('insists a file is named after its rule and sits in its set\'s folder', () => {
    expect(problem(edited(() => undefined, 'reoffer/school.json')).message).toMatch(/named after the rule id/);
    expect(problem(edited(() => undefined, 'iro-oversight/reoffer-school-move.json')).message).toMatch(/sits in the folder iro-oversight/);
  });

  it('refuses two rules with one id', () => {
    expect(problem([...edited(() => undefined), ...edited(() => undefined)]).message).toMatch(/also used by/);
  });

  it('refuses a rule that reads a published due date before the rule that sets it has run', () => {
    const files = ruleFiles.map((f) => (f.file === 'iro-oversight/iro-reoffer-overdue.json' ? { ...f, content: { ...(f.content as object), priority: 50 } } : f));
    expect(problem(files).message).toMatch(/iro-reoffer-overdue\.json.*reads pendingReofferDueOn, so its priority must be lower/);
  });

  it('refuses a child rule that reads a missing episode fact', () => {
    expect(problem(edited((r) => { r.conditions.all[1].fact = 'episodeNumber'; })).message).toMatch(/describes a missing episode/);
  });
});
