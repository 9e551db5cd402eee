// The questions of a record form, described as data: what is asked, in which words
// (translation keys), and how the answer is checked. One description gives the form
// its zod schema (messages are translation keys, so errors speak both languages), its
// empty values, and the rows of "check your answers".
import { isIsoDate, type IsoDate } from '@cynnig/domain';
import { z } from 'zod';
import type { ChoiceOption } from '../forms/choice-option';
import { datePartsToIsoDate, emptyDateParts, type DateParts } from '../forms/date-parts';
import { londonMomentToUtc, parseClockTime } from '../forms/london-moment';

interface QuestionBase {
  /** The form field, and the key its answer has in the answers handed to the journey. */
  readonly name: string;
  /** Translation key of the question (label or legend). */
  readonly label: string;
  readonly hint?: string;
  /** Translation key of the message when it is left unanswered (a sensible default otherwise). */
  readonly required?: string;
}

export type Question =
  | (QuestionBase & { readonly kind: 'date'; readonly notAfterToday?: boolean })
  | (QuestionBase & { readonly kind: 'moment'; readonly notAfterNow?: boolean })
  | (QuestionBase & { readonly kind: 'radios'; readonly options: (language: 'en' | 'cy') => ChoiceOption[] })
  | (QuestionBase & { readonly kind: 'checkboxes'; readonly options: (language: 'en' | 'cy') => ChoiceOption[]; readonly optional?: boolean })
  | (QuestionBase & { readonly kind: 'yes-no' })
  | (QuestionBase & { readonly kind: 'text' | 'textarea'; readonly optional?: boolean; readonly max: number })
  | (QuestionBase & { readonly kind: 'number'; readonly min: number; readonly max: number; readonly optional?: boolean });

export interface MomentParts extends DateParts {
  time: string;
}

export type Answer = IsoDate | string | string[] | boolean | number | null;
export type Answers = Record<string, Answer>;

const defaults: Record<Question['kind'], string> = {
  date: 'recordForm.errors.dateRequired',
  moment: 'recordForm.errors.dateRequired',
  radios: 'recordForm.errors.choose',
  checkboxes: 'recordForm.errors.chooseAtLeastOne',
  'yes-no': 'recordForm.errors.yesOrNo',
  text: 'recordForm.errors.enterText',
  textarea: 'recordForm.errors.enterText',
  number: 'recordForm.errors.enterNumber',
};

/** Today's date in Wales, for "not in the future" checks. */
export function todayInWales(now: Date = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function dateSchema(question: Extract<Question, { kind: 'date' }>, now: () => Date) {
  return z.object({ day: z.string(), month: z.string(), year: z.string() }).transform((parts, ctx): IsoDate => {
    const result = datePartsToIsoDate(parts);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.problem === 'required' ? (question.required ?? defaults.date) : `dateInput.errors.${result.problem}` });
      return z.NEVER;
    }
    if (question.notAfterToday && result.date > todayInWales(now())) {
      ctx.addIssue({ code: 'custom', message: 'recordForm.errors.dateInFuture' });
      return z.NEVER;
    }
    return result.date;
  });
}

function momentSchema(question: Extract<Question, { kind: 'moment' }>, now: () => Date) {
  return z.object({ day: z.string(), month: z.string(), year: z.string(), time: z.string() }).transform((parts, ctx): string => {
    const result = datePartsToIsoDate(parts);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.problem === 'required' ? (question.required ?? defaults.moment) : `dateInput.errors.${result.problem}` });
      return z.NEVER;
    }
    const time = parseClockTime(parts.time);
    if (!time) {
      ctx.addIssue({ code: 'custom', message: parts.time.trim() === '' ? 'recordForm.errors.timeRequired' : 'recordForm.errors.timeFormat' });
      return z.NEVER;
    }
    const moment = londonMomentToUtc(result.date, time);
    if (question.notAfterNow && Date.parse(moment) > now().getTime()) {
      ctx.addIssue({ code: 'custom', message: 'recordForm.errors.momentInFuture' });
      return z.NEVER;
    }
    return moment;
  });
}

const chosen = (message: string) => z.preprocess((value) => (value === null || value === undefined || value === false ? '' : value), z.string().min(1, message));

function schemaOf(question: Question, now: () => Date): z.ZodType {
  const required = question.required ?? defaults[question.kind];
  switch (question.kind) {
    case 'date':
      return dateSchema(question, now);
    case 'moment':
      return momentSchema(question, now);
    case 'radios':
      return chosen(required);
    case 'checkboxes': {
      const list = z.preprocess((value) => (Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []), z.array(z.string()));
      return question.optional ? list : list.refine((values) => values.length > 0, required);
    }
    case 'yes-no':
      return chosen(required).transform((value) => value === 'yes');
    case 'text':
    case 'textarea': {
      const text = z.string().trim().max(question.max, 'recordForm.errors.tooLong');
      return question.optional ? text.transform((value) => (value === '' ? null : value)) : text.min(1, required);
    }
    case 'number': {
      const text = z.string().trim();
      return text.transform((value, ctx): number | null => {
        if (value === '') {
          if (question.optional) return null;
          ctx.addIssue({ code: 'custom', message: required });
          return z.NEVER;
        }
        const number = Number(value);
        if (!/^\d+$/.test(value) || number < question.min || number > question.max) {
          ctx.addIssue({ code: 'custom', message: 'recordForm.errors.numberRange' });
          return z.NEVER;
        }
        return number;
      });
    }
  }
}

/** The zod schema of a whole form: the boxes people fill in, in; checked answers, out. */
export function questionsSchema(questions: readonly Question[], now: () => Date = () => new Date()) {
  return z.object(Object.fromEntries(questions.map((question) => [question.name, schemaOf(question, now)]))) as unknown as z.ZodType<Answers, Record<string, unknown>>;
}

/** The boxes of an unanswered form. */
export function emptyValues(questions: readonly Question[]): Record<string, unknown> {
  return Object.fromEntries(
    questions.map((question) => {
      switch (question.kind) {
        case 'date':
          return [question.name, { ...emptyDateParts }];
        case 'moment':
          return [question.name, { ...emptyDateParts, time: '' }];
        case 'checkboxes':
          return [question.name, []];
        case 'radios':
        case 'yes-no':
          return [question.name, null];
        default:
          return [question.name, ''];
      }
    }),
  );
}

/** An answer as "check your answers" shows it. */
export function answerText(question: Question, answer: Answer | undefined, language: 'en' | 'cy', words: { yes: string; no: string; none: string; formatDate: (date: string) => string; formatMoment: (moment: string) => string }): string {
  if (answer === null || answer === undefined || answer === '') return words.none;
  switch (question.kind) {
    case 'date':
      return typeof answer === 'string' && isIsoDate(answer) ? words.formatDate(answer) : String(answer);
    case 'moment':
      return words.formatMoment(String(answer));
    case 'radios': {
      const option = question.options(language).find((candidate) => candidate.value === answer);
      return option?.label ?? String(answer);
    }
    case 'checkboxes': {
      const options = question.options(language);
      const list = Array.isArray(answer) ? answer : [];
      return list.length === 0 ? words.none : list.map((value) => options.find((option) => option.value === value)?.label ?? value).join(', ');
    }
    case 'yes-no':
      return answer ? words.yes : words.no;
    default:
      return String(answer);
  }
}

/** Every translation key the questions use, so a test can prove each exists in both languages. */
export function translationKeysOf(questions: readonly Question[]): string[] {
  return questions.flatMap((question) => [question.label, question.hint, question.required].filter((key): key is string => typeof key === 'string'));
}
