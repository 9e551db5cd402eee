// An authority's settings for the rules: which rules are switched off and which parameters differ
// from the defaults. Settings are checked against the rule book; a mistake is a bilingual
// CynnigError naming the rule and the parameter, so an administrator can put it right.
import { CynnigError } from '@cynnig/domain';
import { z } from 'zod';
import type { Rule } from '../rule-book/rule-book.js';
import type { ParameterDefinition, ParameterValue } from '../rule-book/rule-file-schema.js';

export const ruleOverrideSchema = z
  .object({
    enabled: z.boolean().optional(),
    parameters: z.record(z.string(), z.union([z.number(), z.boolean(), z.string(), z.array(z.string())])).optional(),
  })
  .strict();

/** An authority's overrides, by rule id: `{ 'reoffer-periodic-after-decline': { parameters: { months: 3 } } }`. */
export const ruleOverridesSchema = z.record(z.string(), ruleOverrideSchema);
export type RuleOverrides = z.infer<typeof ruleOverridesSchema>;

/** A rule with the values it runs with for one authority. */
export interface ConfiguredRule {
  readonly rule: Rule;
  readonly enabled: boolean;
  readonly parameters: Readonly<Record<string, ParameterValue>>;
}

function overrideError(code: string, path: (string | number)[], en: string, cy: string): CynnigError {
  return new CynnigError({ code, message: { en, cy }, path });
}

function checkValue(ruleId: string, name: string, definition: ParameterDefinition, value: unknown): ParameterValue {
  const path = [ruleId, 'parameters', name];
  const field = `${ruleId}.${name}`;
  switch (definition.type) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) throw overrideError('rules.override-invalid-parameter', path, `${field} must be a whole number`, `Rhaid i ${field} fod yn rhif cyfan`);
      if (value < definition.min || value > definition.max)
        throw overrideError('rules.override-invalid-parameter', path, `${field} must be between ${definition.min} and ${definition.max}`, `Rhaid i ${field} fod rhwng ${definition.min} a ${definition.max}`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw overrideError('rules.override-invalid-parameter', path, `${field} must be true or false`, `Rhaid i ${field} fod yn wir neu\'n gau`);
      return value;
    case 'choice':
      if (typeof value !== 'string' || !definition.options.includes(value))
        throw overrideError('rules.override-invalid-parameter', path, `${field} must be one of: ${definition.options.join(', ')}`, `Rhaid i ${field} fod yn un o: ${definition.options.join(', ')}`);
      return value;
    case 'choice-list':
      if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string' && definition.options.includes(v)))
        throw overrideError('rules.override-invalid-parameter', path, `${field} must be a list of one or more of: ${definition.options.join(', ')}`, `Rhaid i ${field} fod yn rhestr o un neu fwy o: ${definition.options.join(', ')}`);
      return [...new Set(value as string[])];
  }
}

/**
 * Applies an authority's overrides to the rule book. Throws a `CynnigError` for an unknown rule
 * (`rules.override-unknown-rule`), an unknown parameter (`rules.override-unknown-parameter`) or a
 * value of the wrong type or out of range (`rules.override-invalid-parameter`); `path` names the field.
 *
 * @example
 * configureRules(rules, { 'reoffer-periodic-after-decline': { parameters: { months: 3 } }, 'reoffer-school-move': { enabled: false } });
 */
export function configureRules(rules: readonly Rule[], overrides: unknown = {}): ConfiguredRule[] {
  const parsed = ruleOverridesSchema.safeParse(overrides ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []) as (string | number)[];
    throw overrideError('rules.override-invalid', path, `The rule settings are not valid at ${path.join('.') || 'the top level'}: ${issue?.message ?? ''}`, `Nid yw gosodiadau\'r rheolau yn ddilys yn ${path.join('.') || 'y lefel uchaf'}: ${issue?.message ?? ''}`);
  }
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  for (const [ruleId, override] of Object.entries(parsed.data)) {
    const rule = byId.get(ruleId);
    if (!rule) throw overrideError('rules.override-unknown-rule', [ruleId], `There is no rule called ${ruleId}`, `Nid oes rheol o\'r enw ${ruleId}`);
    for (const name of Object.keys(override.parameters ?? {})) {
      if (!Object.hasOwn(rule.parameters, name))
        throw overrideError('rules.override-unknown-parameter', [ruleId, 'parameters', name], `The rule ${ruleId} has no parameter called ${name}`, `Nid oes gan y rheol ${ruleId} baramedr o\'r enw ${name}`);
    }
  }
  return rules.map((rule) => {
    const override = parsed.data[rule.id];
    const parameters: Record<string, ParameterValue> = {};
    for (const [name, definition] of Object.entries(rule.parameters)) {
      const given = override?.parameters?.[name];
      parameters[name] = given === undefined ? definition.default : checkValue(rule.id, name, definition, given);
    }
    return { rule, enabled: override?.enabled ?? rule.enabledByDefault, parameters };
  });
}

/** Replaces every `{ "param": name }` in a value with the parameter's value. */
export function withParameters<T>(value: T, parameters: Readonly<Record<string, ParameterValue>>): T {
  if (Array.isArray(value)) return value.map((item) => withParameters(item, parameters)) as T;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]?.[0] === 'param' && typeof entries[0][1] === 'string') {
      const resolved = parameters[entries[0][1]];
      if (resolved === undefined) throw new RangeError(`parameter ${entries[0][1]} has no value`);
      return resolved as T;
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, withParameters(inner, parameters)])) as T;
  }
  return value;
}
