// Puts rule conditions into plain words, in English or Welsh, for explanations ("why did this
// fire?") and for the rule catalogue. Parameters show as «name» in the catalogue and as their
// values in an explanation.
import { advocacyModes, entitlementBases, offerOutcomes, offerTriggers, placementTypes, riskGrades, type Language } from '@cynnig/domain';
import { factDictionary, isFactName } from '../facts/fact-dictionary.js';
import { operatorWords } from '../engine/operators.js';
import type { RuleCondition } from '../rule-book/rule-file-schema.js';

const codeLists = [offerOutcomes, placementTypes, offerTriggers, riskGrades, advocacyModes, entitlementBases];
const words = {
  yes: { en: 'yes', cy: 'ie' },
  no: { en: 'no', cy: 'na' },
  notRecorded: { en: 'not recorded', cy: 'heb ei gofnodi' },
  recorded: { en: 'is recorded', cy: 'wedi\'i gofnodi' },
  isNotRecorded: { en: 'is not recorded', cy: 'heb ei gofnodi' },
  orNotRecorded: { en: 'or not recorded', cy: 'neu heb ei gofnodi' },
  found: { en: 'found', cy: 'canfuwyd' },
} as const;

const isParameterReference = (value: unknown): value is { param: string } => value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { param?: unknown }).param === 'string';
const isFactReference = (value: unknown): value is { fact: string; params?: Record<string, unknown> } => value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === 'string';

/** A value in words: yes/no, "not recorded", a code's label, a list, or «parameter» in the catalogue. */
export function valueInWords(value: unknown, language: Language): string {
  if (value === null || value === undefined) return words.notRecorded[language];
  if (value === true) return words.yes[language];
  if (value === false) return words.no[language];
  if (isParameterReference(value)) return `«${value.param}»`;
  if (Array.isArray(value)) return value.map((v) => valueInWords(v, language)).join(', ');
  if (typeof value === 'string') {
    for (const list of codeLists) if (list.has(value)) return list.label(value as never, language);
    // a fact listing several codes ('care-leaver,child-protection') reads as their labels
    const parts = value.split(',');
    if (parts.length > 1 && parts.every((part) => codeLists.some((list) => list.has(part)))) return parts.map((part) => valueInWords(part, language)).join('; ');
    return value;
  }
  return String(value);
}

function amount(value: unknown, unit: 'working-days' | 'days' | 'months' | 'hours', language: Language): string {
  const n = valueInWords(value, language);
  const units = {
    'working-days': { en: value === 1 ? 'working day' : 'working days', cy: 'diwrnod gwaith' },
    days: { en: value === 1 ? 'day' : 'days', cy: 'diwrnod' },
    months: { en: value === 1 ? 'month' : 'months', cy: 'mis' },
    hours: { en: value === 1 ? 'hour' : 'hours', cy: 'awr' },
  };
  return `${n} ${units[unit][language]}`;
}

