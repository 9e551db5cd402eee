// The questions for each step of a missing episode and its return home conversation,
// and the event each set of answers becomes. Moments are typed as a date and a time
// in Wales and sent as UTC timestamps.
import {
  absenceKinds,
  conversationActions,
  conversationOfferers,
  exploitationIndicators,
  missingEpisodeEventSchema,
  returnMethods,
  riskGrades,
  type MissingEpisodeEvent,
  type MissingEpisodeEventType,
} from '@cynnig/domain';
import { optionsFromCodeList } from '../forms/choice-option';
import type { Answers, Question } from '../record-forms/question';

const at = (label: string): Question => ({ name: 'at', kind: 'moment', label, notAfterNow: true });

export function missingEpisodeQuestions(type: MissingEpisodeEventType): Question[] {
  switch (type) {
    case 'REPORTED':
      return [
        { name: 'kind', kind: 'radios', label: 'missingEpisode.questions.kind', options: (l) => optionsFromCodeList(absenceKinds, l) },
        { name: 'lastSeenAt', kind: 'moment', label: 'missingEpisode.questions.lastSeenAt', notAfterNow: true },
        at('missingEpisode.questions.reportedAt'),
        { name: 'riskGrade', kind: 'radios', label: 'missingEpisode.questions.riskGrade', hint: 'missingEpisode.questions.riskGradeHint', options: (l) => optionsFromCodeList(riskGrades, l) },
        { name: 'reportedBy', kind: 'text', label: 'missingEpisode.questions.reportedBy', required: 'missingEpisode.errors.reportedBy', max: 120 },
        { name: 'policeReference', kind: 'text', label: 'missingEpisode.questions.policeReference', optional: true, max: 40 },
      ];
    case 'RISK_REGRADED':
      return [at('missingEpisode.questions.regradedAt'), { name: 'riskGrade', kind: 'radios', label: 'missingEpisode.questions.riskGrade', options: (l) => optionsFromCodeList(riskGrades, l) }];
    case 'UPDATE_NOTED':
      return [at('missingEpisode.questions.updateAt'), { name: 'note', kind: 'textarea', label: 'missingEpisode.questions.note', required: 'missingEpisode.errors.note', max: 2000 }];
    case 'RETURNED':
      return [
        at('missingEpisode.questions.returnedAt'),
        { name: 'method', kind: 'radios', label: 'missingEpisode.questions.returnMethod', options: (l) => optionsFromCodeList(returnMethods, l) },
        { name: 'whereFound', kind: 'text', label: 'missingEpisode.questions.whereFound', required: 'missingEpisode.errors.whereFound', max: 200 },
        { name: 'whoWith', kind: 'text', label: 'missingEpisode.questions.whoWith', optional: true, max: 200 },
      ];
    case 'CONVERSATION_OFFERED':
      return [at('missingEpisode.questions.offeredAt'), { name: 'offeredBy', kind: 'radios', label: 'missingEpisode.questions.offeredBy', options: (l) => optionsFromCodeList(conversationOfferers, l) }];
    case 'CONVERSATION_DECLINED':
      return [
        at('missingEpisode.questions.declinedAt'),
        { name: 'attempts', kind: 'number', label: 'missingEpisode.questions.attempts', min: 1, max: 20 },
        { name: 'carersAsked', kind: 'yes-no', label: 'missingEpisode.questions.carersAsked' },
        { name: 'carersInformation', kind: 'textarea', label: 'missingEpisode.questions.carersInformation', optional: true, max: 4000 },
      ];
    case 'CONVERSATION_HELD':
      return [
        at('missingEpisode.questions.heldAt'),
        { name: 'heldBy', kind: 'radios', label: 'missingEpisode.questions.heldBy', options: (l) => optionsFromCodeList(conversationOfferers, l) },
        { name: 'before', kind: 'textarea', label: 'missingEpisode.questions.before', hint: 'missingEpisode.questions.beforeHint', optional: true, max: 4000 },
        { name: 'during', kind: 'textarea', label: 'missingEpisode.questions.during', hint: 'missingEpisode.questions.duringHint', optional: true, max: 4000 },
        { name: 'after', kind: 'textarea', label: 'missingEpisode.questions.after', hint: 'missingEpisode.questions.afterHint', optional: true, max: 4000 },
        { name: 'childsOwnWords', kind: 'textarea', label: 'missingEpisode.questions.childsOwnWords', hint: 'missingEpisode.questions.childsOwnWordsHint', required: 'missingEpisode.errors.childsOwnWords', max: 4000 },
        { name: 'exploitationIndicators', kind: 'checkboxes', label: 'missingEpisode.questions.exploitationIndicators', optional: true, options: (l) => optionsFromCodeList(exploitationIndicators, l) },
        { name: 'whatWouldHelp', kind: 'textarea', label: 'missingEpisode.questions.whatWouldHelp', optional: true, max: 4000 },
      ];
    case 'ACTIONS_AGREED':
      return [at('missingEpisode.questions.agreedAt'), { name: 'actions', kind: 'checkboxes', label: 'missingEpisode.questions.actions', required: 'missingEpisode.errors.actions', options: (l) => optionsFromCodeList(conversationActions, l) }];
    case 'CONVERSATION_ACCEPTED':
      return [at('missingEpisode.questions.acceptedAt')];
    case 'CLOSED':
      return [at('missingEpisode.questions.closedAt')];
  }
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function missingEpisodeEventOf(type: MissingEpisodeEventType, answers: Answers): MissingEpisodeEvent {
  if (type === 'CONVERSATION_HELD') {
    const { at: moment, heldBy, before, during, after, childsOwnWords, exploitationIndicators: indicators, whatWouldHelp } = answers;
    return missingEpisodeEventSchema.parse({
      type,
      at: moment,
      heldBy,
      findings: { before: text(before), during: text(during), after: text(after), childsOwnWords: text(childsOwnWords), exploitationIndicators: indicators ?? [], whatWouldHelp: text(whatWouldHelp) },
    });
  }
  return missingEpisodeEventSchema.parse({ type, ...answers });
}

export function isMissingEpisodeEventType(value: string): value is MissingEpisodeEventType {
  return (missingEpisodeEventSchema.options.map((option) => option.shape.type.value) as string[]).includes(value);
}
