// The shape of a rule file: one JSON file per rule, kept as data so that a policy officer can
// review it. Checked with zod when the rule book loads; a malformed file fails loudly with its name.
import { bilingualSchema, dueItemAudienceSchema, severities } from '@cynnig/domain';
import { z } from 'zod';

export const ruleSetNames = ['initial-offer', 'reoffer', 'iro-oversight', 'return-home-conversation'] as const;
export const ruleSetSchema = z.enum(ruleSetNames);
export type RuleSetName = z.infer<typeof ruleSetSchema>;

/** A reference to a named parameter, replaced by its value (the default or the authority's override) when the engine is built. */
export const parameterReferenceSchema = z.object({ param: z.string().min(1) }).strict();
export type ParameterReference = z.infer<typeof parameterReferenceSchema>;

const whole = z.union([z.number().int(), parameterReferenceSchema]);

export const parameterUnits = ['working-days', 'days', 'months', 'hours', 'years', 'count', 'km'] as const;

const integerParameterSchema = z
  .object({
    type: z.literal('integer'),
    unit: z.enum(parameterUnits),
    default: z.number().int(),
    min: z.number().int(),
    max: z.number().int(),
    description: bilingualSchema,
  })
  .strict()
  .refine((p) => p.min <= p.default && p.default <= p.max, { message: 'the default must lie between min and max', path: ['default'] });

const booleanParameterSchema = z.object({ type: z.literal('boolean'), default: z.boolean(), description: bilingualSchema }).strict();

const choiceParameterSchema = z
  .object({ type: z.literal('choice'), options: z.array(z.string().min(1)).min(1), default: z.string(), description: bilingualSchema })
  .strict()
  .refine((p) => p.options.includes(p.default), { message: 'the default must be one of the options', path: ['default'] });

const choiceListParameterSchema = z
  .object({ type: z.literal('choice-list'), options: z.array(z.string().min(1)).min(1), default: z.array(z.string()).min(1), description: bilingualSchema })
  .strict()
  .refine((p) => p.default.every((d) => p.options.includes(d)), { message: 'every default must be one of the options', path: ['default'] });

export const parameterSchema = z.discriminatedUnion('type', [integerParameterSchema, booleanParameterSchema, choiceParameterSchema, choiceListParameterSchema]);
export type ParameterDefinition = z.infer<typeof parameterSchema>;
export type ParameterValue = number | boolean | string | string[];

/**
 * A date worked out from a fact: `{ "fact": "lookedAfterSince", "workingDays": 20 }` is 20 working
 * days after the child became looked after. `hours` applies to a moment and gives its London date.
 */
export const dateExpressionSchema = z
  .object({
    fact: z.string().min(1),
    factParams: z.record(z.string(), z.unknown()).optional(),
    workingDays: whole.optional(),
    days: whole.optional(),
    daysBefore: whole.optional(),
    months: whole.optional(),
    hours: whole.optional(),
  })
  .strict();
export type DateExpression = z.infer<typeof dateExpressionSchema>;

const factReferenceSchema = z.object({ fact: z.string().min(1), params: z.record(z.string(), z.unknown()).optional(), path: z.string().optional() }).strict();

export const leafConditionSchema = z
  .object({
    fact: z.string().min(1),
    operator: z.string().min(1),
    value: z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.union([z.string(), z.number()])), parameterReferenceSchema, factReferenceSchema]),
    params: z.record(z.string(), z.unknown()).optional(),
    path: z.string().optional(),
  })
  .strict();
export type LeafCondition = z.infer<typeof leafConditionSchema>;

export type RuleCondition = LeafCondition | { all: RuleCondition[] } | { any: RuleCondition[] } | { not: RuleCondition };
export type TopCondition = { all: RuleCondition[] } | { any: RuleCondition[] } | { not: RuleCondition };

export const conditionSchema: z.ZodType<RuleCondition> = z.lazy(() =>
  z.union([
    leafConditionSchema,
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

export const topConditionSchema: z.ZodType<TopCondition> = z.union([
  z.object({ all: z.array(conditionSchema).min(1) }).strict(),
  z.object({ any: z.array(conditionSchema).min(1) }).strict(),
  z.object({ not: conditionSchema }).strict(),
]);

export const publishedFactNames = ['pendingOfferDueOn', 'pendingReofferDueOn', 'nextOfferDueOn'] as const;

export const dueItemEventSchema = z
  .object({
    type: z.literal('due-item'),
    params: z
      .object({
        /** What has to happen: 'offer', 'reoffer', 'review', 'oversight'... */
        kind: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
        audience: z.union([z.array(dueItemAudienceSchema).min(1), parameterReferenceSchema]),
        /** Severity on or before the due date. */
        severity: severities.schema,
        /** Severity after the due date has passed; the same as `severity` when not given. */
        overdueSeverity: severities.schema.optional(),
        dueOn: dateExpressionSchema,
        /** Why the item exists. `{dueOn}` and `{<recorded fact>}` are filled in. */
        reason: bilingualSchema,
        /** Facts copied onto the due item, so that it says what fired it. */
        recordFacts: z.array(z.string().min(1)),
        /** Runtime facts this rule's due date sets (the earliest wins), for lower-priority rules to read. */
        publishes: z.array(z.enum(publishedFactNames)).optional(),
      })
      .strict(),
  })
  .strict();

export const ruleFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a rule id is lower-case words joined by hyphens'),
    version: z.number().int().positive(),
    set: ruleSetSchema,
    /** 'child' rules run once per child; 'missing-episode' rules once per returned episode. */
    scope: z.enum(['child', 'missing-episode']),
    /** Higher runs first; a rule that reads a published fact must come after every rule that publishes it. */
    priority: z.number().int().min(1).max(100),
    enabledByDefault: z.boolean(),
    title: bilingualSchema,
    explanation: bilingualSchema,
    basis: z
      .object({
        kind: z.enum(['regulation', 'guidance', 'local-policy']),
        citation: bilingualSchema,
      })
      .strict(),
    parameters: z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), parameterSchema),
    conditions: topConditionSchema,
    event: dueItemEventSchema,
  })
  .strict();

/** A rule as written in its file. */
export type RuleFile = z.infer<typeof ruleFileSchema>;