/** A fact in words, including the parameters it is computed with. */
export function factInWords(fact: string, params: Record<string, unknown> | undefined, language: Language): string {
  const p = params ?? {};
  const after = language === 'en' ? 'after' : 'ar ôl';
  if (fact === 'dateOf') {
    let text = factInWords(String(p['fact']), p['factParams'] as Record<string, unknown> | undefined, language);
    if (p['hours'] !== undefined) text = `${amount(p['hours'], 'hours', language)} ${after} ${text}`;
    if (p['months'] !== undefined) text = `${amount(p['months'], 'months', language)} ${after} ${text}`;
    if (p['days'] !== undefined) text = `${amount(p['days'], 'days', language)} ${after} ${text}`;
    if (p['daysBefore'] !== undefined) text = `${amount(p['daysBefore'], 'days', language)} ${language === 'en' ? 'before' : 'cyn'} ${text}`;
    if (p['workingDays'] !== undefined) text = `${amount(p['workingDays'], 'working-days', language)} ${after} ${text}`;
    return text;
  }
  const label = isFactName(fact) ? factDictionary[fact].label[language] : fact;
  if (fact === 'offerDueOn')
    return language === 'en'
      ? `${label} (referral within ${amount(p['referralWorkingDays'], 'working-days', 'en')} of the trigger, then the offer within ${amount(p['offerWorkingDays'], 'working-days', 'en')} of the referral)`
      : `${label} (atgyfeirio o fewn ${amount(p['referralWorkingDays'], 'working-days', 'cy')} i\'r sbardun, yna\'r cynnig o fewn ${amount(p['offerWorkingDays'], 'working-days', 'cy')} i\'r atgyfeiriad)`;
  if (fact === 'nextReviewDueOn')
    return language === 'en'
      ? `${label} (the first within ${amount(p['firstReviewWorkingDays'], 'working-days', 'en')} of becoming looked after, the second within ${amount(p['secondReviewMonths'], 'months', 'en')}, then every ${amount(p['laterReviewMonths'], 'months', 'en')})`
      : `${label} (y cyntaf o fewn ${amount(p['firstReviewWorkingDays'], 'working-days', 'cy')} i ddechrau derbyn gofal, yr ail o fewn ${amount(p['secondReviewMonths'], 'months', 'cy')}, yna bob ${amount(p['laterReviewMonths'], 'months', 'cy')})`;
  if (fact === 'episodesInPeriod')
    return language === 'en' ? `the number of missing episodes that started in the ${amount(p['days'], 'days', 'en')} up to this one` : `nifer y cyfnodau ar goll a ddechreuodd yn y ${amount(p['days'], 'days', 'cy')} hyd at hwn`;
  return label;
}

/** What a leaf condition found when it ran, for an explanation. */
export interface ConditionFinding {
  readonly factResult?: unknown;
  readonly valueResult?: unknown;
}

/** One leaf condition in words: "the first school move since the last round is recorded (found: 2025-03-03)". */
export function conditionInWords(condition: { fact: string; operator: string; value: unknown; params?: Record<string, unknown> | undefined }, language: Language, finding?: ConditionFinding): string {
  const subject = factInWords(condition.fact, condition.params, language);
  const { value, operator } = condition;
  let text: string;
  if (operator === 'equal' && typeof value === 'boolean') text = `${subject}: ${valueInWords(value, language)}`;
  else if (operator === 'notEqual' && typeof value === 'boolean') text = `${subject}: ${valueInWords(!value, language)} ${words.orNotRecorded[language]}`;
  else if (operator === 'notEqual' && value === null) text = `${subject} ${words.recorded[language]}`;
  else if (operator === 'equal' && value === null) text = `${subject} ${words.isNotRecorded[language]}`;
  else {
    const target = isFactReference(value) ? factInWords(value.fact, value.params, language) : valueInWords(value, language);
    const shown = isFactReference(value) && finding && 'valueResult' in finding ? `${target} (${valueInWords(finding.valueResult, language)})` : target;
    text = `${subject} ${operatorWords[operator]?.[language] ?? operator} ${shown}`;
  }
  if (finding && 'factResult' in finding) text += ` (${words.found[language]}: ${valueInWords(finding.factResult, language)})`;
  return text;
}

/** A whole condition tree as nested Markdown bullets, for the catalogue. */
export function conditionTreeInWords(condition: RuleCondition, language: Language, depth = 0): string[] {
  const indent = '  '.repeat(depth);
  const group = (label: { en: string; cy: string }, children: RuleCondition[]) => [`${indent}- ${label[language]}`, ...children.flatMap((c) => conditionTreeInWords(c, language, depth + 1))];
  if ('all' in condition) return depth === 0 ? condition.all.flatMap((c) => conditionTreeInWords(c, language, depth)) : group({ en: 'all of these:', cy: 'pob un o\'r rhain:' }, condition.all);
  if ('any' in condition) return group({ en: 'any of these:', cy: 'unrhyw un o\'r rhain:' }, condition.any);
  if ('not' in condition) return group({ en: 'not this:', cy: 'nid hyn:' }, [condition.not]);
  return [`${indent}- ${conditionInWords(condition, language)}`];
}
