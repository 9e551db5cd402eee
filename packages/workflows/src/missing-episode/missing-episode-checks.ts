// Checks on a missing episode event's own data: the national validation rules for episodes
// (one open at a time, no overlaps, no end before start, nothing before birth) and steps
// recorded in time order.
import { CynnigError, type Bilingual, type MissingEpisodeEvent } from '@cynnig/domain';
import { endsBeforeStart, newEpisodeProblem, type EpisodeProblem } from '@cynnig/rules';
import type { MissingEpisodeContext, MissingEpisodeInput } from './missing-episode-context.js';

const episodeProblemMessages: Record<EpisodeProblem, { code: string; path: string; message: Bilingual }> = {
  'another-episode-open': {
    code: 'workflow.missing-episode-already-open',
    path: 'lastSeenAt',
    message: {
      en: 'The child already has an open missing episode: record their return before reporting a new one',
      cy: 'Mae gan y plentyn gyfnod ar goll sydd eisoes ar agor: cofnodwch ei ddychweliad cyn rhoi gwybod am un newydd',
    },
  },
  'overlaps-another-episode': {
    code: 'workflow.missing-episode-overlaps',
    path: 'lastSeenAt',
    message: {
      en: 'This episode would overlap another episode for the same child: check when the child was last seen',
      cy: 'Byddai\'r cyfnod hwn yn gorgyffwrdd â chyfnod arall i\'r un plentyn: gwiriwch pryd y gwelwyd y plentyn ddiwethaf',
    },
  },
  'before-birth': {
    code: 'workflow.missing-episode-before-birth',
    path: 'lastSeenAt',
    message: { en: 'The episode cannot start before the child was born', cy: 'Ni all y cyfnod ddechrau cyn i\'r plentyn gael ei eni' },
  },
  'reported-before-last-seen': {
    code: 'workflow.missing-episode-reported-before-last-seen',
    path: 'at',
    message: {
      en: 'The child cannot be reported missing before the time they were last seen',
      cy: 'Ni ellir rhoi gwybod bod y plentyn ar goll cyn yr amser y gwelwyd ef ddiwethaf',
    },
  },
};

/** Episodes are recorded in the order they began, so a replay only weighs the episodes that began before this one. */
export function missingEpisodeReplayInput(input: MissingEpisodeInput, events: readonly MissingEpisodeEvent[]): MissingEpisodeInput {
  const report = events.find((event) => event.type === 'REPORTED');
  if (report === undefined || report.type !== 'REPORTED') return input;
  const start = Date.parse(report.lastSeenAt);
  return { ...input, otherEpisodes: input.otherEpisodes.filter((other) => Date.parse(other.startedAt) < start) };
}

export function missingEpisodeEventProblem(context: MissingEpisodeContext, _state: string, event: MissingEpisodeEvent, input: MissingEpisodeInput): CynnigError | null {
  if (event.type === 'REPORTED') {
    const problem = newEpisodeProblem({ id: context.episodeId, startedAt: event.lastSeenAt, reportedAt: event.at }, input.dateOfBirth, input.otherEpisodes);
    if (problem === null) return null;
    const { code, path, message } = episodeProblemMessages[problem];
    return new CynnigError({ code, message, path: [path], details: { caseId: context.episodeId } });
  }
  if (event.type === 'RETURNED' && context.startedAt !== null && endsBeforeStart(context.startedAt, event.at)) {
    return new CynnigError({
      code: 'workflow.missing-episode-ends-before-start',
      message: { en: 'The child cannot return before they went missing', cy: 'Ni all y plentyn ddychwelyd cyn iddo fynd ar goll' },
      path: ['at'],
      details: { caseId: context.episodeId, startedAt: context.startedAt },
    });
  }
  if (context.lastEventAt !== null && Date.parse(event.at) < Date.parse(context.lastEventAt)) {
    return new CynnigError({
      code: 'workflow.date-before-earlier-step',
      message: {
        en: 'The time must be on or after the last step recorded for this episode',
        cy: 'Rhaid i\'r amser fod ar ôl y cam diwethaf a gofnodwyd ar gyfer y cyfnod hwn, neu ar yr un pryd',
      },
      path: ['at'],
      details: { caseId: context.episodeId, lastEventAt: context.lastEventAt },
    });
  }
  return null;
}
