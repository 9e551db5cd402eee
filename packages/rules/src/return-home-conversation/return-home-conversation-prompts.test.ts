import { CynnigError } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { lookedAfterChild, withEpisode } from '../test-support/child-record-builder.js';
import { returnHomeConversationParameters, returnHomeConversationPrompts } from './return-home-conversation-prompts.js';

const child = () => lookedAfterChild({ lookedAfterSince: '2024-09-02' });
const lastEpisodeId = (record: ReturnType<typeof child>) => record.missingEpisodes.at(-1)?.id ?? '';
const ids = (guide: ReturnType<typeof returnHomeConversationPrompts>) => guide.prompts.map((p) => p.id);

describe('returnHomeConversationPrompts', () => {
  it('covers before, during and after, the child\'s own words and what would help, and always re-offers advocacy', () => {
    const record = withEpisode(child(), '2025-04-16T22:00:00Z', '2025-04-17T10:00:00Z');
    const guide = returnHomeConversationPrompts(record, lastEpisodeId(record), '2025-04-17');
    expect(new Set(guide.prompts.map((p) => p.section))).toEqual(new Set(['before', 'during', 'after', 'adapted', 'if-declined', 'advocacy']));
    expect(ids(guide)).toEqual(expect.arrayContaining(['before-push', 'before-pull', 'during-harm', 'during-exploitation', 'after-own-words', 'after-help', 'declined-carers', 'advocacy-reoffer']));
    expect(guide).toMatchObject({ offerBy: '2025-04-20', windowHours: 72, offeredBy: { code: 'advocacy-provider', label: 'Advocacy provider' }, adaptations: ['first-episode'] });
  });

  it.each([
    { what: 'a first, short, low-risk episode', hours: 12, grade: 'low' as const, earlier: false, expected: ['first-episode'] },
    { what: 'an episode of exactly 48 hours', hours: 48, grade: 'low' as const, earlier: false, expected: ['first-episode'] },
    { what: 'an episode of 49 hours', hours: 49, grade: 'low' as const, earlier: false, expected: ['first-episode', 'long-episode'] },
    { what: 'a high-risk episode', hours: 12, grade: 'high' as const, earlier: false, expected: ['first-episode', 'high-risk'] },
    { what: 'a repeat episode after one where exploitation signs were seen', hours: 12, grade: 'medium' as const, earlier: true, expected: ['repeat-episode', 'exploitation-before'] },
  ])('adapts to $what', ({ hours, grade, earlier, expected }) => {
    let record = child();
    if (earlier) record = withEpisode(record, '2025-01-01T20:00:00Z', '2025-01-02T08:00:00Z', { exploitationIndicators: ['older-associates'] });
    const end = Date.parse('2025-04-17T10:00:00Z');
    record = withEpisode(record, new Date(end - hours * 3_600_000).toISOString(), new Date(end).toISOString(), { riskGrade: grade });
    expect(returnHomeConversationPrompts(record, lastEpisodeId(record), '2025-04-17').adaptations).toEqual(expected);
  });

  it('escalates at the repeat threshold and when exploitation signs are recorded', () => {
    let record = child();
    for (const day of ['01', '08']) record = withEpisode(record, `2025-04-${day}T20:00:00Z`, `2025-04-${day}T23:00:00Z`);
    record = withEpisode(record, '2025-04-15T20:00:00Z', '2025-04-16T08:00:00Z', { exploitationIndicators: ['substances'] });
    const guide = returnHomeConversationPrompts(record, lastEpisodeId(record), '2025-04-16');
    const escalations = guide.prompts.filter((p) => p.section === 'escalation').map((p) => p.text);
    expect(escalations).toEqual(['3 episodes started in 30 days: ask for a strategy discussion and an early review.', 'Signs of exploitation are recorded: complete an exploitation risk assessment.']);
    expect(returnHomeConversationPrompts(record, lastEpisodeId(record), '2025-04-16', { repeatThreshold: 4 }).prompts.some((p) => p.id === 'escalation-repeat')).toBe(false);
  });

  it('speaks Welsh, and follows the authority\'s window and choice of who offers it', () => {
    const record = withEpisode(child(), '2025-04-16T22:00:00Z', '2025-04-17T10:00:00Z');
    const params = returnHomeConversationParameters({ 'return-home-conversation-due': { parameters: { windowHours: 24, offeredBy: 'independent-worker' } } });
    const guide = returnHomeConversationPrompts(record, lastEpisodeId(record), '2025-04-17', params, 'cy');
    expect(guide).toMatchObject({ offerBy: '2025-04-18', offeredBy: { code: 'independent-worker', label: 'Gweithiwr sy\'n annibynnol ar y lleoliad' } });
    expect(guide.prompts.find((p) => p.id === 'advocacy-reoffer')?.text).toBe('Dywedwch wrth y plentyn y gall gael eiriolwr, a chynigiwch un eto.');
  });

  it.each([
    { what: 'an unknown episode', endedAt: '2025-04-17T10:00:00Z', episodeId: () => '00000000-0000-4000-8000-999999999999', code: 'rules.episode-not-found' },
    { what: 'an episode the child has not returned from', endedAt: null, episodeId: undefined, code: 'rules.episode-not-ended' },
  ])('refuses $what with a bilingual error', ({ endedAt, episodeId, code }) => {
    const record = withEpisode(child(), '2025-04-16T22:00:00Z', endedAt);
    const act = () => returnHomeConversationPrompts(record, episodeId ? episodeId() : lastEpisodeId(record), '2025-04-17');
    expect(act).toThrow(CynnigError);
    try { act(); } catch (error) { expect((error as CynnigError).code).toBe(code); expect((error as CynnigError).bilingual.cy.length).toBeGreaterThan(10); }
  });
});
