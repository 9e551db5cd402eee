// Missing episodes and return home conversations: the events a social worker records, and the
// conversation guide each returned episode is read with.
import { z } from '@hono/zod-openapi';
import { conversationOfferers, idSchema, isoDateSchema, missingEpisodeEventSchema } from '@cynnig/domain';
import { permissions } from '../../../auth/permissions.js';
import type { CaseResource } from '../cases/case-routes.js';
import { caseViewSchema } from '../cases/case-schema.js';

export const missingEpisodeResource: CaseResource = {
  kind: 'missing-episode',
  segment: 'missing-episodes',
  tag: 'Missing episodes',
  noun: 'missing episode',
  eventSchema: missingEpisodeEventSchema,
  readRoles: permissions.readMissingEpisodes,
  writeRoles: permissions.recordMissingEpisodes,
};

/** The return home conversation guide the rules give for a returned episode (the same shape as @cynnig/rules' ReturnHomeConversationGuide). */
export const returnHomeConversationSchema = z
  .object({
    episodeId: idSchema,
    language: z.enum(['en', 'cy']),
    offeredBy: z.object({ code: conversationOfferers.schema, label: z.string() }).openapi({ description: 'Who should offer the conversation (the authority\'s setting), with its label in the reader\'s language' }),
    offerBy: isoDateSchema.describe('The London date by which the conversation should be offered: the window after the child returned'),
    windowHours: z.number().int(),
    adaptations: z.array(z.string()).openapi({ description: 'Which adaptations apply: first-episode, repeat-episode, long-episode, high-risk, exploitation-before' }),
    prompts: z.array(z.object({ id: z.string(), section: z.enum(['before', 'during', 'after', 'adapted', 'escalation', 'if-declined', 'advocacy']), sectionTitle: z.string(), text: z.string() })),
  })
  .openapi('ReturnHomeConversation');

/** A missing episode as read: the workflow case, and once the child has returned, the conversation guide. */
export const missingEpisodeViewSchema = caseViewSchema
  // a union rather than .nullable(): a nullable reference is published as allOf, which no null matches
  .extend({ returnHomeConversation: z.union([returnHomeConversationSchema, z.null()]).openapi({ description: 'Null while the episode is open' }) })
  .openapi('MissingEpisode');

export const missingEpisodeListSchema = z.object({ items: z.array(missingEpisodeViewSchema), openingEvents: z.array(z.string()) }).openapi('MissingEpisodeList');
