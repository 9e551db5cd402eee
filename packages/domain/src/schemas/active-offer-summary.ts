// The current facts of one Active Offer case, kept on the case row beside its snapshot so
// that queues, rules and monitoring read plain columns instead of replaying events.
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.js';
import { advocacyModes, offerLanguages, offerOutcomes, offerTriggers } from '../code-lists/active-offer.js';
import { idSchema } from './ids.js';

export const activeOfferSummarySchema = z.object({
  id: idSchema,
  childId: idSchema,
  /** The workflow state the case is in, e.g. 'awaitingReferral', 'awaitingReoffer'. */
  state: z.string().min(1),
  trigger: offerTriggers.schema,
  /** The date the trigger happened: the start of the timescale. */
  triggeredOn: isoDateSchema,
  providerId: idSchema.nullable(),
  childToldOn: isoDateSchema.nullable(),
  referredOn: isoDateSchema.nullable(),
  offerMadeOn: isoDateSchema.nullable(),
  offerLanguage: offerLanguages.schema.nullable(),
  mode: advocacyModes.schema.nullable(),
  outcome: offerOutcomes.schema.nullable(),
  outcomeOn: isoDateSchema.nullable(),
  outcomeConfirmedOn: isoDateSchema.nullable(),
  advocacyEndedOn: isoDateSchema.nullable(),
  /** True when this case was itself a re-offer after an earlier decline or opt-out. */
  isReoffer: z.boolean(),
});
export type ActiveOfferSummary = z.infer<typeof activeOfferSummarySchema>;
