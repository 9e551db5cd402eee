// Says, for one rule and one run, whether it fired and why or why not, in both languages: each
// condition with the value found and the threshold it was compared with.
import type { Bilingual, IsoDate } from '@cynnig/domain';
import type { RuleResult } from 'json-rules-engine';
import type { Rule } from '../rule-book/rule-book.js';
import { conditionInWords, factInWords } from './condition-words.js';

export type RuleOutcome = 'fired' | 'not-fired' | 'switched-off' | 'fired-without-due-date';

/** One condition of a rule as it ran: its words, how deep it sits in the tree, and whether it held. */
export interface ConditionExplanation {
  readonly depth: number;
  readonly text: Bilingual;
  readonly met: boolean | null;
}

/** Whether a rule fired for a child (or one of their missing episodes), and why. */
export interface RuleExplanation {
  readonly ruleId: string;
  readonly ruleVersion: number;
  readonly set: string;
  readonly title: Bilingual;
  /** The missing episode an episode rule ran for; null for child rules. */
  readonly episodeId: string | null;
  readonly outcome: RuleOutcome;
  readonly because: Bilingual;
  readonly conditions: readonly ConditionExplanation[];
  readonly dueOn: IsoDate | null;
}

interface RanCondition {
  all?: RanCondition[];
  any?: RanCondition[];
  not?: RanCondition;
  fact?: string;
  operator?: string;
  value?: unknown;
  params?: Record<string, unknown>;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

const groupWords = {
  all: { en: 'all of these:', cy: 'pob un o\'r rhain:' },
  any: { en: 'any of these:', cy: 'unrhyw un o\'r rhain:' },
  not: { en: 'not this:', cy: 'nid hyn:' },
};

function leafText(node: RanCondition): Bilingual {
  const leaf = { fact: node.fact ?? '', operator: node.operator ?? '', value: node.value, params: node.params };
  const finding = { factResult: node.factResult, ...(node.valueResult !== undefined ? { valueResult: node.valueResult } : {}) };
  return { en: conditionInWords(leaf, 'en', finding), cy: conditionInWords(leaf, 'cy', finding) };
}

function flatten(node: RanCondition, depth: number, top: boolean): ConditionExplanation[] {
  const met = node.result === undefined ? null : node.result;
  for (const key of ['all', 'any'] as const) {
    const children = node[key];
    if (children) {
      const inner = children.flatMap((child) => flatten(child, top && key === 'all' ? depth : depth + 1, false));
      return top && key === 'all' ? inner : [{ depth, text: groupWords[key], met }, ...inner];
    }
  }
  if (node.not) return [{ depth, text: groupWords.not, met }, ...flatten(node.not, depth + 1, false)];
  return [{ depth, text: leafText(node), met }];
}

/** The leaf conditions that held (when the rule fired) or that stopped it (when it did not). */
function decisive(node: RanCondition, wanted: boolean): Bilingual[] {
  if (node.all) return wanted ? node.all.flatMap((c) => decisive(c, true)) : node.all.filter((c) => c.result === false).flatMap((c) => decisive(c, false));
  if (node.any) return wanted ? node.any.filter((c) => c.result === true).flatMap((c) => decisive(c, true)) : node.any.flatMap((c) => decisive(c, false));
  if (node.not) {
    const inner = decisive(node.not, !wanted);
    return inner.map((t) => ({ en: `not: ${t.en}`, cy: `nid: ${t.cy}` }));
  }
  return [leafText(node)];
}

const join = (texts: Bilingual[]): Bilingual => ({ en: texts.map((t) => t.en).join('; '), cy: texts.map((t) => t.cy).join('; ') });

/** Explains a rule from its result in a run. */
export function explainResult(rule: Rule, result: RuleResult, episodeId: string | null, dueOn: IsoDate | null): RuleExplanation {
  const tree = result.conditions as unknown as RanCondition;
  const fired = result.result === true;
  const base = { ruleId: rule.id, ruleVersion: rule.version, set: rule.set, title: rule.title, episodeId, conditions: flatten(tree, 0, true), dueOn };
  if (fired && dueOn === null) {
    const from = rule.event.params.dueOn.fact;
    return {
      ...base,
      outcome: 'fired-without-due-date',
      because: {
        en: `Its conditions held, but there is no date to count the due date from (${factInWords(from, undefined, 'en')} is not known), so no item was made.`,
        cy: `Roedd ei amodau\'n wir, ond nid oes dyddiad i gyfrif y dyddiad dyledus ohono (nid yw ${factInWords(from, undefined, 'cy')} yn hysbys), felly ni wnaed eitem.`,
      },
    };
  }
  const reasons = join(decisive(tree, fired));
  return {
    ...base,
    outcome: fired ? 'fired' : 'not-fired',
    because: fired ? { en: `Fired because ${reasons.en}.`, cy: `Wedi\'i sbarduno oherwydd ${reasons.cy}.` } : { en: `Did not fire because ${reasons.en}.`, cy: `Heb ei sbarduno oherwydd ${reasons.cy}.` },
  };
}

/** Explains a rule the authority has switched off. */
export function explainSwitchedOff(rule: Rule): RuleExplanation {
  return {
    ruleId: rule.id, ruleVersion: rule.version, set: rule.set, title: rule.title, episodeId: null, outcome: 'switched-off', conditions: [], dueOn: null,
    because: { en: 'The authority has switched this rule off.', cy: 'Mae\'r awdurdod wedi diffodd y rheol hon.' },
  };
}
