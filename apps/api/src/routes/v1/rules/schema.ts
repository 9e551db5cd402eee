// The rule catalogue as published: every rule with its bilingual title, explanation, legal or
// policy basis, parameters and whether it is on by default.
import { z } from '@hono/zod-openapi';
import { bilingualSchema } from '@cynnig/domain';

export const catalogueEntrySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  set: z.string(),
  enabledByDefault: z.boolean(),
  title: bilingualSchema,
  explanation: bilingualSchema,
  basis: z.object({ kind: z.string(), citation: bilingualSchema }),
  parameters: z.record(z.string(), z.record(z.string(), z.unknown())),
});

export const catalogueSchema = z.object({ rules: z.array(catalogueEntrySchema) }).openapi('RuleCatalogue');
