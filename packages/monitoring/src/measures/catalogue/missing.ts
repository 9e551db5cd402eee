// Measures of missing episodes and the return home conversation offered after each one.
import { londonDateOf, type MissingEpisodeSummary } from '@cynnig/domain';
import type { ChildCountMeasure, ChildWindow, EpisodeCountMeasure, RatioMeasure } from '../measure.js';
import { childPeriodRule } from './children.js';

const startedOn = (episode: MissingEpisodeSummary) => londonDateOf(episode.startedAt);
const endedOn = (episode: MissingEpisodeSummary) => (episode.endedAt === null ? null : londonDateOf(episode.endedAt));

function episodesStartedIn({ record, window }: ChildWindow): number {
  let count = 0;
  for (const episode of record.missingEpisodes) {
    const on = startedOn(episode);
    if (window.from <= on && on <= window.to) count += 1;
  }
  return count;
}

const byStart = {
  en: 'An episode counts in the period (and quarter) in which it started: the day the child left or was last seen, in Europe/London time.',
  cy: 'Mae cyfnod yn cyfrif yn y cyfnod adrodd (a\'r chwarter) pan ddechreuodd: y diwrnod y gadawodd y plentyn neu y\'i gwelwyd ddiwethaf, yn amser Ewrop/Llundain.',
};
const byReturn = {
  en: 'An episode counts in the period (and quarter) in which the child returned or was found, in Europe/London time; episodes still open are left out.',
  cy: 'Mae cyfnod yn cyfrif yn y cyfnod adrodd (a\'r chwarter) pan ddychwelodd y plentyn neu pan gafodd ei ganfod, yn amser Ewrop/Llundain; gadewir allan gyfnodau sy\'n dal ar agor.',
};
const bothKinds = {
  en: 'Both missing (whereabouts unknown) and away without authorisation (whereabouts known) count.',
  cy: 'Mae ar goll (ni wyddys ble mae) ac i ffwrdd heb awdurdod (gwyddys ble mae) ill dau yn cyfrif.',
};

export const missingEpisodes: EpisodeCountMeasure = {
  id: 'missing-episodes',
  kind: 'count',
  unit: 'missing-episode',
  name: { en: 'Missing episodes', cy: 'Cyfnodau o fynd ar goll' },
  definition: { en: 'Episodes of a child being missing from care or away without authorisation.', cy: 'Cyfnodau pan oedd plentyn ar goll o ofal neu i ffwrdd heb awdurdod.' },
  numerator: { en: 'Episodes that started in the period', cy: 'Cyfnodau a ddechreuodd yn y cyfnod adrodd' },
  denominator: null,
  periodRule: byStart,
  whatCounts: bothKinds,
  dateOf: startedOn,
  counts: () => true,
};

export const childrenMissing: ChildCountMeasure = {
  id: 'children-missing',
  kind: 'count',
  unit: 'child',
  name: { en: 'Children who went missing', cy: 'Plant a aeth ar goll' },
  definition: { en: 'Children with at least one missing episode that started in the period.', cy: 'Plant ag o leiaf un cyfnod ar goll a ddechreuodd yn y cyfnod adrodd.' },
  numerator: { en: 'Children with an episode starting in the period', cy: 'Plant â chyfnod yn dechrau yn y cyfnod adrodd' },
  denominator: null,
  periodRule: childPeriodRule,
  whatCounts: bothKinds,
  count: (child) => (episodesStartedIn(child) > 0 ? 1 : 0),
};

export const childrenRepeatMissing: ChildCountMeasure = {
  id: 'children-repeat-missing',
  kind: 'count',
  unit: 'child',
  name: { en: 'Children who went missing more than once', cy: 'Plant a aeth ar goll fwy nag unwaith' },
  definition: { en: 'Children with repeated missing episodes starting in the period: repeat missing is a strong sign of exploitation.', cy: 'Plant â chyfnodau ar goll dro ar ôl tro yn dechrau yn y cyfnod adrodd: mae mynd ar goll dro ar ôl tro yn arwydd cryf o gamfanteisio.' },
  numerator: { en: 'Children with at least repeatMissingEpisodes episodes (2 unless set) starting in the period', cy: 'Plant ag o leiaf repeatMissingEpisodes cyfnod (2 oni bai ei fod wedi\'i osod) yn dechrau yn y cyfnod adrodd' },
  denominator: null,
  periodRule: childPeriodRule,
  whatCounts: bothKinds,
  count: (child) => (episodesStartedIn(child) >= child.parameters.repeatMissingEpisodes ? 1 : 0),
};

