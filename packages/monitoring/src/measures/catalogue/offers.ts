// Measures of the Active Offer itself: offers due, made (and on time), their outcomes and
// take-up, re-offers after a decline, the working days an offer takes and offers overdue.
import type { ActiveOfferSummary } from '@cynnig/domain';
import type { ChildCountMeasure, OfferCountMeasure, OfferPercentileMeasure, RatioMeasure } from '../measure.js';
import { followsDecline, isDeclined, offerOverdueDuring, workingDaysToOffer } from '../offer-round.js';
import { childPeriodRule } from './children.js';

const byTrigger = {
  en: 'A round counts in the period (and quarter) in which it was triggered: the date of the event that made the offer due.',
  cy: 'Mae rownd yn cyfrif yn y cyfnod (a\'r chwarter) pan gafodd ei sbarduno: dyddiad y digwyddiad a wnaeth y cynnig yn ddyledus.',
};
const byOfferMade = {
  en: 'A round counts in the period (and quarter) in which the provider made the offer to the child.',
  cy: 'Mae rownd yn cyfrif yn y cyfnod (a\'r chwarter) pan wnaeth y darparwr y cynnig i\'r plentyn.',
};
const byOutcome = {
  en: 'A round counts in the period (and quarter) in which its outcome was recorded, whenever the offer was made; numerator and denominator use the same date, so the rate stays between 0 and 1.',
  cy: 'Mae rownd yn cyfrif yn y cyfnod (a\'r chwarter) pan gofnodwyd ei chanlyniad, pryd bynnag y gwnaed y cynnig; mae\'r rhifiadur a\'r enwadur yn defnyddio\'r un dyddiad, felly mae\'r gyfradd yn aros rhwng 0 ac 1.',
};
const eachRound = {
  en: 'Each round of the Active Offer counts separately: a first offer and every re-offer.',
  cy: 'Mae pob rownd o\'r cynnig gweithredol yn cyfrif ar wahân: cynnig cyntaf a phob ail-gynnig.',
};

const madeOn = (offer: ActiveOfferSummary) => offer.offerMadeOn;
const outcomeOn = (offer: ActiveOfferSummary) => (offer.outcome === null ? null : offer.outcomeOn);

export const offersDue: OfferCountMeasure = {
  id: 'offers-due',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Active Offers due', cy: 'Cynigion gweithredol sy\'n ddyledus' },
  definition: { en: 'Rounds of the Active Offer that became due: something in the child\'s life meant advocacy had to be offered (again).', cy: 'Rowndiau o\'r cynnig gweithredol a ddaeth yn ddyledus: roedd rhywbeth ym mywyd y plentyn yn golygu bod rhaid cynnig eiriolaeth (eto).' },
  numerator: { en: 'Rounds triggered in the period', cy: 'Rowndiau a sbardunwyd yn y cyfnod' },
  denominator: null,
  periodRule: byTrigger,
  whatCounts: eachRound,
  dateOf: (offer) => offer.triggeredOn,
  counts: () => true,
};

export const offersMade: OfferCountMeasure = {
  id: 'offers-made',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Active Offers made', cy: 'Cynigion gweithredol a wnaed' },
  definition: { en: 'Rounds in which the advocacy provider contacted the child and made the Active Offer.', cy: 'Rowndiau pan gysylltodd y darparwr eiriolaeth â\'r plentyn a gwneud y cynnig gweithredol.' },
  numerator: { en: 'Rounds with an offer made in the period', cy: 'Rowndiau â chynnig wedi\'i wneud yn y cyfnod' },
  denominator: null,
  periodRule: byOfferMade,
  whatCounts: { en: `${eachRound.en} A round the child could not be contacted in has no offer made.`, cy: `${eachRound.cy} Nid oes cynnig wedi\'i wneud mewn rownd pan fethwyd cysylltu â\'r plentyn.` },
  dateOf: madeOn,
  counts: () => true,
};

