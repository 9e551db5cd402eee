// @vitest-environment node
import { activeOfferEventSchema, missingEpisodeEventSchema, oversightEventSchema } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { missingEpisodeEventOf, missingEpisodeQuestions } from '../missing-episode/missing-episode-steps';
import { oversightEventOf, oversightQuestions } from '../oversight/oversight-steps';
import type { Answers, Question } from '../record-forms/question';
import { activeOfferEventOf, activeOfferQuestions } from './active-offer-steps';

const provider = '3f1c1a2e-8d55-4b8e-9a57-2f4f0c1d9e10';

/** What a person would answer: the first option of each choice, a date, a moment, some words. */
function answersFor(questions: readonly Question[]): Answers {
  return Object.fromEntries(
    questions.map((question) => {
      switch (question.kind) {
        case 'date':
          return [question.name, '2026-03-02'];
        case 'moment':
          return [question.name, '2026-03-02T10:00:00Z'];
        case 'radios':
          return [question.name, question.options('en')[0]?.value ?? provider];
        case 'checkboxes':
          return [question.name, [question.options('en')[0]?.value ?? '']];
        case 'yes-no':
          return [question.name, true];
        case 'number':
          return [question.name, 2];
        default:
          return [question.name, 'In their own words'];
      }
    }),
  );
}

describe('the answers to each step become the event the API records', () => {
  it.each(activeOfferEventSchema.options.map((option) => option.shape.type.value))('Active Offer: %s', (type) => {
    const questions = activeOfferQuestions(type, [{ value: provider, label: 'Provider' }]);
    expect(activeOfferEventSchema.safeParse(activeOfferEventOf(type, answersFor(questions))).success).toBe(true);
  });

  it.each(missingEpisodeEventSchema.options.map((option) => option.shape.type.value))('missing episode: %s', (type) => {
    expect(missingEpisodeEventSchema.safeParse(missingEpisodeEventOf(type, answersFor(missingEpisodeQuestions(type)))).success).toBe(true);
  });

  it.each(oversightEventSchema.options.map((option) => option.shape.type.value))('IRO concern: %s', (type) => {
    expect(oversightEventSchema.safeParse(oversightEventOf(type, answersFor(oversightQuestions(type)), 'iro-concern')).success).toBe(true);
  });

  it('keeps the child\'s own words from the conversation, with the findings grouped as before, during and after', () => {
    const event = missingEpisodeEventOf('CONVERSATION_HELD', { at: '2026-03-02T10:00:00Z', heldBy: 'advocacy-provider', before: null, during: 'With friends in town', after: null, childsOwnWords: 'I just wanted to see my mum', exploitationIndicators: [], whatWouldHelp: null });
    expect(event).toMatchObject({ type: 'CONVERSATION_HELD', findings: { before: '', during: 'With friends in town', childsOwnWords: 'I just wanted to see my mum' } });
  });
});
