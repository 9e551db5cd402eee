// One round of the Active Offer: from the trigger that made it due, through the offer, to its
// outcome. A child has one long-lived Active Offer case; each re-offer opens a new round in it,
// keeping the earlier rounds as history. The data layer keeps rounds as plain rows beside the
// case snapshot, so queues, rules and monitoring never replay events to read them.
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.js';
import { advocacyModes, offerLanguages, offerOutcomes, offerTriggers } from '../code-lists/active-offer.js';
import { idSchema } from './ids.js';

export const activeOfferSummarySchema = z.object({
  caseId: idSchema,
  childId: idSchema,
  /** 1 for the first offer, 2 for the first re-offer, and so on. */
  round: z.number().int().positive(),
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
  /** True when this round came after an earlier round in the same case (a re-offer). */
  isReoffer: z.boolean(),
});
export type ActiveOfferSummary = z.infer<typeof activeOfferSummarySchema>;