export const offersMadeWithinTimescale: OfferCountMeasure = {
  id: 'offers-made-within-timescale',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Active Offers made within the timescale', cy: 'Cynigion gweithredol a wnaed o fewn yr amserlen' },
  definition: { en: 'Offers made no more than the authority\'s timescale (in working days) after the trigger.', cy: 'Cynigion a wnaed heb fod yn fwy nag amserlen yr awdurdod (mewn diwrnodau gwaith) ar ôl y sbardun.' },
  numerator: { en: 'Rounds with an offer made in the period within the timescale', cy: 'Rowndiau â chynnig wedi\'i wneud yn y cyfnod o fewn yr amserlen' },
  denominator: null,
  periodRule: byOfferMade,
  whatCounts: {
    en: 'Working days are counted on the England and Wales calendar from the day after the trigger up to and including the day of the offer. The timescale is the parameter offerWithinWorkingDays (15 unless set).',
    cy: 'Caiff diwrnodau gwaith eu cyfrif ar galendr Cymru a Lloegr o\'r diwrnod ar ôl y sbardun hyd at ddiwrnod y cynnig, gan ei gynnwys. Yr amserlen yw\'r paramedr offerWithinWorkingDays (15 oni bai ei fod wedi\'i osod).',
  },
  dateOf: madeOn,
  counts: (offer, _record, parameters) => (workingDaysToOffer(offer) ?? Infinity) <= parameters.offerWithinWorkingDays,
};

export const offersMadeWithinTimescaleRate: RatioMeasure = {
  id: 'offers-made-within-timescale-rate',
  kind: 'ratio',
  proportion: true,
  numeratorId: offersMadeWithinTimescale.id,
  denominatorId: offersMade.id,
  name: { en: 'Share of Active Offers made within the timescale', cy: 'Cyfran y cynigion gweithredol a wnaed o fewn yr amserlen' },
  definition: { en: 'Of the offers made in the period, the share made within the timescale.', cy: 'O\'r cynigion a wnaed yn y cyfnod, y gyfran a wnaed o fewn yr amserlen.' },
  numerator: offersMadeWithinTimescale.numerator,
  denominator: offersMade.numerator,
  periodRule: byOfferMade,
  whatCounts: offersMadeWithinTimescale.whatCounts,
};

export const offerOutcomes: OfferCountMeasure = {
  id: 'offer-outcomes',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Active Offer outcomes recorded', cy: 'Canlyniadau cynigion gweithredol a gofnodwyd' },
  definition: { en: 'Rounds whose outcome was recorded: accepted, declined, opted out or could not contact.', cy: 'Rowndiau y cofnodwyd eu canlyniad: wedi derbyn, wedi gwrthod, wedi optio allan neu methu cysylltu.' },
  numerator: { en: 'Rounds with an outcome recorded in the period', cy: 'Rowndiau â chanlyniad wedi\'i gofnodi yn y cyfnod' },
  denominator: null,
  periodRule: byOutcome,
  whatCounts: eachRound,
  dateOf: outcomeOn,
  counts: () => true,
};

export const offersAnswered: OfferCountMeasure = {
  id: 'offers-answered',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Active Offers the child answered', cy: 'Cynigion gweithredol a atebwyd gan y plentyn' },
  definition: { en: 'Rounds the child accepted, declined or opted out of: the offer reached them and they gave an answer.', cy: 'Rowndiau a dderbyniwyd, a wrthodwyd neu yr optiwyd allan ohonynt gan y plentyn: cyrhaeddodd y cynnig y plentyn a rhoddodd ateb.' },
  numerator: { en: 'Rounds accepted, declined or opted out of in the period', cy: 'Rowndiau a dderbyniwyd, a wrthodwyd neu yr optiwyd allan ohonynt yn y cyfnod' },
  denominator: null,
  periodRule: byOutcome,
  whatCounts: { en: 'Could not contact is not an answer and is left out. A child refusing permission to share their details counts as declining.', cy: 'Nid yw methu cysylltu yn ateb ac fe\'i gadewir allan. Mae plentyn sy\'n gwrthod caniatâd i rannu ei fanylion yn cyfrif fel un sy\'n gwrthod.' },
  dateOf: outcomeOn,
  counts: (offer) => offer.outcome === 'accepted' || isDeclined(offer),
};

