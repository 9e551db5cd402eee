// The Active Offer's states and events in the words social workers and advocates use,
// in English and Welsh, for the forms app, the refusal messages and the README.
import type { ActiveOfferEventType, Bilingual } from '@cynnig/domain';
import type { ActiveOfferState } from './active-offer-machine.js';

export const activeOfferStateLabels: Record<ActiveOfferState, Bilingual> = {
  notOpened: { en: 'no Active Offer case yet', cy: 'dim achos cynnig gweithredol eto' },
  awaitingChildTold: { en: 'waiting for the child to be told about advocacy', cy: 'yn aros i\'r plentyn gael gwybod am eiriolaeth' },
  awaitingPermission: { en: 'waiting for the child\'s permission to share their details', cy: 'yn aros am ganiatâd y plentyn i rannu ei fanylion' },
  awaitingReferral: { en: 'waiting for the referral to the advocacy provider', cy: 'yn aros am yr atgyfeiriad at y darparwr eiriolaeth' },
  awaitingProviderContact: { en: 'waiting for the provider to contact the child', cy: 'yn aros i\'r darparwr gysylltu â\'r plentyn' },
  awaitingOutcome: { en: 'offer made, waiting for the child\'s answer', cy: 'cynnig wedi\'i wneud, yn aros am ateb y plentyn' },
  awaitingConfirmation: { en: 'waiting for the outcome to be confirmed to the authority', cy: 'yn aros i\'r canlyniad gael ei gadarnhau i\'r awdurdod' },
  advocacyActive: { en: 'the child has an advocate', cy: 'mae gan y plentyn eiriolwr' },
  awaitingReoffer: { en: 'waiting for the offer to be made again', cy: 'yn aros i\'r cynnig gael ei wneud eto' },
  entitlementEnded: { en: 'entitlement to advocacy ended', cy: 'yr hawl i eiriolaeth wedi dod i ben' },
};

export const activeOfferEventLabels: Record<ActiveOfferEventType, Bilingual> = {
  OFFER_DUE: { en: 'Active Offer due', cy: 'Cynnig gweithredol yn ddyledus' },
  CHILD_TOLD: { en: 'Child told about advocacy', cy: 'Plentyn wedi cael gwybod am eiriolaeth' },
  PERMISSION_GIVEN: { en: 'Child gave permission to share their details', cy: 'Plentyn wedi rhoi caniatâd i rannu ei fanylion' },
  PERMISSION_REFUSED: { en: 'Child did not want their details shared', cy: 'Plentyn ddim am i\'w fanylion gael eu rhannu' },
  PERMISSION_CANNOT_BE_GIVEN: { en: 'Child cannot give permission (non-instructed advocacy)', cy: 'Plentyn yn methu rhoi caniatâd (eiriolaeth heb gyfarwyddyd)' },
  REFERRED: { en: 'Referred to the advocacy provider', cy: 'Wedi\'i atgyfeirio at y darparwr eiriolaeth' },
  CONTACT_ATTEMPTED: { en: 'Provider tried to contact the child', cy: 'Darparwr wedi ceisio cysylltu â\'r plentyn' },
  OFFER_MADE: { en: 'Active Offer made to the child', cy: 'Cynnig gweithredol wedi\'i wneud i\'r plentyn' },
  OFFER_ACCEPTED: { en: 'Child accepted an advocate', cy: 'Plentyn wedi derbyn eiriolwr' },
  OFFER_DECLINED: { en: 'Child declined an advocate', cy: 'Plentyn wedi gwrthod eiriolwr' },
  OPTED_OUT: { en: 'Child opted out', cy: 'Plentyn wedi optio allan' },
  COULD_NOT_CONTACT: { en: 'Provider could not contact the child', cy: 'Darparwr wedi methu cysylltu â\'r plentyn' },
  OUTCOME_CONFIRMED: { en: 'Outcome confirmed to the authority', cy: 'Canlyniad wedi\'i gadarnhau i\'r awdurdod' },
  ADVOCACY_ENDED: { en: 'Advocacy ended', cy: 'Eiriolaeth wedi dod i ben' },
  OPTED_BACK_IN: { en: 'Child asked for an advocate', cy: 'Plentyn wedi gofyn am eiriolwr' },
  ENTITLEMENT_ENDED: { en: 'Entitlement to advocacy ended', cy: 'Hawl i eiriolaeth wedi dod i ben' },
};
