// Shapes of the children resource: the list with due items, one child's record (or, for a
// provider, the referral), and the timeline.
import { z } from '@hono/zod-openapi';
import { childRecordSchema, gssCodeSchema, idSchema, isoDateSchema, legalStatuses } from '@cynnig/domain';
import { returnHomeConversationSchema } from '../missing-episodes/schema.js';
import { dueItemResponseSchema } from '../shared-schema.js';

const yesNo = z.enum(['true', 'false']).transform((value) => value === 'true');

export const childrenQuerySchema = z.object({
  q: z.string().trim().max(100).optional().openapi({ description: 'Part of a name or case reference' }),
  legalStatus: legalStatuses.schema.optional(),
  hasDueItems: yesNo.optional(),
  overdue: yesNo.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const childListItemSchema = z
  .object({
    id: idSchema,
    authorityCode: gssCodeSchema,
    caseReference: z.string().nullable(),
    givenName: z.string(),
    familyName: z.string(),
    dateOfBirth: isoDateSchema,
    legalStatus: z.string().nullable(),
    version: z.number().int(),
    dueItems: z.array(dueItemResponseSchema),
  })
  .openapi('ChildListItem');

export const childrenPageSchema = z.object({ items: z.array(childListItemSchema), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).openapi('ChildrenPage');

export const referralSchema = z
  .object({
    id: idSchema,
    authorityCode: gssCodeSchema,
    givenName: z.string(),
    familyName: z.string(),
    dateOfBirth: isoDateSchema,
    preferredLanguage: z.string(),
    otherLanguageName: z.string().nullable(),
    communicationNeeds: z.array(z.string()),
  })
  .openapi('Referral');

export const childViewSchema = z
  .discriminatedUnion('view', [
    z.object({
      view: z.literal('full'),
      version: z.number().int(),
      record: childRecordSchema,
      dueItems: z.array(dueItemResponseSchema),
      returnHomeConversations: z.array(returnHomeConversationSchema).openapi({ description: 'The return home conversation guide for each episode the child has returned from, in the reader\'s language' }),
    }),
    z.object({ view: z.literal('referral'), version: z.number().int(), referral: referralSchema, dueItems: z.array(dueItemResponseSchema) }),
  ])
  .openapi('ChildView');

export const timelineSchema = z
  .object({
    items: z.array(
      z.object({
        at: z.string(),
        source: z.enum(['active-offer', 'missing-episode', 'oversight', 'life-event', 'review', 'placement']),
        type: z.string(),
        caseId: idSchema.nullable(),
        detail: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .openapi('Timeline');