export const offersAccepted: OfferCountMeasure = {
  id: 'offers-accepted',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Active Offers accepted', cy: 'Cynigion gweithredol a dderbyniwyd' },
  definition: { en: 'Rounds in which the child accepted advocacy.', cy: 'Rowndiau pan dderbyniodd y plentyn eiriolaeth.' },
  numerator: { en: 'Rounds accepted in the period', cy: 'Rowndiau a dderbyniwyd yn y cyfnod' },
  denominator: null,
  periodRule: byOutcome,
  whatCounts: { en: 'Accepted in any mode: instructed, non-instructed or peer advocacy.', cy: 'Wedi derbyn mewn unrhyw ddull: eiriolaeth â chyfarwyddyd, heb gyfarwyddyd neu gan gymheiriaid.' },
  dateOf: outcomeOn,
  counts: (offer) => offer.outcome === 'accepted',
};

export const takeUpRate: RatioMeasure = {
  id: 'take-up-rate',
  kind: 'ratio',
  proportion: true,
  numeratorId: offersAccepted.id,
  denominatorId: offersAnswered.id,
  name: { en: 'Take-up rate', cy: 'Cyfradd derbyn' },
  definition: { en: 'Of the offers children answered in the period, the share they accepted.', cy: 'O\'r cynigion a atebwyd gan blant yn y cyfnod, y gyfran a dderbyniwyd ganddynt.' },
  numerator: offersAccepted.numerator,
  denominator: offersAnswered.numerator,
  periodRule: byOutcome,
  whatCounts: offersAnswered.whatCounts,
};

export const offersDeclined: OfferCountMeasure = {
  id: 'offers-declined',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Active Offers declined', cy: 'Cynigion gweithredol a wrthodwyd' },
  definition: { en: 'Rounds the child declined or opted out of. Declining never ends the entitlement: it schedules a re-offer.', cy: 'Rowndiau a wrthodwyd neu yr optiwyd allan ohonynt gan y plentyn. Nid yw gwrthod byth yn dod â\'r hawl i ben: mae\'n trefnu ail-gynnig.' },
  numerator: { en: 'Rounds declined or opted out of in the period', cy: 'Rowndiau a wrthodwyd neu yr optiwyd allan ohonynt yn y cyfnod' },
  denominator: null,
  periodRule: byOutcome,
  whatCounts: { en: 'Declined at the offer, opted out later, or refused permission to share details. Non-instructed rounds are never recorded as declined.', cy: 'Wedi gwrthod wrth gael y cynnig, wedi optio allan wedyn, neu wedi gwrthod caniatâd i rannu manylion. Nid yw rowndiau heb gyfarwyddyd byth yn cael eu cofnodi fel rhai a wrthodwyd.' },
  dateOf: outcomeOn,
  counts: isDeclined,
};

export const offersCouldNotContact: OfferCountMeasure = {
  id: 'offers-could-not-contact',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Active Offers where the child could not be contacted', cy: 'Cynigion gweithredol pan fethwyd cysylltu â\'r plentyn' },
  definition: { en: 'Rounds closed because the provider could not reach the child.', cy: 'Rowndiau a gaewyd am na allai\'r darparwr gyrraedd y plentyn.' },
  numerator: { en: 'Rounds recorded as could not contact in the period', cy: 'Rowndiau a gofnodwyd fel methu cysylltu yn y cyfnod' },
  denominator: null,
  periodRule: byOutcome,
  whatCounts: eachRound,
  dateOf: outcomeOn,
  counts: (offer) => offer.outcome === 'could-not-contact',
};

