// The prompts for one return home conversation, adapted to the child's episode (first or repeat,
// long, high risk, exploitation seen before), with who offers it, by when, and the escalations
// the episode calls for. Pure: the reference date and parameters are passed in.
import { CynnigError, conversationOfferers, exploitationIndicators, type ChildRecord, type ConversationOfferer, type IsoDate, type Language } from '@cynnig/domain';
import { shiftDate } from '../engine/date-expression.js';
import { buildEpisodeFacts, episodesInOrder, episodesStartedWithin } from '../facts/episode-facts.js';
import { episodeStartedOn } from '../facts/child-facts.js';
import { configureRules, type RuleOverrides } from '../parameters/rule-settings.js';
import { ruleBook } from '../rule-book/default-rule-book.js';
import { adaptedPrompts, advocacyPrompt, corePrompts, declinedPrompts, escalationPrompts, sectionTitles, type PromptSection } from './prompt-texts.js';

/** The values the prompts depend on; the defaults come from the return home conversation rule files. */
export interface ReturnHomeConversationParameters {
  windowHours: number;
  offeredBy: ConversationOfferer;
  repeatThreshold: number;
  repeatPeriodDays: number;
  /** An episode longer than this many hours gets the "long episode" prompts. */
  longEpisodeHours: number;
}

/** Hours after which an episode counts as long: 90% of episodes last two days or less. */
export const defaultLongEpisodeHours = 48;

/**
 * The parameters for an authority, read from its rule settings (the window and who offers the
 * conversation from `return-home-conversation-due`, the repeat threshold and period from
 * `return-home-conversation-strategy-discussion`).
 */
export function returnHomeConversationParameters(overrides?: RuleOverrides): ReturnHomeConversationParameters {
  const configured = configureRules(ruleBook, overrides ?? {});
  const of = (ruleId: string) => configured.find((c) => c.rule.id === ruleId)?.parameters ?? {};
  const due = of('return-home-conversation-due');
  const repeat = of('return-home-conversation-strategy-discussion');
  return {
    windowHours: Number(due['windowHours'] ?? 72),
    offeredBy: (due['offeredBy'] as ConversationOfferer | undefined) ?? 'advocacy-provider',
    repeatThreshold: Number(repeat['repeatThreshold'] ?? 3),
    repeatPeriodDays: Number(repeat['repeatPeriodDays'] ?? 30),
    longEpisodeHours: defaultLongEpisodeHours,
  };
}

export interface ConversationPrompt {
  readonly id: string;
  readonly section: PromptSection;
  readonly sectionTitle: string;
  readonly text: string;
}

/** The conversation guide for one episode, in one language. */
export interface ReturnHomeConversationGuide {
  readonly episodeId: string;
  readonly language: Language;
  readonly offeredBy: { readonly code: ConversationOfferer; readonly label: string };
  /** The London date by which the conversation should be offered. */
  readonly offerBy: IsoDate;
  readonly windowHours: number;
  /** Which adaptations apply: 'first-episode', 'repeat-episode', 'long-episode', 'high-risk', 'exploitation-before'. */
  readonly adaptations: readonly string[];
  readonly prompts: readonly ConversationPrompt[];
}

const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ''));

/**
 * The prompts for the return home conversation after one episode.
 *
 * @example
 * const guide = returnHomeConversationPrompts(record, episodeId, '2025-04-18', {}, 'cy');
 * guide.offerBy; // the London date 72 hours after the child returned
 * guide.prompts.filter((p) => p.section === 'escalation'); // strategy discussion, risk assessment...
 */
export function returnHomeConversationPrompts(record: ChildRecord, episodeId: string, referenceDate: IsoDate, params: Partial<ReturnHomeConversationParameters> = {}, language: Language = 'en'): ReturnHomeConversationGuide {
  const p = { ...returnHomeConversationParameters(), ...params };
  const episode = record.missingEpisodes.find((e) => e.id === episodeId);
  if (!episode) throw new CynnigError({ code: 'rules.episode-not-found', message: { en: 'There is no such missing episode for this child', cy: 'Nid oes cyfnod ar goll o\'r fath ar gyfer y plentyn hwn' }, path: ['episodeId'] });
  if (episode.endedAt === null) throw new CynnigError({ code: 'rules.episode-not-ended', message: { en: 'The child has not returned yet: the conversation follows the return', cy: 'Nid yw\'r plentyn wedi dychwelyd eto: daw\'r sgwrs ar ôl dychwelyd' }, path: ['episodeId'] });

  const facts = buildEpisodeFacts(record, episode, referenceDate);
  const earlier = episodesInOrder(record).slice(0, facts.episodeNumber - 1);
  const earlierIndicators = [...new Set(earlier.flatMap((e) => e.exploitationIndicators))];
  const count = episodesStartedWithin(record, episodeStartedOn(episode), p.repeatPeriodDays);
  const prompts: ConversationPrompt[] = [];
  const add = (id: string, section: PromptSection, text: string) => prompts.push({ id, section, sectionTitle: sectionTitles[section][language], text });

  for (const prompt of corePrompts) add(prompt.id, prompt.section, prompt.text[language]);
  const adaptations: string[] = [];
  if (facts.firstEpisode) {
    adaptations.push('first-episode');
    add('first-episode', 'adapted', adaptedPrompts.firstEpisode[language]);
  } else {
    adaptations.push('repeat-episode');
    add('repeat-episode', 'adapted', fill(adaptedPrompts.repeatEpisode[language], { episodeNumber: facts.episodeNumber }));
  }
  if (facts.episodeDurationHours > p.longEpisodeHours) {
    adaptations.push('long-episode');
    add('long-episode', 'adapted', fill(adaptedPrompts.longEpisode[language], { hours: Math.round(facts.episodeDurationHours) }));
  }
  if (episode.riskGrade === 'high') {
    adaptations.push('high-risk');
    add('high-risk', 'adapted', adaptedPrompts.highRisk[language]);
  }
  if (earlierIndicators.length > 0) {
    adaptations.push('exploitation-before');
    add('exploitation-before', 'adapted', fill(adaptedPrompts.exploitationBefore[language], { indicators: earlierIndicators.map((code) => exploitationIndicators.label(code, language).toLowerCase()).join(', ') }));
  }
  if (count >= p.repeatThreshold) add('escalation-repeat', 'escalation', fill(escalationPrompts.repeat[language], { count, days: p.repeatPeriodDays }));
  if (earlierIndicators.length > 0 || episode.exploitationIndicators.length > 0) add('escalation-exploitation', 'escalation', escalationPrompts.exploitation[language]);
  for (const prompt of declinedPrompts) add(prompt.id, 'if-declined', prompt.text[language]);
  add('advocacy-reoffer', 'advocacy', advocacyPrompt[language]);

  return {
    episodeId,
    language,
    offeredBy: { code: p.offeredBy, label: conversationOfferers.label(p.offeredBy, language) },
    offerBy: shiftDate(episode.endedAt, { hours: p.windowHours }) as IsoDate,
    windowHours: p.windowHours,
    adaptations,
    prompts,
  };
}
