// Code lists for missing episodes and return home conversations.
import { defineCodeList } from '../code-list.js';

/** Missing: whereabouts unknown. Away: whereabouts known but not where they should be. */
export const absenceKinds = defineCodeList('absenceKind', [
  { code: 'missing', en: 'Missing', cy: 'Ar goll' },
  { code: 'away', en: 'Away without authorisation', cy: 'I ffwrdd heb awdurdod' },
] as const);
export type AbsenceKind = (typeof absenceKinds.codes)[number];

/** The version of the police risk grading this list follows; stored with each grade. */
export const riskGradeListVersion = '2024-1';

export const riskGrades = defineCodeList('riskGrade', [
  { code: 'no-apparent-risk', en: 'No apparent risk', cy: 'Dim risg amlwg' },
  { code: 'low', en: 'Low risk', cy: 'Risg isel' },
  { code: 'medium', en: 'Medium risk', cy: 'Risg canolig' },
  { code: 'high', en: 'High risk', cy: 'Risg uchel' },
] as const);
export type RiskGrade = (typeof riskGrades.codes)[number];

export const returnMethods = defineCodeList('returnMethod', [
  { code: 'returned', en: 'Returned by themselves', cy: 'Wedi dychwelyd ar eu pennau eu hunain' },
  { code: 'found-by-police', en: 'Found by the police', cy: 'Wedi\'u canfod gan yr heddlu' },
  { code: 'found-by-carer', en: 'Found by a carer or family', cy: 'Wedi\'u canfod gan ofalwr neu deulu' },
  { code: 'other', en: 'Other', cy: 'Arall' },
] as const);
export type ReturnMethod = (typeof returnMethods.codes)[number];

export const exploitationIndicators = defineCodeList('exploitationIndicator', [
  { code: 'unexplained-money', en: 'Unexplained money, phones or gifts', cy: 'Arian, ffonau neu anrhegion heb esboniad' },
  { code: 'older-associates', en: 'Associating with older people', cy: 'Yn cymdeithasu â phobl hŷn' },
  { code: 'substances', en: 'Drugs or alcohol', cy: 'Cyffuriau neu alcohol' },
  { code: 'travel-out-of-area', en: 'Travelled out of area', cy: 'Wedi teithio allan o\'r ardal' },
  { code: 'injury', en: 'Injury or signs of harm', cy: 'Anaf neu arwyddion o niwed' },
  { code: 'sexual-exploitation-concern', en: 'Concern about sexual exploitation', cy: 'Pryder am gamfanteisio rhywiol' },
  { code: 'criminal-exploitation-concern', en: 'Concern about criminal exploitation', cy: 'Pryder am gamfanteisio troseddol' },
  { code: 'online-contact', en: 'Worrying online contact', cy: 'Cyswllt ar-lein sy\'n peri pryder' },
] as const);
export type ExploitationIndicator = (typeof exploitationIndicators.codes)[number];

export const conversationActions = defineCodeList('conversationAction', [
  { code: 'advocacy-reoffer', en: 'Offer advocacy again', cy: 'Cynnig eiriolaeth eto' },
  { code: 'strategy-discussion', en: 'Hold a strategy discussion', cy: 'Cynnal trafodaeth strategaeth' },
  { code: 'early-review', en: 'Ask for an early review', cy: 'Gofyn am adolygiad cynnar' },
  { code: 'exploitation-risk-assessment', en: 'Complete an exploitation risk assessment', cy: 'Cwblhau asesiad risg camfanteisio' },
  { code: 'referral', en: 'Refer to another service', cy: 'Atgyfeirio at wasanaeth arall' },
  { code: 'placement-support', en: 'Extra support in the placement', cy: 'Cymorth ychwanegol yn y lleoliad' },
  { code: 'no-further-action', en: 'No further action', cy: 'Dim camau pellach' },
] as const);
export type ConversationAction = (typeof conversationActions.codes)[number];

export const conversationOfferers = defineCodeList('conversationOfferer', [
  { code: 'advocacy-provider', en: 'Advocacy provider', cy: 'Darparwr eiriolaeth' },
  { code: 'independent-worker', en: 'Worker independent of the placement', cy: 'Gweithiwr sy\'n annibynnol ar y lleoliad' },
  { code: 'social-worker', en: 'Social worker', cy: 'Gweithiwr cymdeithasol' },
  { code: 'other', en: 'Someone else chosen with the child', cy: 'Rhywun arall a ddewiswyd gyda\'r plentyn' },
] as const);
export type ConversationOfferer = (typeof conversationOfferers.codes)[number];
