// Missing episodes for a child: how often (most children who go missing do so more than once),
// how long (nine in ten episodes last two days or less), and each episode's events through the
// return home conversation, with the summary the workflow engine would keep for it.
import type { ConversationOfferer, ExploitationIndicator, MissingEpisodeEvent, MissingEpisodeSummary } from '@cynnig/domain';
import type { SeededRandom } from './seeded-random.js';

export interface TimedMissingEpisodeEvent {
  event: MissingEpisodeEvent;
  recordedAt: string;
}

export interface GeneratedMissingEpisode {
  id: string;
  events: TimedMissingEpisodeEvent[];
  summary: MissingEpisodeSummary;
}

const HOUR = 3_600_000;

/** How many episodes a child who goes missing in a year has: 35% once, the rest repeatedly. */
export function episodesInYear(random: SeededRandom): number {
  const band = random.weighted({ once: 35, few: 25, several: 25, many: 15 });
  if (band === 'once') return 1;
  if (band === 'few') return random.int(2, 3);
  if (band === 'several') return random.int(4, 8);
  return random.int(9, 25);
}

/** Hours away: half under 12 hours, three in four under a day, more than nine in ten under two days. */
export function hoursAway(random: SeededRandom): number {
  const band = random.weighted({ short: 50, day: 26, twoDays: 16, longer: 8 });
  if (band === 'short') return 1 + random.next() * 11;
  if (band === 'day') return 12 + random.next() * 12;
  if (band === 'twoDays') return 24 + random.next() * 24;
  return 48 + random.next() * 288;
}

const whereFound = ['A friend\'s house', 'The town centre', 'A relative\'s home', 'The railway station', 'Returned to the placement', 'A park', 'A shopping centre'];
const whoWith = [null, null, 'Friends of the same age', 'An older adult', 'A family member', 'A boyfriend or girlfriend'];
const indicatorList: ExploitationIndicator[] = ['unexplained-money', 'older-associates', 'substances', 'travel-out-of-area', 'injury', 'online-contact', 'criminal-exploitation-concern', 'sexual-exploitation-concern'];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/**
 * Builds one episode from `lastSeenMs` for `hours`, stopping at `untilMs` (an episode still
 * open then has no RETURNED). Every event is at or after the one before.
 */
