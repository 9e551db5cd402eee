// The shape every workflow case answers with (missing episodes, IRO concerns), and the body
// of a step: the event and the version it was read at.
import { z } from '@hono/zod-openapi';
import { idSchema } from '@cynnig/domain';
import type { ZodType } from 'zod';
import { expectedVersionSchema } from '../shared-schema.js';

export const caseViewSchema = z
  .object({
    childId: idSchema,
    caseId: idSchema,
    version: z.number().int().min(1),
    state: z.string(),
    summary: z.record(z.string(), z.unknown()),
    allowedEvents: z.array(z.string()),
  })
  .openapi('WorkflowCase');

export const caseListSchema = z.object({ items: z.array(caseViewSchema), openingEvents: z.array(z.string()) }).openapi('WorkflowCaseList');

export function caseStepSchema(eventSchema: ZodType) {
  return z.object({ event: eventSchema, expectedVersion: expectedVersionSchema }).strict();
}

export const caseParamsSchema = z.object({ childId: idSchema, caseId: idSchema });
