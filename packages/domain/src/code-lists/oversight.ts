// Code lists for IRO reviews and the dispute resolution (escalation) process.
import { defineCodeList } from '../code-list.js';

export const reviewKinds = defineCodeList('reviewKind', [
  { code: 'first', en: 'First review', cy: 'Adolygiad cyntaf' },
  { code: 'second', en: 'Second review', cy: 'Ail adolygiad' },
  { code: 'subsequent', en: 'Later review', cy: 'Adolygiad dilynol' },
  { code: 'early', en: 'Early review', cy: 'Adolygiad cynnar' },
] as const);
export type ReviewKind = (typeof reviewKinds.codes)[number];

/** What the IRO confirmed about advocacy at a review. */
export const reviewAdvocacyFindings = defineCodeList('reviewAdvocacyFinding', [
  { code: 'knows-and-has-advocate', en: 'Knows about advocacy and has an advocate', cy: 'Yn gwybod am eiriolaeth ac mae ganddo eiriolwr' },
  { code: 'knows-and-declined', en: 'Knows about advocacy and has declined for now', cy: 'Yn gwybod am eiriolaeth ac wedi gwrthod am y tro' },
  { code: 'does-not-know', en: 'Does not know about their right to an advocate', cy: 'Ddim yn gwybod am ei hawl i eiriolwr' },
  { code: 'not-able-to-say', en: 'Not able to say (non-instructed advocacy considered)', cy: 'Methu dweud (ystyriwyd eiriolaeth heb gyfarwyddyd)' },
] as const);
export type ReviewAdvocacyFinding = (typeof reviewAdvocacyFindings.codes)[number];

/** The stages of dispute resolution, in order; each has a response deadline. */
export const escalationStages = defineCodeList('escalationStage', [
  { code: 'informal-alert', en: 'Alert to social worker and team manager', cy: 'Rhybudd i\'r gweithiwr cymdeithasol a\'r rheolwr tîm' },
  { code: 'service-manager', en: 'Service manager', cy: 'Rheolwr gwasanaeth' },
  { code: 'head-of-service', en: 'Head of service', cy: 'Pennaeth gwasanaeth' },
  { code: 'cafcass-cymru', en: 'Referral to CAFCASS Cymru', cy: 'Atgyfeirio at CAFCASS Cymru' },
] as const);
export type EscalationStage = (typeof escalationStages.codes)[number];

export const oversightResolutions = defineCodeList('oversightResolution', [
  { code: 'reoffer-requested', en: 'Re-offer requested', cy: 'Gofynnwyd am ail-gynnig' },
  { code: 'wish-confirmed-at-review', en: 'Child\'s wish confirmed at review', cy: 'Dymuniad y plentyn wedi\'i gadarnhau yn yr adolygiad' },
  { code: 'data-corrected', en: 'Record corrected', cy: 'Cofnod wedi\'i gywiro' },
  { code: 'resolved-by-escalation', en: 'Resolved through escalation', cy: 'Wedi\'i ddatrys drwy uwchgyfeirio' },
] as const);
export type OversightResolution = (typeof oversightResolutions.codes)[number];

export const severities = defineCodeList('severity', [
  { code: 'info', en: 'For information', cy: 'Er gwybodaeth' },
  { code: 'due', en: 'Due', cy: 'Yn ddyledus' },
  { code: 'overdue', en: 'Overdue', cy: 'Yn hwyr' },
  { code: 'urgent', en: 'Urgent', cy: 'Brys' },
] as const);
export type Severity = (typeof severities.codes)[number];
