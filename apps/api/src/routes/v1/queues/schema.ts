// Work queues: what is due, for whom, and why (each item names its rule and the facts).
import { z } from '@hono/zod-openapi';
import { dueItemSchema } from '@cynnig/domain';

export const queueQuerySchema = z.object({
  dueBy: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const queuePageSchema = z
  .object({ items: z.array(dueItemSchema.extend({ childName: z.string(), caseReference: z.string() })), total: z.number().int() })
  .openapi('Queue');

export const inboxSchema = z
  .object({
    items: z.array(
      z.object({
        caseId: z.string(),
        childId: z.string(),
        authorityCode: z.string(),
        state: z.string(),
        caseVersion: z.number().int(),
        givenName: z.string(),
        familyName: z.string(),
        dateOfBirth: z.string(),
        preferredLanguage: z.string(),
        communicationNeeds: z.array(z.string()),
        round: z.number().int().nullable(),
        referredOn: z.string().nullable(),
        trigger: z.string().nullable(),
        dueOn: z.string().nullable(),
      }),
    ),
    total: z.number().int(),
  })
  .openapi('ProviderInbox');
