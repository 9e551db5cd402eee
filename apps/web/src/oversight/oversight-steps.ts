// The questions for raising an IRO concern and each stage that follows (acknowledged,
// escalated through managers to CAFCASS Cymru, a response, resolved), and for the
// structured record of what was confirmed about advocacy at a review.
import {
  escalationStages,
  oversightEventSchema,
  oversightResolutions,
  reviewAdvocacyFindings,
  reviewKinds,
  type OversightEvent,
  type OversightEventType,
} from '@cynnig/domain';
import type { NewReview } from '../api/child-facts';
import { optionsFromCodeList } from '../forms/choice-option';
import type { Answers, Question } from '../record-forms/question';

const on: Question = { name: 'on', kind: 'date', label: 'oversight.questions.on', notAfterToday: true };

export function oversightQuestions(type: OversightEventType): Question[] {
  switch (type) {
    case 'RAISED':
      return [on, { name: 'reason', kind: 'textarea', label: 'oversight.questions.reason', hint: 'oversight.questions.reasonHint', required: 'oversight.errors.reason', max: 2000 }];
    case 'ESCALATED':
      return [
        on,
        { name: 'stage', kind: 'radios', label: 'oversight.questions.stage', options: (l) => optionsFromCodeList(escalationStages, l) },
        { name: 'to', kind: 'text', label: 'oversight.questions.to', required: 'oversight.errors.to', max: 200 },
        { name: 'respondBy', kind: 'date', label: 'oversight.questions.respondBy', hint: 'oversight.questions.respondByHint' },
      ];
    case 'RESPONSE_RECEIVED':
      return [
        on,
        { name: 'response', kind: 'textarea', label: 'oversight.questions.response', required: 'oversight.errors.response', max: 4000 },
        { name: 'satisfactory', kind: 'yes-no', label: 'oversight.questions.satisfactory' },
      ];
    case 'RESOLVED':
      return [
        on,
        { name: 'resolution', kind: 'radios', label: 'oversight.questions.resolution', options: (l) => optionsFromCodeList(oversightResolutions, l) },
        { name: 'note', kind: 'textarea', label: 'oversight.questions.note', optional: true, max: 2000 },
      ];
    case 'ACKNOWLEDGED':
      return [on];
  }
}

/** A concern raised by hand (not from a queue item) names this as its rule. */
export const concernRaisedByHand = 'iro-concern';

export function oversightEventOf(type: OversightEventType, answers: Answers, ruleId: string): OversightEvent {
  return oversightEventSchema.parse(type === 'RAISED' ? { type, ...answers, ruleId } : { type, ...answers });
}

export function isOversightEventType(value: string): value is OversightEventType {
  return (oversightEventSchema.options.map((option) => option.shape.type.value) as string[]).includes(value);
}

export const reviewQuestions: Question[] = [
  { name: 'kind', kind: 'radios', label: 'review.questions.kind', options: (l) => optionsFromCodeList(reviewKinds, l) },
  { name: 'heldOn', kind: 'date', label: 'review.questions.heldOn', notAfterToday: true },
  { name: 'advocacyFinding', kind: 'radios', label: 'review.questions.advocacyFinding', hint: 'review.questions.advocacyFindingHint', options: (l) => optionsFromCodeList(reviewAdvocacyFindings, l) },
  { name: 'spokeToChildPrivately', kind: 'yes-no', label: 'review.questions.spokeToChildPrivately' },
  { name: 'note', kind: 'textarea', label: 'review.questions.note', optional: true, max: 4000 },
];

export function reviewOf(answers: Answers): NewReview {
  return answers as unknown as NewReview;
}