export const couldNotContactRate: RatioMeasure = {
  id: 'could-not-contact-rate',
  kind: 'ratio',
  proportion: true,
  numeratorId: offersCouldNotContact.id,
  denominatorId: offerOutcomes.id,
  name: { en: 'Share of Active Offers where the child could not be contacted', cy: 'Cyfran y cynigion gweithredol pan fethwyd cysylltu â\'r plentyn' },
  definition: { en: 'Of the outcomes recorded in the period, the share that were could not contact.', cy: 'O\'r canlyniadau a gofnodwyd yn y cyfnod, y gyfran a oedd yn methu cysylltu.' },
  numerator: offersCouldNotContact.numerator,
  denominator: offerOutcomes.numerator,
  periodRule: byOutcome,
  whatCounts: eachRound,
};

export const offersNonInstructed: OfferCountMeasure = {
  id: 'offers-non-instructed',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Active Offers in non-instructed advocacy', cy: 'Cynigion gweithredol mewn eiriolaeth heb gyfarwyddyd' },
  definition: { en: 'Rounds, with an outcome recorded, in which advocacy was non-instructed: the child could not instruct an advocate (for example a baby, or a child with profound and multiple learning disabilities).', cy: 'Rowndiau, â chanlyniad wedi\'i gofnodi, pan oedd yr eiriolaeth heb gyfarwyddyd: ni allai\'r plentyn gyfarwyddo eiriolwr (er enghraifft baban, neu blentyn ag anableddau dysgu dwys a lluosog).' },
  numerator: { en: 'Rounds in non-instructed mode with an outcome recorded in the period', cy: 'Rowndiau yn y dull heb gyfarwyddyd â chanlyniad wedi\'i gofnodi yn y cyfnod' },
  denominator: null,
  periodRule: byOutcome,
  whatCounts: { en: 'The mode is set when the offer is made or when the child cannot give permission.', cy: 'Caiff y dull ei osod pan wneir y cynnig neu pan na all y plentyn roi caniatâd.' },
  dateOf: outcomeOn,
  counts: (offer) => offer.mode === 'non-instructed',
};

export const reoffersMade: OfferCountMeasure = {
  id: 'reoffers-made',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Re-offers made', cy: 'Ail-gynigion a wnaed' },
  definition: { en: 'Offers made in a second or later round of the child\'s Active Offer.', cy: 'Cynigion a wnaed mewn ail rownd neu rownd ddiweddarach o gynnig gweithredol y plentyn.' },
  numerator: { en: 'Re-offer rounds with an offer made in the period', cy: 'Rowndiau ail-gynnig â chynnig wedi\'i wneud yn y cyfnod' },
  denominator: null,
  periodRule: byOfferMade,
  whatCounts: { en: 'Every re-offer, whatever prompted it.', cy: 'Pob ail-gynnig, beth bynnag a\'i sbardunodd.' },
  dateOf: madeOn,
  counts: (offer) => offer.isReoffer,
};

const afterDecline = {
  en: 'A re-offer counts as following a decline when an earlier round in the same case was declined, opted out of or refused permission.',
  cy: 'Mae ail-gynnig yn cyfrif fel un sy\'n dilyn gwrthodiad pan gafodd rownd gynharach yn yr un achos ei gwrthod, pan optiwyd allan ohoni neu pan wrthodwyd caniatâd.',
};