export function generateEpisode(id: string, childId: string, lastSeenMs: number, hours: number, untilMs: number, reportedBy: string, random: SeededRandom): GeneratedMissingEpisode {
  const events: TimedMissingEpisodeEvent[] = [];
  const endMs = lastSeenMs + hours * HOUR;
  let grade = random.weighted({ 'no-apparent-risk': 10, low: 35, medium: 45, high: 10 } as const);
  const kind = random.chance(0.8) ? 'missing' : 'away';
  const summary: MissingEpisodeSummary = {
    id, childId, kind, riskGrade: grade, startedAt: iso(lastSeenMs), endedAt: null, conversationOfferedAt: null, conversationHeldAt: null,
    conversationDeclined: false, exploitationIndicators: [],
  };
  let at = Math.min(lastSeenMs + (0.5 + random.next() * 4) * HOUR, lastSeenMs + (hours * HOUR) / 2);
  const add = (event: MissingEpisodeEvent) => events.push({ event, recordedAt: event.at });
  const advance = (minHours: number, maxHours: number): boolean => {
    at += (minHours + random.next() * (maxHours - minHours)) * HOUR;
    return at <= untilMs;
  };
  if (at > untilMs) return { id, events, summary };
  add({
    type: 'REPORTED', at: iso(at), kind, riskGrade: grade, lastSeenAt: iso(lastSeenMs), reportedBy,
    policeReference: kind === 'missing' && random.chance(0.85) ? `DEMO-${String(random.int(100000, 999999))}` : null,
  });
  if (random.chance(0.12) && at + HOUR < endMs && at + HOUR <= untilMs) {
    at += HOUR;
    grade = grade === 'high' ? 'medium' : 'high';
    summary.riskGrade = grade;
    add({ type: 'RISK_REGRADED', at: iso(at), riskGrade: grade });
  }
  at = endMs;
  if (at > untilMs) return { id, events, summary };
  add({
    type: 'RETURNED', at: iso(at), method: random.weighted({ returned: 55, 'found-by-police': 25, 'found-by-carer': 15, other: 5 }),
    whereFound: random.pick(whereFound), whoWith: random.pick(whoWith),
  });
  summary.endedAt = iso(at);
  if (!random.chance(0.85)) return { id, events, summary };
  if (!advance(2, 70)) return { id, events, summary };
  const offeredBy: ConversationOfferer = random.weighted({ 'advocacy-provider': 45, 'independent-worker': 30, 'social-worker': 20, other: 5 });
  add({ type: 'CONVERSATION_OFFERED', at: iso(at), offeredBy });
  summary.conversationOfferedAt = iso(at);
  if (random.chance(0.65)) {
    if (!advance(1, 24)) return { id, events, summary };
    add({ type: 'CONVERSATION_ACCEPTED', at: iso(at) });
    if (!advance(4, random.chance(0.63) ? 40 : 120)) return { id, events, summary };
    const indicators = random.chance(0.3) ? random.sample(indicatorList, random.int(1, 3)) : [];
    add({
      type: 'CONVERSATION_HELD', at: iso(at), heldBy: offeredBy,
      findings: {
        before: 'Said they had argued with their carer and wanted to see friends.',
        during: indicators.length > 0 ? 'Stayed with people they met recently; would not say where.' : 'Stayed with friends nearby.',
        after: 'Came back by themselves and said they felt tired but safe.',
        childsOwnWords: 'I just needed to get out for a bit.',
        exploitationIndicators: indicators,
        whatWouldHelp: 'More time with friends agreed in advance; someone to talk to.',
      },
    });
    summary.conversationHeldAt = iso(at);
    summary.exploitationIndicators = indicators;
  } else {
    if (!advance(2, 48)) return { id, events, summary };
    const carersAsked = random.chance(0.7);
    add({ type: 'CONVERSATION_DECLINED', at: iso(at), attempts: random.int(1, 3), carersAsked, carersInformation: carersAsked && random.chance(0.6) ? 'Carer thinks the child was with friends from school.' : null });
    summary.conversationDeclined = true;
  }
  if (!advance(24, 120)) return { id, events, summary };
  const actions = summary.exploitationIndicators.length > 0
    ? (['advocacy-reoffer', 'exploitation-risk-assessment', 'strategy-discussion'] as const)
    : random.chance(0.5) ? (['advocacy-reoffer'] as const) : (['no-further-action'] as const);
  add({ type: 'ACTIONS_AGREED', at: iso(at), actions: [...actions] });
  if (!advance(24, 240)) return { id, events, summary };
  add({ type: 'CLOSED', at: iso(at) });
  return { id, events, summary };
}

/**
 * Episodes for one child from proposed start times: never overlapping (each starts at least two
 * hours after the previous return), none after `untilMs`, at most one still open at the end.
 */
export function generateEpisodes(
  childId: string,
  proposedStarts: readonly number[],
  untilMs: number,
  reportedBy: string,
  random: SeededRandom,
  latestStartMs = untilMs,
): GeneratedMissingEpisode[] {
  const starts = [...proposedStarts].sort((a, b) => a - b);
  const episodes: GeneratedMissingEpisode[] = [];
  let freeFrom = -Infinity;
  for (const start of starts) {
    const lastSeen = Math.floor(Math.max(start, freeFrom) / 60_000) * 60_000;
    if (lastSeen >= untilMs || lastSeen > latestStartMs) break;
    const episode = generateEpisode(random.uuid(), childId, lastSeen, hoursAway(random), untilMs, reportedBy, random);
    if (episode.events.length === 0) break;
    episodes.push(episode);
    if (episode.summary.endedAt === null) break;
    freeFrom = Date.parse(episode.summary.endedAt) + (2 + random.next() * 48) * HOUR;
  }
  return episodes;
}
