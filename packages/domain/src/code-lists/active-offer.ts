// Code lists for the Active Offer pathway: permission, contact, the offer itself and its outcome.
import { defineCodeList } from '../code-list.js';

export const permissionOutcomes = defineCodeList('permissionOutcome', [
  { code: 'given', en: 'The child gave permission to share their details', cy: 'Rhoddodd y plentyn ganiatâd i rannu ei fanylion' },
  { code: 'refused', en: 'The child did not want their details shared', cy: 'Nid oedd y plentyn am i\'w fanylion gael eu rhannu' },
  { code: 'cannot-give', en: 'The child cannot give permission (consider non-instructed advocacy)', cy: 'Ni all y plentyn roi caniatâd (ystyriwch eiriolaeth heb gyfarwyddyd)' },
] as const);
export type PermissionOutcome = (typeof permissionOutcomes.codes)[number];

export const contactMethods = defineCodeList('contactMethod', [
  { code: 'visit', en: 'Visit in person', cy: 'Ymweliad wyneb yn wyneb' },
  { code: 'phone', en: 'Telephone', cy: 'Ffôn' },
  { code: 'video', en: 'Video call', cy: 'Galwad fideo' },
  { code: 'message', en: 'Text or app message', cy: 'Neges destun neu ap' },
  { code: 'letter', en: 'Letter', cy: 'Llythyr' },
] as const);
export type ContactMethod = (typeof contactMethods.codes)[number];

/** How advocacy is provided: a baby or a child with PMLD is never recorded as having declined. */
export const advocacyModes = defineCodeList('advocacyMode', [
  { code: 'instructed', en: 'Instructed advocacy', cy: 'Eiriolaeth â chyfarwyddyd' },
  { code: 'non-instructed', en: 'Non-instructed advocacy', cy: 'Eiriolaeth heb gyfarwyddyd' },
  { code: 'peer', en: 'Peer advocacy', cy: 'Eiriolaeth gan gymheiriaid' },
] as const);
export type AdvocacyMode = (typeof advocacyModes.codes)[number];

export const offerLanguages = defineCodeList('offerLanguage', [
  { code: 'en', en: 'English', cy: 'Saesneg' },
  { code: 'cy', en: 'Welsh', cy: 'Cymraeg' },
  { code: 'other-with-interpreter', en: 'Another language, with an interpreter', cy: 'Iaith arall, gyda chyfieithydd' },
] as const);
export type OfferLanguage = (typeof offerLanguages.codes)[number];

export const offerFormats = defineCodeList('offerFormat', [
  { code: 'conversation', en: 'Conversation', cy: 'Sgwrs' },
  { code: 'easy-read', en: 'Easy read', cy: 'Hawdd ei ddeall' },
  { code: 'symbols', en: 'Symbols or pictures', cy: 'Symbolau neu luniau' },
  { code: 'bsl', en: 'British Sign Language', cy: 'Iaith Arwyddion Prydain' },
  { code: 'video', en: 'Video or app', cy: 'Fideo neu ap' },
  { code: 'leaflet', en: 'Leaflet', cy: 'Taflen' },
] as const);
export type OfferFormat = (typeof offerFormats.codes)[number];

export const offerOutcomes = defineCodeList('offerOutcome', [
  { code: 'accepted', en: 'Accepted', cy: 'Wedi derbyn' },
  { code: 'declined', en: 'Declined', cy: 'Wedi gwrthod' },
  { code: 'opted-out', en: 'Opted out', cy: 'Wedi optio allan' },
  { code: 'could-not-contact', en: 'Could not contact', cy: 'Methu cysylltu' },
] as const);
export type OfferOutcome = (typeof offerOutcomes.codes)[number];

/**
 * What prompts the Active Offer to be made (again). No official list exists, so each
 * is a rule that an authority can switch off; all are on by default.
 */
export const offerTriggers = defineCodeList('offerTrigger', [
  { code: 'became-looked-after', en: 'Became looked after', cy: 'Wedi dechrau derbyn gofal' },
  { code: 'child-protection-enquiry', en: 'Child protection enquiries leading to a conference', cy: 'Ymholiadau amddiffyn plant sy\'n arwain at gynhadledd' },
  { code: 'became-care-leaver', en: 'Became a care leaver', cy: 'Wedi dod yn berson ifanc sy\'n gadael gofal' },
  { code: 'review-due', en: 'Statutory review coming up', cy: 'Adolygiad statudol ar y gweill' },
  { code: 'placement-move', en: 'Placement move', cy: 'Symud lleoliad' },
  { code: 'school-move', en: 'School move', cy: 'Symud ysgol' },
  { code: 'missing-return', en: 'Return from a missing episode', cy: 'Dychwelyd ar ôl cyfnod ar goll' },
  { code: 'complaint', en: 'Complaint or representation', cy: 'Cwyn neu sylwadau' },
  { code: 'social-worker-change', en: 'Change of social worker', cy: 'Newid gweithiwr cymdeithasol' },
  { code: 'iro-change', en: 'Change of IRO', cy: 'Newid swyddog adolygu annibynnol' },
  { code: 'legal-status-change', en: 'Care proceedings milestone or change of legal status', cy: 'Carreg filltir achos gofal neu newid statws cyfreithiol' },
  { code: 'turning-16', en: 'Turning 16 and pathway planning', cy: 'Troi\'n 16 a chynllunio llwybr' },
  { code: 'leaving-care-18', en: 'Leaving care at 18', cy: 'Gadael gofal yn 18 oed' },
  { code: 'stop-looking-after', en: 'Decision to stop looking after the child', cy: 'Penderfyniad i beidio â gofalu am y plentyn mwyach' },
  { code: 'child-protection-conference', en: 'Child protection conference', cy: 'Cynhadledd amddiffyn plant' },
  { code: 'secure-or-custody', en: 'Entering secure accommodation or custody', cy: 'Mynd i lety diogel neu i\'r ddalfa' },
  { code: 'periodic-after-decline', en: 'Some months after a decline', cy: 'Rai misoedd ar ôl gwrthod' },
  { code: 'opted-back-in', en: 'The child asked for an advocate', cy: 'Gofynnodd y plentyn am eiriolwr' },
] as const);
export type OfferTrigger = (typeof offerTriggers.codes)[number];
