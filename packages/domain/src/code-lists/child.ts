// Code lists describing a child: legal status, entitlement, placement, language and needs.
import { defineCodeList } from '../code-list.js';

/** Legal status, after the categories councils already report on (care order, s.76 accommodation...). */
export const legalStatuses = defineCodeList('legalStatus', [
  { code: 'interim-care-order', en: 'Interim care order', cy: 'Gorchymyn gofal interim' },
  { code: 'full-care-order', en: 'Full care order', cy: 'Gorchymyn gofal llawn' },
  { code: 'placement-order', en: 'Placement order', cy: 'Gorchymyn lleoli' },
  { code: 'section-76', en: 'Accommodated by agreement (section 76)', cy: 'Yn cael llety drwy gytundeb (adran 76)' },
  { code: 'remand', en: 'On remand', cy: 'Ar remand' },
  { code: 'emergency-protection', en: 'Emergency protection order or police protection', cy: 'Gorchymyn diogelu brys neu ddiogelwch yr heddlu' },
  { code: 'child-protection-enquiry', en: 'Subject to child protection enquiries', cy: 'Yn destun ymholiadau amddiffyn plant' },
  { code: 'care-leaver', en: 'Care leaver', cy: 'Person ifanc sy\'n gadael gofal' },
] as const);
export type LegalStatus = (typeof legalStatuses.codes)[number];

/** Why a child is entitled to advocacy; each basis has its own start and end. */
export const entitlementBases = defineCodeList('entitlementBasis', [
  { code: 'looked-after', en: 'Looked after child', cy: 'Plentyn sy\'n derbyn gofal' },
  { code: 'child-protection', en: 'Child protection enquiries leading to an Initial Child Protection Conference', cy: 'Ymholiadau amddiffyn plant sy\'n arwain at Gynhadledd Amddiffyn Plant Gychwynnol' },
  { code: 'care-leaver', en: 'Care leaver', cy: 'Person ifanc sy\'n gadael gofal' },
  { code: 'care-and-support', en: 'Child with care and support needs', cy: 'Plentyn ag anghenion gofal a chymorth' },
] as const);
export type EntitlementBasis = (typeof entitlementBases.codes)[number];

export const entitlementEndReasons = defineCodeList('entitlementEndReason', [
  { code: 'stopped-being-looked-after', en: 'Stopped being looked after', cy: 'Wedi peidio â derbyn gofal' },
  { code: 'reached-age-limit', en: 'Reached the age limit', cy: 'Wedi cyrraedd y terfyn oedran' },
  { code: 'enquiries-closed', en: 'Child protection enquiries closed', cy: 'Ymholiadau amddiffyn plant wedi cau' },
  { code: 'moved-away', en: 'Moved to another authority', cy: 'Wedi symud i awdurdod arall' },
  { code: 'died', en: 'Died', cy: 'Wedi marw' },
] as const);
export type EntitlementEndReason = (typeof entitlementEndReasons.codes)[number];

export const placementTypes = defineCodeList('placementType', [
  { code: 'foster-la', en: 'Foster care with the authority\'s own carers', cy: 'Gofal maeth gyda gofalwyr yr awdurdod' },
  { code: 'foster-agency', en: 'Foster care through an independent agency', cy: 'Gofal maeth drwy asiantaeth annibynnol' },
  { code: 'kinship', en: 'Kinship care with family or friends', cy: 'Gofal gan deulu neu ffrindiau' },
  { code: 'placed-with-parents', en: 'Placed with parents', cy: 'Wedi\'i leoli gyda rhieni' },
  { code: 'residential-la', en: 'Council children\'s home', cy: 'Cartref plant y cyngor' },
  { code: 'residential-independent', en: 'Independent children\'s home', cy: 'Cartref plant annibynnol' },
  { code: 'supported-living', en: 'Supported or independent living', cy: 'Byw â chymorth neu\'n annibynnol' },
  { code: 'secure', en: 'Secure accommodation', cy: 'Llety diogel' },
  { code: 'custody', en: 'Youth custody', cy: 'Dalfa ieuenctid' },
  { code: 'adoption', en: 'Placed for adoption', cy: 'Wedi\'i leoli i\'w fabwysiadu' },
  { code: 'other', en: 'Other placement', cy: 'Lleoliad arall' },
] as const);
export type PlacementType = (typeof placementTypes.codes)[number];

/** Placement types that are children's homes, where visiting advocacy matters. */
export const residentialPlacementTypes: readonly PlacementType[] = ['residential-la', 'residential-independent'];

export const spokenLanguages = defineCodeList('spokenLanguage', [
  { code: 'en', en: 'English', cy: 'Saesneg' },
  { code: 'cy', en: 'Welsh', cy: 'Cymraeg' },
  { code: 'other', en: 'Another language', cy: 'Iaith arall' },
] as const);
export type SpokenLanguage = (typeof spokenLanguages.codes)[number];

export const communicationNeeds = defineCodeList('communicationNeed', [
  { code: 'pmld', en: 'Profound and multiple learning disabilities', cy: 'Anableddau dysgu dwys a lluosog' },
  { code: 'non-verbal', en: 'Does not use speech', cy: 'Nid yw\'n defnyddio lleferydd' },
  { code: 'bsl', en: 'British Sign Language', cy: 'Iaith Arwyddion Prydain' },
  { code: 'easy-read', en: 'Needs easy read', cy: 'Angen hawdd ei ddeall' },
  { code: 'symbols', en: 'Uses symbols or pictures', cy: 'Yn defnyddio symbolau neu luniau' },
  { code: 'interpreter', en: 'Needs an interpreter', cy: 'Angen cyfieithydd' },
] as const);
export type CommunicationNeed = (typeof communicationNeeds.codes)[number];

export const disabilityStatuses = defineCodeList('disabilityStatus', [
  { code: 'none', en: 'No known disability', cy: 'Dim anabledd hysbys' },
  { code: 'disabled', en: 'Disabled', cy: 'Anabl' },
  { code: 'not-recorded', en: 'Not recorded', cy: 'Heb ei gofnodi' },
] as const);
export type DisabilityStatus = (typeof disabilityStatuses.codes)[number];

export const asylumStatuses = defineCodeList('asylumStatus', [
  { code: 'not-asylum-seeking', en: 'Not an asylum-seeking child', cy: 'Ddim yn blentyn sy\'n ceisio lloches' },
  { code: 'uasc', en: 'Unaccompanied asylum-seeking child', cy: 'Plentyn ar ei ben ei hun sy\'n ceisio lloches' },
  { code: 'former-uasc', en: 'Former unaccompanied asylum-seeking child', cy: 'Cyn-blentyn ar ei ben ei hun a fu\'n ceisio lloches' },
] as const);
export type AsylumStatus = (typeof asylumStatuses.codes)[number];

/** Age bands used in monitoring breakdowns. */
export const ageBands = defineCodeList('ageBand', [
  { code: 'under-5', en: 'Under 5', cy: 'O dan 5' },
  { code: '5-9', en: '5 to 9', cy: '5 i 9' },
  { code: '10-15', en: '10 to 15', cy: '10 i 15' },
  { code: '16-17', en: '16 to 17', cy: '16 i 17' },
  { code: '18-plus', en: '18 and over', cy: '18 a throsodd' },
] as const);
export type AgeBand = (typeof ageBands.codes)[number];
