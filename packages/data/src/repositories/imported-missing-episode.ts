// The event log of a missing episode that came from a council case system as a summary: the
// steps the summary shows (reported, returned, conversation offered, held or declined), each at
// the summary's own moment and marked as imported, so replaying the log gives the summary back.
import type { MissingEpisodeEvent, MissingEpisodeSummary } from '@cynnig/domain';

/** Said wherever a step's detail was not in the case system's file. */
export const importedDetail = 'Recorded in the council case system (imported)';

export function importedMissingEpisodeEvents(summary: MissingEpisodeSummary): MissingEpisodeEvent[] {
  const events: MissingEpisodeEvent[] = [
    { type: 'REPORTED', at: summary.startedAt, kind: summary.kind, riskGrade: summary.riskGrade, lastSeenAt: summary.startedAt, reportedBy: importedDetail, policeReference: null },
  ];
  if (summary.endedAt === null) return events;
  events.push({ type: 'RETURNED', at: summary.endedAt, method: 'other', whereFound: importedDetail, whoWith: null });
  if (summary.conversationOfferedAt === null) return events;
  events.push({ type: 'CONVERSATION_OFFERED', at: summary.conversationOfferedAt, offeredBy: 'social-worker' });
  if (summary.conversationHeldAt !== null) {
    events.push({ type: 'CONVERSATION_ACCEPTED', at: summary.conversationOfferedAt });
    events.push({
      type: 'CONVERSATION_HELD',
      at: summary.conversationHeldAt,
      heldBy: 'social-worker',
      findings: { before: '', during: '', after: '', childsOwnWords: '', exploitationIndicators: [...summary.exploitationIndicators], whatWouldHelp: '' },
    });
  } else if (summary.conversationDeclined) {
    events.push({ type: 'CONVERSATION_DECLINED', at: summary.conversationOfferedAt, attempts: 1, carersAsked: false, carersInformation: null });
  }
  return events;
}