export const missingEpisodesEnded: EpisodeCountMeasure = {
  id: 'missing-episodes-ended',
  kind: 'count',
  unit: 'missing-episode',
  name: { en: 'Missing episodes ended', cy: 'Cyfnodau ar goll a ddaeth i ben' },
  definition: { en: 'Episodes in which the child returned or was found: each should be followed by the offer of a return home conversation.', cy: 'Cyfnodau pan ddychwelodd y plentyn neu pan gafodd ei ganfod: dylid cynnig sgwrs dychwelyd adref ar ôl pob un.' },
  numerator: { en: 'Episodes ended in the period', cy: 'Cyfnodau a ddaeth i ben yn y cyfnod adrodd' },
  denominator: null,
  periodRule: byReturn,
  whatCounts: bothKinds,
  dateOf: endedOn,
  counts: () => true,
};

export const returnConversationsOffered: EpisodeCountMeasure = {
  id: 'return-conversations-offered',
  kind: 'count',
  unit: 'missing-episode',
  name: { en: 'Return home conversations offered', cy: 'Sgyrsiau dychwelyd adref a gynigiwyd' },
  definition: { en: 'Ended episodes after which the child was offered a return home conversation.', cy: 'Cyfnodau a ddaeth i ben pan gynigiwyd sgwrs dychwelyd adref i\'r plentyn wedyn.' },
  numerator: { en: 'Episodes ended in the period with a conversation offered', cy: 'Cyfnodau a ddaeth i ben yn y cyfnod adrodd â sgwrs wedi\'i chynnig' },
  denominator: null,
  periodRule: byReturn,
  whatCounts: { en: 'An offer recorded at any time up to the date of the figures.', cy: 'Cynnig a gofnodwyd ar unrhyw adeg hyd at ddyddiad y ffigurau.' },
  dateOf: endedOn,
  counts: (episode) => episode.conversationOfferedAt !== null,
};

export const returnConversationsAccepted: EpisodeCountMeasure = {
  id: 'return-conversations-accepted',
  kind: 'count',
  unit: 'missing-episode',
  name: { en: 'Return home conversations accepted', cy: 'Sgyrsiau dychwelyd adref a dderbyniwyd' },
  definition: { en: 'Ended episodes after which the child was offered a return home conversation and did not decline it.', cy: 'Cyfnodau a ddaeth i ben pan gynigiwyd sgwrs dychwelyd adref i\'r plentyn ac na wnaeth ei gwrthod.' },
  numerator: { en: 'Episodes ended in the period with a conversation offered and not declined', cy: 'Cyfnodau a ddaeth i ben yn y cyfnod adrodd â sgwrs wedi\'i chynnig a heb ei gwrthod' },
  denominator: null,
  periodRule: byReturn,
  whatCounts: {
    en: 'A conversation held counts as accepted. The episode summary has no date of acceptance, so an offer the child has not yet answered also counts here until it is declined.',
    cy: 'Mae sgwrs a gynhaliwyd yn cyfrif fel un a dderbyniwyd. Nid oes dyddiad derbyn yn y crynodeb o\'r cyfnod, felly mae cynnig nad yw\'r plentyn wedi\'i ateb eto hefyd yn cyfrif yma nes iddo gael ei wrthod.',
  },
  dateOf: endedOn,
  counts: (episode) => episode.conversationHeldAt !== null || (episode.conversationOfferedAt !== null && !episode.conversationDeclined),
};