export const reoffersAfterDeclineMade: OfferCountMeasure = {
  id: 'reoffers-after-decline-made',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Re-offers made after an earlier decline', cy: 'Ail-gynigion a wnaed ar ôl gwrthodiad cynharach' },
  definition: { en: 'Offers made to children who had declined an earlier offer: the offer was kept under review and not lost after the first occasion.', cy: 'Cynigion a wnaed i blant a oedd wedi gwrthod cynnig cynharach: cadwyd y cynnig dan adolygiad ac nis collwyd ar ôl y tro cyntaf.' },
  numerator: { en: 'Re-offers after a decline with an offer made in the period', cy: 'Ail-gynigion ar ôl gwrthodiad â chynnig wedi\'i wneud yn y cyfnod' },
  denominator: null,
  periodRule: byOfferMade,
  whatCounts: afterDecline,
  dateOf: madeOn,
  counts: followsDecline,
};

export const reoffersAfterDeclineAnswered: OfferCountMeasure = {
  id: 'reoffers-after-decline-answered',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Re-offers after an earlier decline that the child answered', cy: 'Ail-gynigion ar ôl gwrthodiad cynharach a atebwyd gan y plentyn' },
  definition: { en: 'Re-offers after a decline that the child accepted, declined or opted out of.', cy: 'Ail-gynigion ar ôl gwrthodiad a dderbyniwyd, a wrthodwyd neu yr optiwyd allan ohonynt gan y plentyn.' },
  numerator: { en: 'Re-offers after a decline answered in the period', cy: 'Ail-gynigion ar ôl gwrthodiad a atebwyd yn y cyfnod' },
  denominator: null,
  periodRule: byOutcome,
  whatCounts: afterDecline,
  dateOf: outcomeOn,
  counts: (offer, record) => followsDecline(offer, record) && (offer.outcome === 'accepted' || isDeclined(offer)),
};

export const reoffersAfterDeclineAccepted: OfferCountMeasure = {
  id: 'reoffers-after-decline-accepted',
  kind: 'count',
  unit: 'offer',
  name: { en: 'Re-offers accepted after an earlier decline', cy: 'Ail-gynigion a dderbyniwyd ar ôl gwrthodiad cynharach' },
  definition: { en: 'Re-offers a child accepted after declining an earlier offer.', cy: 'Ail-gynigion a dderbyniwyd gan blentyn ar ôl gwrthod cynnig cynharach.' },
  numerator: { en: 'Re-offers after a decline accepted in the period', cy: 'Ail-gynigion ar ôl gwrthodiad a dderbyniwyd yn y cyfnod' },
  denominator: null,
  periodRule: byOutcome,
  whatCounts: afterDecline,
  dateOf: outcomeOn,
  counts: (offer, record) => followsDecline(offer, record) && offer.outcome === 'accepted',
};

export const reofferTakeUpRate: RatioMeasure = {
  id: 'reoffer-take-up-rate',
  kind: 'ratio',
  proportion: true,
  numeratorId: reoffersAfterDeclineAccepted.id,
  denominatorId: reoffersAfterDeclineAnswered.id,
  name: { en: 'Take-up rate of re-offers after a decline', cy: 'Cyfradd derbyn ail-gynigion ar ôl gwrthodiad' },
  definition: { en: 'Of the re-offers after a decline that children answered in the period, the share they accepted.', cy: 'O\'r ail-gynigion ar ôl gwrthodiad a atebwyd gan blant yn y cyfnod, y gyfran a dderbyniwyd ganddynt.' },
  numerator: reoffersAfterDeclineAccepted.numerator,
  denominator: reoffersAfterDeclineAnswered.numerator,
  periodRule: byOutcome,
  whatCounts: afterDecline,
};

const workingDaysText = {
  en: 'Working days on the England and Wales calendar, from the day after the trigger up to and including the day the offer was made. Nearest-rank percentile: the value at position ceil(p/100 x n) when the n rounds are sorted. Shown only where the count of offers made is shown.',
  cy: 'Diwrnodau gwaith ar galendr Cymru a Lloegr, o\'r diwrnod ar ôl y sbardun hyd at y diwrnod y gwnaed y cynnig, gan ei gynnwys. Canradd y safle agosaf: y gwerth yn safle ceil(p/100 x n) pan fydd yr n rownd wedi\'u trefnu. Fe\'i dangosir dim ond lle dangosir nifer y cynigion a wnaed.',
};

