// A due item is what the rules say needs doing for a child: a re-offer by a date, something
// for the IRO to look at, a return home conversation to offer. Queues are built from these.
import { z } from 'zod';
import { isoDateSchema } from '../calendar/iso-date.js';
import { severities } from '../code-lists/oversight.js';
import { bilingualSchema } from '../language.js';
import { idSchema } from './ids.js';

export const dueItemAudienceSchema = z.enum(['social-worker', 'iro', 'provider', 'team-manager']);

export const dueItemSchema = z.object({
  childId: idSchema,
  ruleId: z.string().min(1),
  ruleVersion: z.number().int().positive(),
  /** What has to happen, e.g. 'reoffer', 'review', 'return-home-conversation'. */
  kind: z.string().min(1),
  audience: z.array(dueItemAudienceSchema).min(1),
  dueOn: isoDateSchema,
  severity: severities.schema,
  /** Why the item exists, in words, in both languages. */
  reason: bilingualSchema,
  /** The facts that fired the rule, for the explanation. */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  /** A case the item belongs to (an Active Offer case, a missing episode), when there is one. */
  caseId: idSchema.nullable(),
});
export type DueItem = z.infer<typeof dueItemSchema>;
