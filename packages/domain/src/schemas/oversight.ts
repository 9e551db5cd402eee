// IRO reviews (with what was confirmed about advocacy) and concerns raised and escalated.
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.js';
import { escalationStages, oversightResolutions, reviewAdvocacyFindings, reviewKinds } from '../code-lists/oversight.js';
import { idSchema } from './ids.js';

export const reviewSchema = z.object({
  id: idSchema,
  childId: idSchema,
  kind: reviewKinds.schema,
  heldOn: isoDateSchema,
  iroUserId: idSchema.nullable(),
  advocacyFinding: reviewAdvocacyFindings.schema,
  spokeToChildPrivately: z.boolean(),
  note: z.string().trim().max(4000).nullable(),
});
export type Review = z.infer<typeof reviewSchema>;

export const oversightEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('RAISED'), on: isoDateSchema, ruleId: z.string().min(1), reason: z.string().trim().min(1).max(2000) }),
  z.object({ type: z.literal('ACKNOWLEDGED'), on: isoDateSchema }),
  z.object({ type: z.literal('RESOLVED'), on: isoDateSchema, resolution: oversightResolutions.schema, note: z.string().trim().max(2000).nullable() }),
  z.object({ type: z.literal('ESCALATED'), on: isoDateSchema, stage: escalationStages.schema, to: z.string().trim().min(1, 'Say who the concern was escalated to').max(200), respondBy: isoDateSchema }),
  z.object({ type: z.literal('RESPONSE_RECEIVED'), on: isoDateSchema, response: z.string().trim().min(1, 'Enter the response').max(4000), satisfactory: z.boolean() }),
]);
export type OversightEvent = z.infer<typeof oversightEventSchema>;
export type OversightEventType = OversightEvent['type'];
