// Bodies for recording the facts of a child's life, built from the domain schemas.
import { z } from '@hono/zod-openapi';
import { allocationSchema, isoDateSchema, lifeEventSchema, placementLocationSchema, placementTypes, reviewSchema } from '@cynnig/domain';

export const newLifeEventSchema = z.object({ kind: lifeEventSchema.shape.kind, occurredOn: isoDateSchema, note: lifeEventSchema.shape.note }).strict();
export const newPlacementSchema = z
  .object({
    type: placementTypes.schema,
    start: isoDateSchema,
    location: placementLocationSchema,
    homeHasVisitingAdvocacy: z.boolean().nullable(),
    distanceFromHomeKm: z.number().nonnegative().max(2000).nullable(),
  })
  .strict();
export const newAllocationSchema = z.object({ role: z.enum(['social-worker', 'iro']), userId: z.uuid(), start: isoDateSchema }).strict();
export const newReviewSchema = z
  .object({
    kind: reviewSchema.shape.kind,
    heldOn: isoDateSchema,
    advocacyFinding: reviewSchema.shape.advocacyFinding,
    spokeToChildPrivately: z.boolean(),
    note: reviewSchema.shape.note,
  })
  .strict();

export const recordedFactSchema = z.object({ id: z.uuid(), childId: z.uuid() }).passthrough().openapi('RecordedFact');
export { allocationSchema };
