// A missing episode (or time away without authorisation) and its return home conversation.
import { z } from 'zod';
import { timestampSchema } from '../calendar/iso-date.js';
import {
  absenceKinds,
  conversationActions,
  conversationOfferers,
  exploitationIndicators,
  returnMethods,
  riskGrades,
} from '../code-lists/missing.js';

const at = timestampSchema;
const text = (max: number) => z.string().trim().max(max);

/** What the child said, grouped as the conversation is: before, during and after. */
export const conversationFindingsSchema = z.object({
  before: text(4000).describe('Push and pull factors, worries, what made the child leave'),
  during: text(4000).describe('Where, who with, how they travelled, harm, money, substances'),
  after: text(4000).describe('How they got back, how they feel, what would help'),
  childsOwnWords: text(4000),
  exploitationIndicators: z.array(exploitationIndicators.schema),
  whatWouldHelp: text(4000),
});
export type ConversationFindings = z.infer<typeof conversationFindingsSchema>;

export const missingEpisodeEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('REPORTED'),
    at,
    kind: absenceKinds.schema,
    riskGrade: riskGrades.schema,
    lastSeenAt: at,
    reportedBy: text(120).min(1, 'Say who reported the child missing'),
    policeReference: text(40).nullable(),
  }),
  z.object({ type: z.literal('RISK_REGRADED'), at, riskGrade: riskGrades.schema }),
  z.object({ type: z.literal('UPDATE_NOTED'), at, note: text(2000).min(1, 'Enter the update') }),
  z.object({
    type: z.literal('RETURNED'),
    at,
    method: returnMethods.schema,
    whereFound: text(200).min(1, 'Say where the child was found or returned to'),
    whoWith: text(200).nullable(),
  }),
  z.object({ type: z.literal('CONVERSATION_OFFERED'), at, offeredBy: conversationOfferers.schema }),
  z.object({ type: z.literal('CONVERSATION_ACCEPTED'), at }),
  z.object({
    type: z.literal('CONVERSATION_DECLINED'),
    at,
    attempts: z.number().int().min(1, 'Record at least one attempt').max(20),
    carersAsked: z.boolean(),
    carersInformation: text(4000).nullable(),
  }),
  z.object({ type: z.literal('CONVERSATION_HELD'), at, heldBy: conversationOfferers.schema, findings: conversationFindingsSchema }),
  z.object({ type: z.literal('ACTIONS_AGREED'), at, actions: z.array(conversationActions.schema).min(1, 'Choose at least one action') }),
  z.object({ type: z.literal('CLOSED'), at }),
]);
export type MissingEpisodeEvent = z.infer<typeof missingEpisodeEventSchema>;
export type MissingEpisodeEventType = MissingEpisodeEvent['type'];

/** The current facts of an episode, as the data layer stores them beside its snapshot. */
export const missingEpisodeSummarySchema = z
  .object({
    id: z.uuid(),
    childId: z.uuid(),
    kind: absenceKinds.schema,
    riskGrade: riskGrades.schema,
    startedAt: at,
    endedAt: at.nullable(),
    conversationOfferedAt: at.nullable(),
    conversationHeldAt: at.nullable(),
    conversationDeclined: z.boolean(),
    exploitationIndicators: z.array(exploitationIndicators.schema),
  })
  .superRefine((value, ctx) => {
    if (value.endedAt !== null && Date.parse(value.endedAt) < Date.parse(value.startedAt)) ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'The return must be after the child went missing' });
  });
export type MissingEpisodeSummary = z.infer<typeof missingEpisodeSummarySchema>;
