// Loads the rule files into a checked rule book. Beyond the zod shape it checks what the shape
// cannot: the file is named for its rule, every fact and operator exists, every parameter used is
// declared, and rules reading a fact published at run time come after the rules that publish it.
import { CynnigError } from '@cynnig/domain';
import { factDictionary, isFactName } from '../facts/fact-dictionary.js';
import { operatorNames } from '../engine/operators.js';
import { ruleFileSchema, type RuleCondition, type RuleFile } from './rule-file-schema.js';

/** A checked rule, with the path of the file it came from (relative to `src/rule-files`). */
export interface Rule extends RuleFile {
  readonly file: string;
}

/** One rule file as the generated index hands it over: its path and its parsed JSON. */
export interface RuleFileEntry {
  readonly file: string;
  readonly content: unknown;
}

function invalid(file: string, problem: string, path: (string | number)[] = []): CynnigError {
  return new CynnigError({
    code: 'rules.file-invalid',
    message: {
      en: `The rule file ${file} is not valid: ${problem}`,
      cy: `Nid yw'r ffeil reol ${file} yn ddilys: ${problem}`,
    },
    path: [file, ...path],
  });
}

/** Walks a value, calling back for every `{ "param": name }` it holds. */
export function forEachParameterReference(value: unknown, visit: (name: string, path: (string | number)[]) => void, path: (string | number)[] = []): void {
  if (Array.isArray(value)) value.forEach((item, index) => forEachParameterReference(item, visit, [...path, index]));
  else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]?.[0] === 'param' && typeof entries[0][1] === 'string') visit(entries[0][1], path);
    else for (const [key, inner] of entries) forEachParameterReference(inner, visit, [...path, key]);
  }
}

/** Every fact a condition tree reads, with where it is read. */
export function factsReadBy(condition: RuleCondition, path: (string | number)[] = []): { fact: string; params: Record<string, unknown> | undefined; path: (string | number)[] }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => factsReadBy(c, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => factsReadBy(c, [...path, 'any', i]));
  if ('not' in condition) return factsReadBy(condition.not, [...path, 'not']);
  const read = [{ fact: condition.fact, params: condition.params, path: [...path, 'fact'] }];
  const value = condition.value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && 'fact' in value) read.push({ fact: value.fact, params: value.params, path: [...path, 'value', 'fact'] });
  return read;
}

function operatorsUsedBy(condition: RuleCondition, path: (string | number)[] = []): { operator: string; path: (string | number)[] }[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => operatorsUsedBy(c, [...path, 'all', i]));
  if ('any' in condition) return condition.any.flatMap((c, i) => operatorsUsedBy(c, [...path, 'any', i]));
  if ('not' in condition) return operatorsUsedBy(condition.not, [...path, 'not']);
  return [{ operator: condition.operator, path: [...path, 'operator'] }];
}

/** Facts read through `dateOf` (its `fact` parameter) as well as directly. */
function expandDateOf(read: { fact: string; params: Record<string, unknown> | undefined; path: (string | number)[] }[]) {
  return read.flatMap((r) => (r.fact === 'dateOf' && typeof r.params?.['fact'] === 'string' ? [r, { fact: r.params['fact'], params: r.params['factParams'] as Record<string, unknown> | undefined, path: [...r.path.slice(0, -1), 'params', 'fact'] }] : [r]));
}

function checkRule(entry: RuleFileEntry): Rule {
  const parsed = ruleFileSchema.safeParse(entry.content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(entry.file, `${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'unknown problem'}`, (issue?.path ?? []) as (string | number)[]);
  }
  const rule = parsed.data;
  const [folder, name] = entry.file.split('/');
  if (name !== `${rule.id}.json`) throw invalid(entry.file, `the file must be named after the rule id (${rule.id}.json)`, ['id']);
  if (folder !== rule.set) throw invalid(entry.file, `the rule belongs to the set ${rule.set} but sits in the folder ${folder}`, ['set']);

  forEachParameterReference({ conditions: rule.conditions, event: rule.event }, (param, path) => {
    if (!Object.hasOwn(rule.parameters, param)) throw invalid(entry.file, `the parameter ${param} is used but not declared`, path);
  });
  const read = expandDateOf([
    ...factsReadBy(rule.conditions, ['conditions']),
    { fact: 'dateOf', params: rule.event.params.dueOn as Record<string, unknown>, path: ['event', 'params', 'dueOn', 'fact'] },
    ...rule.event.params.recordFacts.map((fact, i) => ({ fact, params: undefined, path: ['event', 'params', 'recordFacts', i] as (string | number)[] })),
  ]);
  for (const r of read) {
    if (!isFactName(r.fact)) throw invalid(entry.file, `there is no fact called ${r.fact}`, r.path);
    const definition = factDictionary[r.fact];
    if (definition.scope === 'missing-episode' && rule.scope === 'child') throw invalid(entry.file, `the fact ${r.fact} describes a missing episode and cannot be read by a child rule`, r.path);
    const allowed: readonly string[] = ('params' in definition ? definition.params : undefined) ?? [];
    for (const key of Object.keys(r.params ?? {})) if (!allowed.includes(key)) throw invalid(entry.file, `the fact ${r.fact} takes no parameter ${key}`, r.path);
  }
  for (const { operator, path } of operatorsUsedBy(rule.conditions, ['conditions'])) {
    if (!operatorNames.includes(operator)) throw invalid(entry.file, `there is no operator called ${operator}`, path);
  }
  const placeholders = [...`${rule.event.params.reason.en} ${rule.event.params.reason.cy}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  for (const placeholder of placeholders) {
    if (placeholder !== 'dueOn' && !rule.event.params.recordFacts.includes(placeholder)) throw invalid(entry.file, `the reason mentions {${placeholder}}, which is not a recorded fact`, ['event', 'params', 'reason']);
  }
  return { ...rule, file: entry.file };
}

/**
 * Checks every rule file and returns the rule book, or throws a `CynnigError` naming the first
 * file at fault and what is wrong with it.
 *
 * @example
 * const rules = loadRuleBook(ruleFiles); // ruleFiles from the generated src/rule-files/index.ts
 */
export function loadRuleBook(files: readonly RuleFileEntry[]): Rule[] {
  const rules = files.map(checkRule);
  const seen = new Map<string, string>();
  for (const rule of rules) {
    const other = seen.get(rule.id);
    if (other) throw invalid(rule.file, `the rule id ${rule.id} is also used by ${other}`, ['id']);
    seen.set(rule.id, rule.file);
  }
  for (const rule of rules) {
    const read = expandDateOf([...factsReadBy(rule.conditions, ['conditions']), { fact: 'dateOf', params: rule.event.params.dueOn as Record<string, unknown>, path: ['event', 'params', 'dueOn'] }]);
    for (const r of read) {
      if (!isFactName(r.fact) || !('published' in factDictionary[r.fact])) continue;
      const publishers = rules.filter((p) => p.event.params.publishes?.includes(r.fact as never));
      const early = publishers.find((p) => p.priority <= rule.priority);
      if (early) throw invalid(rule.file, `it reads ${r.fact}, so its priority must be lower than that of ${early.id}, which sets it`, ['priority']);
    }
  }
  return rules.sort((a, b) => (a.set === b.set ? (a.id < b.id ? -1 : 1) : a.set < b.set ? -1 : 1));
}
