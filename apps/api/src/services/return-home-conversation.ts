// The return home conversation guide for each missing episode the child has come back from:
// the prompts the rules adapt to the episode (first or repeat, long, high risk, exploitation
// seen), in the reader's language, with who should offer the conversation and by when.
import type { Database } from '@cynnig/data';
import type { ChildRecord, Language } from '@cynnig/domain';
import { returnHomeConversationParameters, returnHomeConversationPrompts, type ConversationPrompt, type ReturnHomeConversationGuide, type RuleOverrides } from '@cynnig/rules';
import type { Kysely } from 'kysely';
import { todayOf, type Actor } from './actor.js';
import { overridesFor } from './child-rules.js';

/** A guide as the API answers with it. */
export type ConversationGuideView = Omit<ReturnHomeConversationGuide, 'adaptations' | 'prompts'> & { adaptations: string[]; prompts: ConversationPrompt[] };

/**
 * Guides for the child's returned episodes (all of them, or those in `episodeIds`), keyed by
 * episode id. An episode still open has none: the conversation follows the return. The window
 * and who offers come from the authority's settings of the return home conversation rules.
 */
export async function returnHomeConversationGuides(
  db: Kysely<Database>,
  actor: Pick<Actor, 'now'>,
  record: ChildRecord,
  language: Language,
  episodeIds?: readonly string[],
): Promise<Map<string, ConversationGuideView>> {
  const guides = new Map<string, ConversationGuideView>();
  const returned = record.missingEpisodes.filter((episode) => episode.endedAt !== null && (episodeIds === undefined || episodeIds.includes(episode.id)));
  if (returned.length === 0) return guides;
  const parameters = returnHomeConversationParameters((await overridesFor(db, record.child.authorityCode)) as RuleOverrides);
  const today = todayOf(actor);
  for (const episode of returned) {
    const guide = returnHomeConversationPrompts(record, episode.id, today, parameters, language);
    guides.set(episode.id, { ...guide, adaptations: [...guide.adaptations], prompts: [...guide.prompts] });
  }
  return guides;
}