export const workingDaysToOfferMedian: OfferPercentileMeasure = {
  id: 'working-days-to-offer-median',
  kind: 'percentile',
  unit: 'offer',
  percentile: 50,
  countId: offersMade.id,
  name: { en: 'Working days from trigger to offer (median)', cy: 'Diwrnodau gwaith o\'r sbardun i\'r cynnig (canolrif)' },
  definition: { en: 'The median number of working days between the event that made an offer due and the offer being made.', cy: 'Canolrif nifer y diwrnodau gwaith rhwng y digwyddiad a wnaeth gynnig yn ddyledus a gwneud y cynnig.' },
  numerator: { en: 'Working days to offer, for rounds with an offer made in the period', cy: 'Diwrnodau gwaith hyd at y cynnig, ar gyfer rowndiau â chynnig wedi\'i wneud yn y cyfnod' },
  denominator: null,
  periodRule: byOfferMade,
  whatCounts: workingDaysText,
  dateOf: madeOn,
  value: workingDaysToOffer,
};

export const workingDaysToOfferP90: OfferPercentileMeasure = {
  ...workingDaysToOfferMedian,
  id: 'working-days-to-offer-p90',
  percentile: 90,
  name: { en: 'Working days from trigger to offer (90th percentile)', cy: 'Diwrnodau gwaith o\'r sbardun i\'r cynnig (90fed canradd)' },
  definition: { en: 'Nine in ten offers were made within this many working days of the event that made them due.', cy: 'Gwnaed naw o bob deg cynnig o fewn y nifer hwn o ddiwrnodau gwaith i\'r digwyddiad a\'u gwnaeth yn ddyledus.' },
};

export const childrenWithOverdueOffer: ChildCountMeasure = {
  id: 'children-offer-overdue',
  kind: 'count',
  unit: 'child',
  name: { en: 'Children whose Active Offer was overdue', cy: 'Plant yr oedd eu cynnig gweithredol yn hwyr' },
  definition: { en: 'Entitled children who, on at least one day in the period, had waited longer than the timescale for an offer.', cy: 'Plant sydd â hawl a oedd, am o leiaf un diwrnod yn y cyfnod, wedi aros yn hirach na\'r amserlen am gynnig.' },
  numerator: { en: 'Entitled children with a round overdue on some day of the period', cy: 'Plant sydd â hawl â rownd hwyr ar ryw ddiwrnod yn y cyfnod' },
  denominator: null,
  periodRule: childPeriodRule,
  whatCounts: { en: 'A round is overdue from the working day after the timescale (offerWithinWorkingDays after the trigger) until the offer is made, an outcome is recorded or a later round starts.', cy: 'Mae rownd yn hwyr o\'r diwrnod gwaith ar ôl yr amserlen (offerWithinWorkingDays ar ôl y sbardun) nes bod y cynnig yn cael ei wneud, canlyniad yn cael ei gofnodi neu rownd ddiweddarach yn dechrau.' },
  count: ({ record, window, parameters }) => (offerOverdueDuring(record, window, parameters.offerWithinWorkingDays) ? 1 : 0),
};

export const offerMeasures = [
  offersDue,
  offersMade,
  offersMadeWithinTimescale,
  offersMadeWithinTimescaleRate,
  offerOutcomes,
  offersAnswered,
  offersAccepted,
  takeUpRate,
  offersDeclined,
  offersCouldNotContact,
  couldNotContactRate,
  offersNonInstructed,
  reoffersMade,
  reoffersAfterDeclineMade,
  reoffersAfterDeclineAnswered,
  reoffersAfterDeclineAccepted,
  reofferTakeUpRate,
  workingDaysToOfferMedian,
  workingDaysToOfferP90,
  childrenWithOverdueOffer,
] as const;
