// @vitest-environment node
import { activeOfferEventSchema, missingEpisodeEventSchema, oversightEventSchema } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { activeOfferQuestions } from '../active-offer/active-offer-steps';
import { lifeEventQuestions } from '../child/LifeEventPage';
import cy from '../i18n/cy.json';
import en from '../i18n/en.json';
import { missingEpisodeQuestions } from '../missing-episode/missing-episode-steps';
import { oversightQuestions, reviewQuestions } from '../oversight/oversight-steps';
import { emptyValues, questionsSchema, translationKeysOf, type Question } from './question';

const now = () => new Date('2026-03-10T12:00:00Z');
const lookUp = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('a record form\'s questions', () => {
  const questions: Question[] = [
    { name: 'on', kind: 'date', label: 'activeOffer.questions.on', notAfterToday: true },
    { name: 'method', kind: 'radios', label: 'activeOffer.questions.toldMethod', options: () => [{ value: 'visit', label: 'Visit' }] },
    { name: 'reachedChild', kind: 'yes-no', label: 'activeOffer.questions.reachedChild' },
    { name: 'reason', kind: 'textarea', label: 'activeOffer.questions.reason', optional: true, max: 20 },
    { name: 'at', kind: 'moment', label: 'missingEpisode.questions.returnedAt', notAfterNow: true },
    { name: 'attempts', kind: 'number', label: 'missingEpisode.questions.attempts', min: 1, max: 20 },
  ];
  const schema = questionsSchema(questions, now);
  const answered = { on: { day: '9', month: '3', year: '2026' }, method: 'visit', reachedChild: 'no', reason: '  ', at: { day: '10', month: '3', year: '2026', time: '09:30' }, attempts: '3' };

  it('gives the journey checked answers: a calendar date, a code, a boolean, null for an empty optional answer, a UTC moment, a number', () => {
    expect(schema.parse(answered)).toEqual({ on: '2026-03-09', method: 'visit', reachedChild: false, reason: null, at: '2026-03-10T09:30:00Z', attempts: 3 });
  });

  it('starts with nothing answered, and says what is missing with a message in each language', () => {
    const result = schema.safeParse(emptyValues(questions));
    const messages = result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(messages).toEqual([
      'on: recordForm.errors.dateRequired',
      'method: recordForm.errors.choose',
      'reachedChild: recordForm.errors.yesOrNo',
      'at: recordForm.errors.dateRequired',
      'attempts: recordForm.errors.enterNumber',
    ]);
  });

  it.each([
    { field: 'on', value: { day: '31', month: '2', year: '2026' }, message: 'dateInput.errors.notReal' },
    { field: 'on', value: { day: '11', month: '3', year: '2026' }, message: 'recordForm.errors.dateInFuture' },
    { field: 'at', value: { day: '10', month: '3', year: '2026', time: '25:00' }, message: 'recordForm.errors.timeFormat' },
    { field: 'at', value: { day: '10', month: '3', year: '2026', time: '13:00' }, message: 'recordForm.errors.momentInFuture' },
    { field: 'attempts', value: '0', message: 'recordForm.errors.numberRange' },
    { field: 'attempts', value: 'two', message: 'recordForm.errors.numberRange' },
    { field: 'reason', value: 'x'.repeat(21), message: 'recordForm.errors.tooLong' },
  ])('refuses $field = $value with "$message"', ({ field, value, message }) => {
    const result = schema.safeParse({ ...answered, [field]: value });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([[field, message]]);
  });
});

describe('the words of every question Cynnig asks', () => {
  const sets: [string, Question[]][] = [
    ...activeOfferEventSchema.options.map((option): [string, Question[]] => [`Active Offer ${option.shape.type.value}`, activeOfferQuestions(option.shape.type.value)]),
    ...missingEpisodeEventSchema.options.map((option): [string, Question[]] => [`missing episode ${option.shape.type.value}`, missingEpisodeQuestions(option.shape.type.value)]),
    ...oversightEventSchema.options.map((option): [string, Question[]] => [`IRO concern ${option.shape.type.value}`, oversightQuestions(option.shape.type.value)]),
    ['review', reviewQuestions],
    ['life event', lifeEventQuestions],
  ];

  it.each(sets)('exist in English and Welsh for %s', (_name, questions) => {
    for (const key of translationKeysOf(questions)) {
      expect(typeof lookUp(en, key), `${key} in English`).toBe('string');
      expect(typeof lookUp(cy, key), `${key} in Welsh`).toBe('string');
    }
  });

  it('never ask for the child\'s name, date of birth or language: the record already holds them', () => {
    const asked = sets.flatMap(([, questions]) => questions.map((question) => question.name));
    expect(asked.filter((name) => /name|dateOfBirth|birth|preferredLanguage|communication/i.test(name))).toEqual([]);
  });
});
