// Work queues: what is due for a social worker's caseload, a team, an IRO, and an
// advocacy provider's referral inbox. Each queue item carries the rule that put it
// there and its reason in both languages. Shapes follow apps/api/src/routes/v1/queues/schema.ts.
import { dueItemSchema } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

export const queueItemSchema = dueItemSchema.extend({ childName: z.string(), caseReference: z.string() });
export type QueueItem = z.infer<typeof queueItemSchema>;
export const queuePageSchema = z.object({ items: z.array(queueItemSchema), total: z.number().int() });
export type QueuePage = z.infer<typeof queuePageSchema>;

export const inboxItemSchema = z.object({
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
});
export type InboxItem = z.infer<typeof inboxItemSchema>;
export const inboxSchema = z.object({ items: z.array(inboxItemSchema), total: z.number().int() });
export type Inbox = z.infer<typeof inboxSchema>;

export type QueueName = 'caseload' | 'team' | 'iro';

export function queuesApi(client: ApiClient) {
  return {
    queue(name: QueueName, limit = 100, offset = 0): Promise<QueuePage> {
      return client.request('GET', `/queues/${name}?limit=${limit}&offset=${offset}`, queuePageSchema);
    },
    /**
     * Every item of a queue, up to `atMost`, read a page at a time. The API orders by due date
     * only, so a queue is read whole before it can be grouped and ordered by urgency.
     */
    async wholeQueue(name: QueueName, atMost = 2000): Promise<QueuePage> {
      const first = await client.request('GET', `/queues/${name}?limit=500&offset=0`, queuePageSchema);
      const items = [...first.items];
      while (items.length < Math.min(first.total, atMost)) {
        const next = await client.request('GET', `/queues/${name}?limit=500&offset=${items.length}`, queuePageSchema);
        if (next.items.length === 0) break;
        items.push(...next.items);
      }
      return { items: items.slice(0, atMost), total: first.total };
    },
    providerInbox(limit = 100): Promise<Inbox> {
      return client.request('GET', `/queues/provider-inbox?limit=${limit}`, inboxSchema);
    },
  };
}
