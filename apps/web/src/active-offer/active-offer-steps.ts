// The questions for each step of the Active Offer pathway and the event each set of
// answers becomes. The child's details are never asked: the API already holds them,
// and the step page shows them. Which steps are offered comes from the API's
// allowedEvents (the workflow, filtered by the person's role), never from here.
import {
  activeOfferEventSchema,
  advocacyModes,
  contactMethods,
  entitlementEndReasons,
  offerFormats,
  offerLanguages,
  offerTriggers,
  type ActiveOfferEvent,
  type ActiveOfferEventType,
} from '@cynnig/domain';
import { optionsFromCodeList, type ChoiceOption } from '../forms/choice-option';
import type { Answers, Question } from '../record-forms/question';

const on: Question = { name: 'on', kind: 'date', label: 'activeOffer.questions.on', hint: 'activeOffer.questions.onHint', notAfterToday: true };
const reasonOptional: Question = { name: 'reason', kind: 'textarea', label: 'activeOffer.questions.reason', optional: true, max: 1000 };

/** The questions for one step; `providers` are the advocacy providers the child can be referred to. */
export function activeOfferQuestions(type: ActiveOfferEventType, providers: readonly ChoiceOption[] = []): Question[] {
  switch (type) {
    case 'OFFER_DUE':
      return [on, { name: 'trigger', kind: 'radios', label: 'activeOffer.questions.trigger', options: (l) => optionsFromCodeList(offerTriggers, l) }];
    case 'CHILD_TOLD':
      return [
        on,
        { name: 'method', kind: 'radios', label: 'activeOffer.questions.toldMethod', options: (l) => optionsFromCodeList(contactMethods, l) },
        { name: 'language', kind: 'radios', label: 'activeOffer.questions.language', options: (l) => optionsFromCodeList(offerLanguages, l) },
      ];
    case 'PERMISSION_REFUSED':
    case 'OFFER_DECLINED':
      return [on, reasonOptional];
    case 'PERMISSION_CANNOT_BE_GIVEN':
      return [on, { name: 'reason', kind: 'textarea', label: 'activeOffer.questions.cannotGiveReason', required: 'activeOffer.errors.cannotGiveReason', max: 1000 }];
    case 'REFERRED':
      return [on, { name: 'providerId', kind: 'radios', label: 'activeOffer.questions.provider', required: 'activeOffer.errors.provider', options: () => [...providers] }];
    case 'CONTACT_ATTEMPTED':
      return [
        on,
        { name: 'method', kind: 'radios', label: 'activeOffer.questions.contactMethod', options: (l) => optionsFromCodeList(contactMethods, l) },
        { name: 'reachedChild', kind: 'yes-no', label: 'activeOffer.questions.reachedChild' },
      ];
    case 'OFFER_MADE':
      return [
        on,
        { name: 'language', kind: 'radios', label: 'activeOffer.questions.offerLanguage', options: (l) => optionsFromCodeList(offerLanguages, l) },
        { name: 'formats', kind: 'checkboxes', label: 'activeOffer.questions.formats', hint: 'activeOffer.questions.formatsHint', required: 'activeOffer.errors.formats', options: (l) => optionsFromCodeList(offerFormats, l) },
        { name: 'mode', kind: 'radios', label: 'activeOffer.questions.mode', hint: 'activeOffer.questions.modeHint', options: (l) => optionsFromCodeList(advocacyModes, l) },
      ];
    case 'ENTITLEMENT_ENDED':
      return [on, { name: 'reason', kind: 'radios', label: 'activeOffer.questions.endReason', options: (l) => optionsFromCodeList(entitlementEndReasons, l) }];
    default:
      return [on];
  }
}

/** The event the answers stand for, checked against the domain schema the API uses. */
export function activeOfferEventOf(type: ActiveOfferEventType, answers: Answers): ActiveOfferEvent {
  return activeOfferEventSchema.parse({ type, ...answers });
}

/** The steps a local authority records and the steps an advocacy provider records, for grouping buttons. */
export const providerSteps: readonly ActiveOfferEventType[] = ['CONTACT_ATTEMPTED', 'OFFER_MADE', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'OPTED_OUT', 'COULD_NOT_CONTACT', 'OUTCOME_CONFIRMED', 'ADVOCACY_ENDED'];

export function isActiveOfferEventType(value: string): value is ActiveOfferEventType {
  return (activeOfferEventSchema.options.map((option) => option.shape.type.value) as string[]).includes(value);
}

