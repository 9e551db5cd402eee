// A child and the facts about their life that Cynnig keeps beside the council's case system.
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.js';
import {
  asylumStatuses,
  communicationNeeds,
  disabilityStatuses,
  entitlementBases,
  entitlementEndReasons,
  legalStatuses,
  placementTypes,
  spokenLanguages,
} from '../code-lists/child.js';
import { lifeEventKinds } from '../code-lists/life-events.js';
import { caseReferenceSchema, gssCodeSchema, idSchema } from './ids.js';

const endNotBeforeStart = <T extends { start: string; end: string | null }>(value: T, ctx: z.RefinementCtx) => {
  if (value.end !== null && value.end < value.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'The end date must be the same as or after the start date' });
};

export const childSchema = z.object({
  id: idSchema,
  authorityCode: gssCodeSchema,
  caseReference: caseReferenceSchema,
  givenName: z.string().trim().min(1, 'Enter the child\'s first name').max(100),
  familyName: z.string().trim().min(1, 'Enter the child\'s last name').max(100),
  dateOfBirth: isoDateSchema,
  legalStatus: legalStatuses.schema,
  preferredLanguage: spokenLanguages.schema,
  firstLanguage: spokenLanguages.schema,
  /** Named when the first or preferred language is neither English nor Welsh. */
  otherLanguageName: z.string().trim().max(60).nullable(),
  communicationNeeds: z.array(communicationNeeds.schema).max(6),
  disability: disabilityStatuses.schema,
  asylumStatus: asylumStatuses.schema,
});
export type Child = z.infer<typeof childSchema>;

export const entitlementSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    basis: entitlementBases.schema,
    start: isoDateSchema,
    end: isoDateSchema.nullable(),
    endReason: entitlementEndReasons.schema.nullable(),
  })
  .superRefine(endNotBeforeStart)
  .superRefine((value, ctx) => {
    if ((value.end === null) !== (value.endReason === null)) ctx.addIssue({ code: 'custom', path: ['endReason'], message: 'Give both the end date and the reason the entitlement ended, or neither' });
  });
export type Entitlement = z.infer<typeof entitlementSchema>;

/** Where a placement is: a Welsh authority's area, elsewhere in the UK, or abroad. */
export const placementLocationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('wales'), authorityCode: gssCodeSchema }),
  z.object({ kind: z.literal('outside-wales'), description: z.string().trim().min(1).max(120) }),
]);
export type PlacementLocation = z.infer<typeof placementLocationSchema>;

export const placementSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    type: placementTypes.schema,
    start: isoDateSchema,
    end: isoDateSchema.nullable(),
    location: placementLocationSchema,
    /** Only for children's homes: whether the home has a commissioned visiting advocate. */
    homeHasVisitingAdvocacy: z.boolean().nullable(),
    distanceFromHomeKm: z.number().nonnegative().max(2000).nullable(),
  })
  .superRefine(endNotBeforeStart);
export type Placement = z.infer<typeof placementSchema>;

export const allocationSchema = z
  .object({
    id: idSchema,
    childId: idSchema,
    role: z.enum(['social-worker', 'iro']),
    userId: idSchema,
    start: isoDateSchema,
    end: isoDateSchema.nullable(),
  })
  .superRefine(endNotBeforeStart);
export type Allocation = z.infer<typeof allocationSchema>;

export const lifeEventSchema = z.object({
  id: idSchema,
  childId: idSchema,
  kind: lifeEventKinds.schema,
  occurredOn: isoDateSchema,
  /** Free text for the record; never shown outside the authority. */
  note: z.string().trim().max(2000).nullable(),
});
export type LifeEvent = z.infer<typeof lifeEventSchema>;
