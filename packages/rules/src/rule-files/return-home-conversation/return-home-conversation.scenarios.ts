// Scenario rows for the rules that follow a missing episode: the return home conversation, its
// follow-up when declined, and what repeated episodes and exploitation indicators prompt. Run by
// return-home-conversation.test.ts; counted for every rule by the rule book's test.
//
// Calendar notes: 18 and 21 April 2025 are Good Friday and Easter Monday; clocks went forward on
// 30 March 2025 at 01:00 UTC, so London dates change at 23:00 UTC from then on.
import type { ChildRecord } from '@cynnig/domain';
import { entitledChild, lookedAfterChild, withEpisode, withReview } from '../../test-support/child-record-builder.js';
import { fires, quiet, type ScenarioTable } from '../../test-support/rule-scenario.js';

const child = () => lookedAfterChild({ lookedAfterSince: '2024-09-02' });
/** An episode of 12 hours ending at `endedAt`. */
export const episode = (record: ChildRecord, endedAt: string, extra: Parameters<typeof withEpisode>[3] = {}) =>
  withEpisode(record, new Date(Date.parse(endedAt) - 12 * 3_600_000).toISOString(), endedAt, extra);
/** One episode ending on Thursday 17 April 2025 at 10:00 UTC (11:00 in London). */
const returnedOn17April = (extra: Parameters<typeof withEpisode>[3] = {}) => () => episode(child(), '2025-04-17T10:00:00Z', extra);
/**
 * Three episodes: the first starts on 28 February 2025, the third starts `days - 1` days after the
 * first ends, so `threeIn(30)` puts all three inside 30 days. The third ends on Sunday 30 March.
 */
const threeIn = (days: number, base: () => ChildRecord = child, between: (record: ChildRecord) => ChildRecord = (record) => record) => () => {
  let record = base();
  record = episode(record, '2025-03-01T10:00:00Z');
  record = between(episode(record, '2025-03-10T10:00:00Z'));
  return episode(record, new Date(Date.parse('2025-03-01T10:00:00Z') + (days - 1) * 86_400_000).toISOString());
};
/** The same, with a review held between the second and third episodes, so the IRO's own early-review rule does not count them. */
const threeInAfterReview = (days: number, base: () => ChildRecord = child) => threeIn(days, base, (record) => withReview(record, '2025-03-20'));
const twoIn10Days = () => episode(episode(child(), '2025-03-01T10:00:00Z'), '2025-03-10T10:00:00Z');

export const returnHomeConversationScenarios: ScenarioTable = {
  'return-home-conversation-due': [
    { when: 'is due on the last day of the 72-hour window', record: returnedOn17April(), on: '2025-04-20', expected: fires('2025-04-20', 'due') },
    { when: 'is overdue the day after the window', record: returnedOn17April(), on: '2025-04-21', expected: fires('2025-04-20', 'overdue') },
    { when: 'counts London dates across the change to summer time', record: () => episode(child(), '2025-03-28T23:30:00Z'), on: '2025-03-31', expected: fires('2025-04-01', 'due') },
    { when: 'is not due once the conversation has been offered', record: returnedOn17April({ conversationOfferedAt: '2025-04-17T15:00:00Z' }), on: '2025-04-18', expected: quiet },
    { when: 'is not followed more than 28 days after the return', record: () => episode(child(), '2025-03-01T10:00:00Z'), on: '2025-03-30', expected: quiet },
  ],
  'return-home-conversation-declined': [
    { when: 'declined: follow up within 5 working days of the return (Easter not counted)', record: returnedOn17April({ conversationDeclined: true }), on: '2025-04-22', expected: fires('2025-04-28', 'due') },
    { when: 'declined, on the last day', record: returnedOn17April({ conversationDeclined: true }), on: '2025-04-28', expected: fires('2025-04-28', 'due') },
    { when: 'declined, the day after the last day', record: returnedOn17April({ conversationDeclined: true }), on: '2025-04-29', expected: fires('2025-04-28', 'overdue') },
    { when: 'declined, still followed 28 days after the return', record: returnedOn17April({ conversationDeclined: true }), on: '2025-05-15', expected: fires('2025-04-28', 'overdue') },
    { when: 'declined, no longer followed 29 days after the return', record: returnedOn17April({ conversationDeclined: true }), on: '2025-05-16', expected: quiet },
    { when: 'declined, then held after all', record: returnedOn17April({ conversationDeclined: true, conversationHeldAt: '2025-04-19T10:00:00Z' }), on: '2025-04-22', expected: quiet },
    { when: 'not declined', record: returnedOn17April(), on: '2025-04-22', expected: quiet },
  ],
  'return-home-conversation-strategy-discussion': [
    { when: 'three episodes starting within 30 days: due 2 working days after the return', record: threeIn(30), on: '2025-04-01', expected: fires('2025-04-01', 'due') },
    { when: 'three episodes, urgent the day after the last day', record: threeIn(30), on: '2025-04-02', expected: fires('2025-04-01', 'urgent') },
    { when: 'three episodes spread over 31 days', record: threeIn(31), on: '2025-04-01', expected: quiet },
    { when: 'two episodes', record: twoIn10Days, on: '2025-04-01', expected: quiet },
    { when: 'two episodes, where the authority lowers the threshold to 2', record: twoIn10Days, on: '2025-03-11', overrides: { 'return-home-conversation-strategy-discussion': { parameters: { repeatThreshold: 2 } } }, expected: fires('2025-03-12', 'due') },
  ],
  'return-home-conversation-early-review': [
    { when: 'three episodes starting within 30 days: due 10 working days after the return', record: threeInAfterReview(30), on: '2025-04-01', expected: fires('2025-04-11', 'due') },
    { when: 'three episodes, on the last day', record: threeInAfterReview(30), on: '2025-04-11', expected: fires('2025-04-11', 'due') },
    { when: 'three episodes, the day after the last day', record: threeInAfterReview(30), on: '2025-04-12', expected: fires('2025-04-11', 'overdue') },
    { when: 'three episodes spread over 31 days', record: threeInAfterReview(31), on: '2025-04-01', expected: quiet },
    { when: 'a single episode', record: () => episode(child(), '2025-03-01T10:00:00Z'), on: '2025-03-03', expected: quiet },
    { when: 'three episodes of a care leaver, who has no IRO and no review', record: threeIn(30, () => entitledChild('care-leaver', '2024-09-02')), on: '2025-04-01', expected: quiet },
  ],
  'return-home-conversation-exploitation-risk-assessment': [
    { when: 'indicators recorded for this episode: due 5 working days after the return (Easter not counted)', record: returnedOn17April({ exploitationIndicators: ['older-associates'] }), on: '2025-04-22', expected: fires('2025-04-28', 'due') },
    { when: 'indicators recorded for this episode, urgent the day after the last day', record: returnedOn17April({ exploitationIndicators: ['older-associates'] }), on: '2025-04-29', expected: fires('2025-04-28', 'urgent') },
    { when: 'indicators recorded for an earlier episode', record: () => episode(episode(child(), '2025-01-10T10:00:00Z', { exploitationIndicators: ['unexplained-money'] }), '2025-04-17T10:00:00Z'), on: '2025-04-22', expected: fires('2025-04-28', 'due') },
    { when: 'no indicators', record: returnedOn17April(), on: '2025-04-22', expected: quiet },
  ],
};
