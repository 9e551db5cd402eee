// An authority's settings for one rule: on or off, and parameter values within the rule's limits.
import { z } from '@hono/zod-openapi';
import { expectedVersionSchema } from '../shared-schema.js';

const parameterValueSchema = z.union([z.number(), z.boolean(), z.string().max(100), z.array(z.string().max(100)).max(50)]);

export const ruleParameterParamsSchema = z.object({ ruleId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(100) });

export const ruleSettingSchema = z
  .object({ enabled: z.boolean().optional(), parameters: z.record(z.string().max(60), parameterValueSchema).optional(), expectedVersion: expectedVersionSchema })
  .strict()
  .openapi('RuleSettingChange');

export const ruleSettingViewSchema = z
  .object({ ruleId: z.string(), authorityCode: z.string(), enabled: z.boolean().optional(), parameters: z.record(z.string(), z.unknown()).optional(), version: z.number().int() })
  .openapi('RuleSetting');

export const ruleSettingsListSchema = z.object({ items: z.array(ruleSettingViewSchema) }).openapi('RuleSettings');
