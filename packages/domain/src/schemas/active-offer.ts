// The Active Offer case and the events that move it along. One schema serves the form,
// the API and the database boundary; the workflow machine decides which are allowed when.
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.js';
import {
  advocacyModes,
  contactMethods,
  offerFormats,
  offerLanguages,
  offerTriggers,
} from '../code-lists/active-offer.js';
import { entitlementEndReasons } from '../code-lists/child.js';
import { idSchema } from './ids.js';

const on = isoDateSchema;

export const activeOfferEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('OFFER_DUE'), on, trigger: offerTriggers.schema }),
  z.object({ type: z.literal('CHILD_TOLD'), on, method: contactMethods.schema, language: offerLanguages.schema }),
  z.object({ type: z.literal('PERMISSION_GIVEN'), on }),
  z.object({ type: z.literal('PERMISSION_REFUSED'), on, reason: z.string().trim().max(1000).nullable() }),
  z.object({ type: z.literal('PERMISSION_CANNOT_BE_GIVEN'), on, reason: z.string().trim().min(1, 'Say why the child cannot give permission').max(1000) }),
  z.object({ type: z.literal('REFERRED'), on, providerId: idSchema }),
  z.object({ type: z.literal('CONTACT_ATTEMPTED'), on, method: contactMethods.schema, reachedChild: z.boolean() }),
  z.object({
    type: z.literal('OFFER_MADE'),
    on,
    language: offerLanguages.schema,
    formats: z.array(offerFormats.schema).min(1, 'Choose at least one format'),
    mode: advocacyModes.schema,
  }),
  z.object({ type: z.literal('OFFER_ACCEPTED'), on }),
  z.object({ type: z.literal('OFFER_DECLINED'), on, reason: z.string().trim().max(1000).nullable() }),
  z.object({ type: z.literal('OPTED_OUT'), on }),
  z.object({ type: z.literal('COULD_NOT_CONTACT'), on }),
  z.object({ type: z.literal('OUTCOME_CONFIRMED'), on }),
  z.object({ type: z.literal('ADVOCACY_ENDED'), on }),
  z.object({ type: z.literal('OPTED_BACK_IN'), on }),
  z.object({ type: z.literal('ENTITLEMENT_ENDED'), on, reason: entitlementEndReasons.schema }),
]);
export type ActiveOfferEvent = z.infer<typeof activeOfferEventSchema>;
export type ActiveOfferEventType = ActiveOfferEvent['type'];
export const activeOfferEventTypes = activeOfferEventSchema.options.map((option) => option.shape.type.value);
