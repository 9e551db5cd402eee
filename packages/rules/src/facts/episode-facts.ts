// Facts about one missing episode after the child returned, read by the return home conversation
// rules. Built beside the child's facts; episode rules are evaluated once per returned episode.
import { londonDateOf } from '@cynnig/domain';
import { daysBetween, type ChildRecord, type IsoDate, type MissingEpisodeSummary } from '@cynnig/domain';
import { episodeReturnedOn, episodeStartedOn } from './child-facts.js';

/** The facts of one returned episode on a reference date. Times are UTC timestamps; dates are Europe/London calendar dates. */
export interface EpisodeFacts {
  episodeId: string;
  episodeStartedAt: string;
  episodeReturnedAt: string;
  episodeReturnedOn: IsoDate;
  daysSinceReturn: number;
  episodeDurationHours: number;
  episodeRiskGrade: string;
  episodeNumber: number;
  firstEpisode: boolean;
  conversationOffered: boolean;
  conversationHeld: boolean;
  conversationDeclined: boolean;
  exploitationIndicatorsThisEpisode: number;
  exploitationIndicatorsBefore: number;
}

/** Episodes in the order they started; the first is number 1. */
export function episodesInOrder(record: ChildRecord): MissingEpisodeSummary[] {
  return [...record.missingEpisodes].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
}

/** Episodes that have ended on or before the reference date: the ones a return home conversation follows. */
export function returnedEpisodes(record: ChildRecord, referenceDate: IsoDate): MissingEpisodeSummary[] {
  return episodesInOrder(record).filter((e) => e.endedAt !== null && londonDateOf(e.endedAt) <= referenceDate);
}

/**
 * Builds the facts of one returned episode.
 *
 * @example
 * const facts = buildEpisodeFacts(record, record.missingEpisodes[0], '2025-06-30');
 * facts.firstEpisode; // true when no earlier episode is recorded
 */
export function buildEpisodeFacts(record: ChildRecord, episode: MissingEpisodeSummary, referenceDate: IsoDate): EpisodeFacts {
  if (episode.endedAt === null) throw new RangeError('episode facts need a returned episode');
  const ordered = episodesInOrder(record);
  const index = ordered.findIndex((e) => e.id === episode.id);
  const earlier = ordered.slice(0, Math.max(index, 0));
  const returnedOn = episodeReturnedOn(episode) as IsoDate;
  return {
    episodeId: episode.id,
    episodeStartedAt: episode.startedAt,
    episodeReturnedAt: episode.endedAt,
    episodeReturnedOn: returnedOn,
    daysSinceReturn: daysBetween(returnedOn, referenceDate),
    episodeDurationHours: Math.round(((Date.parse(episode.endedAt) - Date.parse(episode.startedAt)) / 3_600_000) * 10) / 10,
    episodeRiskGrade: episode.riskGrade,
    episodeNumber: index + 1,
    firstEpisode: index === 0,
    conversationOffered: episode.conversationOfferedAt !== null,
    conversationHeld: episode.conversationHeldAt !== null,
    conversationDeclined: episode.conversationDeclined,
    exploitationIndicatorsThisEpisode: episode.exploitationIndicators.length,
    exploitationIndicatorsBefore: earlier.reduce((sum, e) => sum + e.exploitationIndicators.length, 0),
  };
}

/** Episodes that started in the `days` days up to and including `until` (the child's pattern of going missing). */
export function episodesStartedWithin(record: ChildRecord, until: IsoDate, days: number): number {
  return record.missingEpisodes.filter((e) => {
    const started = episodeStartedOn(e);
    return started <= until && daysBetween(started, until) < days;
  }).length;
}
