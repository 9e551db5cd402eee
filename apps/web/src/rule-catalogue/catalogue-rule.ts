// What the rule catalogue page shows of each rule: the same fields as a rule file
// in @cynnig/rules (title, explanation, basis, parameters and their defaults),
// without its conditions. Checked with zod so a change in the rule files shows up here.
import { bilingualSchema } from '@cynnig/domain';
import { z } from 'zod';

export const ruleSetNames = ['initial-offer', 'reoffer', 'iro-oversight', 'return-home-conversation'] as const;
export const parameterUnits = ['working-days', 'days', 'months', 'hours', 'years', 'count', 'km'] as const;
export type ParameterUnit = (typeof parameterUnits)[number];

const withDescription = { description: bilingualSchema };
export const catalogueParameterSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('integer'), unit: z.enum(parameterUnits), default: z.number().int(), min: z.number().int(), max: z.number().int(), ...withDescription }),
  z.object({ type: z.literal('boolean'), default: z.boolean(), ...withDescription }),
  z.object({ type: z.literal('choice'), options: z.array(z.string()).min(1), default: z.string(), ...withDescription }),
  z.object({ type: z.literal('choice-list'), options: z.array(z.string()).min(1), default: z.array(z.string()), ...withDescription }),
]);
export type CatalogueParameter = z.infer<typeof catalogueParameterSchema>;

export const catalogueRuleSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  set: z.enum(ruleSetNames),
  enabledByDefault: z.boolean(),
  title: bilingualSchema,
  explanation: bilingualSchema,
  basis: z.object({ kind: z.enum(['regulation', 'guidance', 'local-policy']), citation: bilingualSchema }),
  parameters: z.record(z.string(), catalogueParameterSchema),
  /** When the rule applies and what it does, in words (Markdown bullets), from @cynnig/rules' catalogue. */
  condition: bilingualSchema.optional(),
  consequence: bilingualSchema.optional(),
});
export type CatalogueRule = z.infer<typeof catalogueRuleSchema>;
