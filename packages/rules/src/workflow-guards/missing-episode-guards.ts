// Checks a new missing episode against the child's other episodes and date of birth, the way
// national missing-data validation does: one open episode at a time, no overlaps, no end
// before its start, nothing before the child was born.
import { londonDateOf, type IsoDate } from '@cynnig/domain';

export interface EpisodeSpan {
  readonly id: string;
  readonly startedAt: string;
  readonly endedAt: string | null;
}

export type EpisodeProblem = 'another-episode-open' | 'overlaps-another-episode' | 'before-birth' | 'reported-before-last-seen';

/**
 * Why a new episode that starts at `startedAt` (when the child was last seen) and is reported
 * at `reportedAt` cannot be opened, or null when it can. The new episode is open, so it
 * overlaps any other episode that had not ended by the time it started.
 */
export function newEpisodeProblem(
  episode: { readonly id: string; readonly startedAt: string; readonly reportedAt: string },
  dateOfBirth: IsoDate,
  otherEpisodes: readonly EpisodeSpan[],
): EpisodeProblem | null {
  if (londonDateOf(episode.startedAt) < dateOfBirth) return 'before-birth';
  if (Date.parse(episode.reportedAt) < Date.parse(episode.startedAt)) return 'reported-before-last-seen';
  const others = otherEpisodes.filter((other) => other.id !== episode.id);
  if (others.some((other) => other.endedAt === null)) return 'another-episode-open';
  const start = Date.parse(episode.startedAt);
  if (others.some((other) => other.endedAt !== null && Date.parse(other.endedAt) > start)) return 'overlaps-another-episode';
  return null;
}

/** A child cannot be back before they went: the end of an episode is never before its start. */
export function endsBeforeStart(startedAt: string, endedAt: string): boolean {
  return Date.parse(endedAt) < Date.parse(startedAt);
}
