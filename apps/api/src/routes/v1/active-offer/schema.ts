// Shapes of the Active Offer resource: the case with its rounds and the steps allowed next,
// and a step to record with the version it was read at.
import { z } from '@hono/zod-openapi';
import { activeOfferEventSchema, activeOfferEventTypes, activeOfferSummarySchema, idSchema } from '@cynnig/domain';
import { expectedVersionSchema } from '../shared-schema.js';

export const activeOfferViewSchema = z
  .object({
    childId: idSchema,
    caseId: idSchema.nullable(),
    version: z.number().int().min(0),
    state: z.string().nullable(),
    rounds: z.array(activeOfferSummarySchema),
    allowedEvents: z.array(z.enum(activeOfferEventTypes as [string, ...string[]])),
  })
  .openapi('ActiveOffer');

export const activeOfferStepSchema = z.object({ event: activeOfferEventSchema, expectedVersion: expectedVersionSchema }).strict().openapi('ActiveOfferStep');