export const returnConversationsHeldInTime: EpisodeCountMeasure = {
  id: 'return-conversations-held-in-time',
  kind: 'count',
  unit: 'missing-episode',
  name: { en: 'Return home conversations held within 72 hours', cy: 'Sgyrsiau dychwelyd adref a gynhaliwyd o fewn 72 awr' },
  definition: { en: 'Ended episodes followed by a return home conversation held within the window after the child returned.', cy: 'Cyfnodau a ddaeth i ben ac a ddilynwyd gan sgwrs dychwelyd adref a gynhaliwyd o fewn y ffenestr ar ôl i\'r plentyn ddychwelyd.' },
  numerator: { en: 'Episodes ended in the period with a conversation held within returnConversationWindowHours (72 unless set)', cy: 'Cyfnodau a ddaeth i ben yn y cyfnod adrodd â sgwrs wedi\'i chynnal o fewn returnConversationWindowHours (72 oni bai ei fod wedi\'i osod)' },
  denominator: null,
  periodRule: byReturn,
  whatCounts: { en: 'Measured in hours from the moment of return to the moment the conversation was held.', cy: 'Wedi\'i fesur mewn oriau o adeg dychwelyd hyd at yr adeg y cynhaliwyd y sgwrs.' },
  dateOf: endedOn,
  counts: (episode, _record, parameters) => {
    if (episode.endedAt === null || episode.conversationHeldAt === null) return false;
    const hours = (Date.parse(episode.conversationHeldAt) - Date.parse(episode.endedAt)) / 3_600_000;
    return hours >= 0 && hours <= parameters.returnConversationWindowHours;
  },
};

export const returnConversationOfferRate: RatioMeasure = {
  id: 'return-conversation-offer-rate',
  kind: 'ratio',
  proportion: true,
  numeratorId: returnConversationsOffered.id,
  denominatorId: missingEpisodesEnded.id,
  name: { en: 'Share of episodes followed by a return home conversation offer', cy: 'Cyfran y cyfnodau y cynigiwyd sgwrs dychwelyd adref ar eu hôl' },
  definition: { en: 'Of the episodes that ended in the period, the share after which a conversation was offered.', cy: 'O\'r cyfnodau a ddaeth i ben yn y cyfnod adrodd, y gyfran y cynigiwyd sgwrs ar eu hôl.' },
  numerator: returnConversationsOffered.numerator,
  denominator: missingEpisodesEnded.numerator,
  periodRule: byReturn,
  whatCounts: bothKinds,
};

export const returnConversationAcceptRate: RatioMeasure = {
  id: 'return-conversation-accept-rate',
  kind: 'ratio',
  proportion: true,
  numeratorId: returnConversationsAccepted.id,
  denominatorId: missingEpisodesEnded.id,
  name: { en: 'Share of episodes followed by a return home conversation accepted', cy: 'Cyfran y cyfnodau y derbyniwyd sgwrs dychwelyd adref ar eu hôl' },
  definition: { en: 'Of the episodes that ended in the period, the share after which the child accepted the conversation offered.', cy: 'O\'r cyfnodau a ddaeth i ben yn y cyfnod adrodd, y gyfran y derbyniodd y plentyn y sgwrs a gynigiwyd ar eu hôl.' },
  numerator: returnConversationsAccepted.numerator,
  denominator: missingEpisodesEnded.numerator,
  periodRule: byReturn,
  whatCounts: returnConversationsAccepted.whatCounts,
};

export const returnConversationInTimeRate: RatioMeasure = {
  id: 'return-conversation-in-time-rate',
  kind: 'ratio',
  proportion: true,
  numeratorId: returnConversationsHeldInTime.id,
  denominatorId: missingEpisodesEnded.id,
  name: { en: 'Share of episodes followed by a return home conversation within 72 hours', cy: 'Cyfran y cyfnodau a ddilynwyd gan sgwrs dychwelyd adref o fewn 72 awr' },
  definition: { en: 'Of the episodes that ended in the period, the share followed by a conversation held within the window.', cy: 'O\'r cyfnodau a ddaeth i ben yn y cyfnod adrodd, y gyfran a ddilynwyd gan sgwrs a gynhaliwyd o fewn y ffenestr.' },
  numerator: returnConversationsHeldInTime.numerator,
  denominator: missingEpisodesEnded.numerator,
  periodRule: byReturn,
  whatCounts: returnConversationsHeldInTime.whatCounts,
};

export const missingMeasures = [
  missingEpisodes,
  childrenMissing,
  childrenRepeatMissing,
  missingEpisodesEnded,
  returnConversationsOffered,
  returnConversationsAccepted,
  returnConversationsHeldInTime,
  returnConversationOfferRate,
  returnConversationAcceptRate,
  returnConversationInTimeRate,
] as const;
