// Measures of referrals to advocacy providers, for the National Reporting Template's sections:
// referrals in the quarter, themes (what prompted them), complaints, out-of-county referrals,
// unaccompanied asylum-seeking children and care leavers. Themes are made from the trigger list.
import { offerTriggers, type ActiveOfferSummary } from '@cynnig/domain';
import type { OfferCountMeasure } from '../measure.js';
import { placementOn } from '../child-facts.js';

const byReferral = {
  en: 'A round counts in the period (and quarter) in which the social worker referred the child to the advocacy provider.',
  cy: 'Mae rownd yn cyfrif yn y cyfnod (a\'r chwarter) pan atgyfeiriodd y gweithiwr cymdeithasol y plentyn at y darparwr eiriolaeth.',
};
const referredOn = (offer: ActiveOfferSummary) => offer.referredOn;

export const referrals: OfferCountMeasure = {
  id: 'referrals',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Referrals to the advocacy provider', cy: 'Atgyfeiriadau at y darparwr eiriolaeth' },
  definition: { en: 'Children\'s details shared with the advocacy provider, with the child\'s permission or for non-instructed advocacy, so the provider can make the Active Offer.', cy: 'Manylion plant a rannwyd gyda\'r darparwr eiriolaeth, gyda chaniatâd y plentyn neu ar gyfer eiriolaeth heb gyfarwyddyd, fel y gall y darparwr wneud y cynnig gweithredol.' },
  numerator: { en: 'Rounds referred in the period', cy: 'Rowndiau a atgyfeiriwyd yn y cyfnod' },
  denominator: null,
  periodRule: byReferral,
  whatCounts: { en: 'Each round referred counts, so a child referred twice in a quarter counts twice.', cy: 'Mae pob rownd a atgyfeiriwyd yn cyfrif, felly mae plentyn a atgyfeiriwyd ddwywaith mewn chwarter yn cyfrif ddwywaith.' },
  dateOf: referredOn,
  counts: () => true,
};

/** One measure per trigger: the themes of referrals, and with the previous quarter, their trend. */
export const referralsByTrigger: readonly OfferCountMeasure[] = offerTriggers.entries.map((trigger) => ({
  id: `referrals-trigger-${trigger.code}`,
  kind: 'count',
  unit: 'offer',
  name: { en: `Referrals prompted by: ${trigger.en}`, cy: `Atgyfeiriadau a sbardunwyd gan: ${trigger.cy}` },
  definition: { en: `Referrals in rounds whose trigger was "${trigger.en}".`, cy: `Atgyfeiriadau mewn rowndiau a sbardunwyd gan "${trigger.cy}".` },
  numerator: { en: `Rounds referred in the period with the trigger "${trigger.en}"`, cy: `Rowndiau a atgyfeiriwyd yn y cyfnod gyda\'r sbardun "${trigger.cy}"` },
  denominator: null,
  periodRule: byReferral,
  whatCounts: { en: 'Each round has exactly one trigger, so the themes add up to all referrals.', cy: 'Mae gan bob rownd un sbardun yn union, felly mae\'r themâu yn adio i\'r holl atgyfeiriadau.' },
  dateOf: referredOn,
  counts: (offer: ActiveOfferSummary) => offer.trigger === trigger.code,
}));

export const referralsOutOfCounty: OfferCountMeasure = {
  id: 'referrals-out-of-county',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Out-of-county referrals', cy: 'Atgyfeiriadau y tu allan i\'r sir' },
  definition: { en: 'Referrals of children placed outside their own authority\'s area on the day of referral.', cy: 'Atgyfeiriadau plant a oedd wedi\'u lleoli y tu allan i ardal eu hawdurdod eu hunain ar ddiwrnod yr atgyfeiriad.' },
  numerator: { en: 'Rounds referred in the period for children placed out of county', cy: 'Rowndiau a atgyfeiriwyd yn y cyfnod ar gyfer plant a leolwyd y tu allan i\'r sir' },
  denominator: null,
  periodRule: byReferral,
  whatCounts: { en: 'Placed elsewhere in Wales or outside Wales. A child with no placement on that day does not count.', cy: 'Wedi\'u lleoli mewn man arall yng Nghymru neu y tu allan i Gymru. Nid yw plentyn heb leoliad ar y diwrnod hwnnw yn cyfrif.' },
  dateOf: referredOn,
  counts: (offer, record) => {
    const placement = offer.referredOn === null ? undefined : placementOn(record, offer.referredOn);
    if (!placement) return false;
    return placement.location.kind === 'outside-wales' || placement.location.authorityCode !== record.child.authorityCode;
  },
};

export const referralsUnaccompaniedAsylumSeeking: OfferCountMeasure = {
  id: 'referrals-uasc',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Referrals of unaccompanied asylum-seeking children', cy: 'Atgyfeiriadau plant ar eu pennau eu hunain sy\'n ceisio lloches' },
  definition: { en: 'Referrals of children recorded as unaccompanied asylum-seeking children.', cy: 'Atgyfeiriadau plant a gofnodwyd fel plant ar eu pennau eu hunain sy\'n ceisio lloches.' },
  numerator: { en: 'Rounds referred in the period for unaccompanied asylum-seeking children', cy: 'Rowndiau a atgyfeiriwyd yn y cyfnod ar gyfer plant ar eu pennau eu hunain sy\'n ceisio lloches' },
  denominator: null,
  periodRule: byReferral,
  whatCounts: { en: 'The child\'s current asylum status; former unaccompanied asylum-seeking children are not counted.', cy: 'Statws lloches presennol y plentyn; nid yw cyn-blant ar eu pennau eu hunain a fu\'n ceisio lloches yn cyfrif.' },
  dateOf: referredOn,
  counts: (_offer, record) => record.child.asylumStatus === 'uasc',
};

const careLeaverTriggers = new Set<string>(['became-care-leaver', 'leaving-care-18', 'turning-16']);

export const referralsCareLeavers: OfferCountMeasure = {
  id: 'referrals-care-leavers',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Referrals about care leaving', cy: 'Atgyfeiriadau am adael gofal' },
  definition: { en: 'Referrals of care leavers, and referrals prompted by turning 16, leaving care at 18 or becoming a care leaver.', cy: 'Atgyfeiriadau pobl ifanc sy\'n gadael gofal, ac atgyfeiriadau a sbardunwyd gan droi\'n 16, gadael gofal yn 18 oed neu ddod yn berson ifanc sy\'n gadael gofal.' },
  numerator: { en: 'Rounds referred in the period for care leavers or about leaving care', cy: 'Rowndiau a atgyfeiriwyd yn y cyfnod ar gyfer pobl ifanc sy\'n gadael gofal neu am adael gofal' },
  denominator: null,
  periodRule: byReferral,
  whatCounts: { en: 'A child entitled as a care leaver on the day of referral, or a round with one of those triggers; counted once.', cy: 'Plentyn â hawl fel person ifanc sy\'n gadael gofal ar ddiwrnod yr atgyfeiriad, neu rownd ag un o\'r sbardunau hynny; wedi\'i gyfrif unwaith.' },
  dateOf: referredOn,
  counts: (offer, record) =>
    careLeaverTriggers.has(offer.trigger) ||
    record.entitlements.some((basis) => basis.basis === 'care-leaver' && offer.referredOn !== null && basis.start <= offer.referredOn && (basis.end === null || basis.end >= offer.referredOn)),
};

export const referralMeasures = [referrals, ...referralsByTrigger, referralsOutOfCounty, referralsUnaccompaniedAsylumSeeking, referralsCareLeavers] as const;
