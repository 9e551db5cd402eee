// One synthetic child's life as Cynnig would hold it: who they are, how they came to be entitled
// to advocacy, placements and moves, social workers and IROs, reviews, life events, missing
// episodes and their Active Offer case. Deterministic: the child's own random stream decides all.
import {
  addDays,
  addMonths,
  addWorkingDays,
  ageOn,
  birthdayAt,
  daysBetween,
  londonDateOf,
  type Allocation,
  type ChildRecord,
  type CommunicationNeed,
  type Entitlement,
  type LegalStatus,
  type LifeEvent,
  type OfferFormat,
  type OfferLanguage,
  type Placement,
  type PlacementType,
  type Review,
  type SpokenLanguage,
} from '@cynnig/domain';
import { generateEpisodes, episodesInYear, type GeneratedMissingEpisode } from './missing-history.js';
import { familyNames, firstNames, otherLanguages, placesOutsideWales } from './names.js';
import { generateOfferHistory, type OfferTriggerCandidate, type TimedActiveOfferEvent } from './offer-history.js';
import { publishedFigures, welshFirstLanguageShare } from './published-figures.js';
import { SeededRandom, mixSeed } from './seeded-random.js';

export type PopulationGroup = 'looked-after' | 'care-leaver' | 'child-protection';

export interface GeneratedChild {
  group: PopulationGroup;
  pseudonym: string;
  record: ChildRecord;
  activeOfferCaseId: string;
  /** The child's one Active Offer case; `record.offers` is exactly what these events produce. */
  activeOfferEvents: TimedActiveOfferEvent[];
  /** Each episode's events; `record.missingEpisodes` holds their summaries in the same order. */
  missingEpisodes: GeneratedMissingEpisode[];
}

export interface ChildContext {
  seed: number;
  index: number;
  group: PopulationGroup;
  authorityCode: string;
  caseNumber: number;
  referenceDate: string;
  /** Start of the three years of Active Offer history. */
  windowStart: string;
  socialWorkers: readonly string[];
  iros: readonly string[];
  providerIds: readonly string[];
  /** Other authorities to place children in, nearest first (same region first). */
  otherAuthorities: readonly string[];
  /** Chance an instructed offer is accepted (tuned so about 22% of children ever use an advocate). */
  acceptChance: number;
}

const YEAR = 365;

/** Current placement type by age, tuned so about 67.7% of children looked after are fostered. */
function placementTypeFor(age: number, random: SeededRandom): PlacementType {
  const fostered = (): PlacementType => random.weighted({ 'foster-la': 59, 'foster-agency': 21, kinship: 20 });
  if (age < 5) return random.weighted({ foster: 71, 'placed-with-parents': 14, adoption: 14, other: 1 }) === 'foster' ? fostered() : (random.weighted({ 'placed-with-parents': 12, adoption: 12, other: 1 }) as PlacementType);
  const table: Record<string, number> =
    age < 10
      ? { foster: 74, 'placed-with-parents': 17, adoption: 5, 'residential-la': 1, 'residential-independent': 2, other: 1 }
      : age < 16
        ? { foster: 67, 'placed-with-parents': 11, 'residential-la': 4, 'residential-independent': 12, secure: 0.5, custody: 0.5, other: 4 }
        : { foster: 50, 'placed-with-parents': 9, 'residential-la': 3, 'residential-independent': 8, 'supported-living': 18, custody: 1.2, secure: 0.3, other: 9.5 };
  const type = random.weighted(table);
  return type === 'foster' ? fostered() : (type as PlacementType);
}

function sortByDate<T>(items: T[], dateOf: (item: T) => string): T[] {
  return items.sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
}

function dayBetween(from: string, to: string, random: SeededRandom): string {
  return addDays(from, random.int(0, Math.max(daysBetween(from, to), 0)));
}

function reportedByFor(type: PlacementType): string {
  if (type.startsWith('foster')) return 'Foster carer';
  if (type.startsWith('residential')) return 'Residential home staff';
  if (type === 'kinship') return 'Kinship carer';
  if (type === 'placed-with-parents') return 'Parent';
  return 'Support worker';
}

export function generateChild(context: ChildContext): GeneratedChild {
  const random = new SeededRandom(mixSeed(context.seed, context.index, 0xc41d));
  const ref = context.referenceDate;
  const childId = random.uuid();
  const caseId = random.uuid();
  const pseudonym = `CY-${Array.from({ length: 12 }, () => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[random.int(0, 31)]).join('')}`;
  const { group } = context;

  // Who the child is, and when they became entitled.
  let uasc = false;
  let dateOfBirth: string;
  let careStart: string;
  let careEnd: string;
  if (group === 'looked-after') {
    uasc = random.chance(publishedFigures.uascShare);
    if (uasc) {
      dateOfBirth = addDays(ref, -random.int(14 * YEAR, 18 * YEAR - 10));
      careStart = dayBetween(addDays(dateOfBirth, 13 * YEAR + 60), addDays(ref, -2), random);
      careStart = careStart < addDays(ref, -3 * YEAR) ? addDays(ref, -random.int(30, 3 * YEAR)) : careStart;
    } else {
      const band = random.weighted({ baby: 5, toddler: 14, child: 18, young: 38, older: 25 });
      const [minAge, maxAge] = { baby: [0, 1], toddler: [1, 5], child: [5, 10], young: [10, 16], older: [16, 18] }[band] as [number, number];
      dateOfBirth = addDays(ref, -random.int(Math.max(minAge * YEAR, 14), maxAge * YEAR - 2));
      const inCare = random.weighted({ underOne: 28, oneToTwo: 20, twoToThree: 14, longer: 38 });
      const careDays = { underOne: random.int(1, 364), oneToTwo: random.int(365, 729), twoToThree: random.int(730, 1094), longer: random.int(1095, 16 * YEAR) }[inCare];
      careStart = addDays(ref, -careDays);
      if (careStart <= dateOfBirth) careStart = addDays(dateOfBirth, random.int(1, Math.max(1, Math.min(30, daysBetween(dateOfBirth, ref) - 1))));
    }
    careEnd = ref;
  } else if (group === 'care-leaver') {
    uasc = random.chance(0.06);
    dateOfBirth = addDays(ref, -random.int(18 * YEAR + 1, 21 * YEAR - 10));
    careEnd = birthdayAt(dateOfBirth, 18);
    careStart = addDays(careEnd, -random.int(uasc ? 200 : 400, uasc ? 4 * YEAR : 12 * YEAR));
    if (careStart <= dateOfBirth) careStart = addDays(dateOfBirth, 30);
  } else {
    dateOfBirth = addDays(ref, -random.int(30, 18 * YEAR - 30));
    careStart = addDays(ref, -random.int(0, 300));
    if (careStart <= dateOfBirth) careStart = addDays(dateOfBirth, 1);
    careEnd = ref;
  }
  const ageAtEnd = ageOn(dateOfBirth, careEnd);

  const legalStatus: LegalStatus =
    group === 'care-leaver' ? 'care-leaver'
      : group === 'child-protection' ? 'child-protection-enquiry'
        : uasc ? 'section-76'
          : (() => {
              const status = random.weighted({ 'full-care-order': 68, 'interim-care-order': 12.2, 'placement-order': 6, 'section-76': 7.8, remand: 0.5, 'emergency-protection': 0.8 });
              return status === 'remand' && ageAtEnd < 12 ? 'full-care-order' : status;
            })();

  const disabled = random.chance(0.12);
  const pmld = disabled && random.chance(0.12);
  const needs = new Set<CommunicationNeed>();
  if (pmld) needs.add('pmld').add('non-verbal').add('symbols');
  if (disabled && !pmld && random.chance(0.35)) needs.add(random.chance(0.5) ? 'easy-read' : 'symbols');
  if (random.chance(0.003)) needs.add('bsl');

  let firstLanguage: SpokenLanguage;
  let preferredLanguage: SpokenLanguage;
  let otherLanguageName: string | null = null;
  if (uasc) {
    firstLanguage = 'other';
    preferredLanguage = random.chance(0.6) ? 'other' : 'en';
    otherLanguageName = random.pick(otherLanguages);
    if (preferredLanguage === 'other') needs.add('interpreter');
  } else {
    firstLanguage = random.chance(welshFirstLanguageShare[context.authorityCode] ?? 0.05) ? 'cy' : 'en';
    preferredLanguage = firstLanguage === 'cy' ? (random.chance(0.85) ? 'cy' : 'en') : random.chance(0.02) ? 'cy' : 'en';
  }

  const child = {
    id: childId,
    authorityCode: context.authorityCode,
    caseReference: `CY${context.authorityCode.slice(-2)}-${String(context.caseNumber).padStart(6, '0')}`,
    givenName: random.pick(firstNames),
    familyName: random.pick(familyNames),
    dateOfBirth,
    legalStatus,
    preferredLanguage,
    firstLanguage,
    otherLanguageName,
    communicationNeeds: [...needs],
    disability: disabled ? ('disabled' as const) : random.chance(0.09) ? ('not-recorded' as const) : ('none' as const),
    asylumStatus: uasc ? (group === 'care-leaver' ? ('former-uasc' as const) : ('uasc' as const)) : ('not-asylum-seeking' as const),
  };

  const lifeEvents: LifeEvent[] = [];
  const addLifeEvent = (kind: LifeEvent['kind'], occurredOn: string, note: string | null = null) => {
    if (occurredOn <= ref) lifeEvents.push({ id: random.uuid(), childId, kind, occurredOn, note });
  };
  const triggers: OfferTriggerCandidate[] = [];

  // Entitlement bases.
  const entitlements: Entitlement[] = [];
  if (group === 'child-protection') {
    entitlements.push({ id: random.uuid(), childId, basis: 'child-protection', start: careStart, end: null, endReason: null });
  } else {
    if (random.chance(0.25) && daysBetween(dateOfBirth, careStart) > 60) {
      const cpStart = addDays(careStart, -random.int(30, 60));
      entitlements.push({ id: random.uuid(), childId, basis: 'child-protection', start: cpStart, end: careStart, endReason: 'enquiries-closed' });
    }
    entitlements.push({
      id: random.uuid(), childId, basis: 'looked-after', start: careStart,
      end: group === 'care-leaver' ? careEnd : null, endReason: group === 'care-leaver' ? 'reached-age-limit' : null,
    });
    if (group === 'care-leaver') entitlements.push({ id: random.uuid(), childId, basis: 'care-leaver', start: careEnd, end: null, endReason: null });
  }

  // Placements: the moves in the last year before care ended (620 of 7,198 had three or more) and earlier ones.
  const placements: Placement[] = [];
  if (group !== 'child-protection') {
    const yearStart = addDays(careEnd, -YEAR);
    const inYear = Number(random.weighted({ 1: 70, 2: 21.4, 3: 6, 4: 2, 5: 0.6 }));
    const earlier = careStart < yearStart ? Number(random.weighted({ 0: 45, 1: 30, 2: 15, 3: 10 })) : 0;
    const moves = new Set<string>();
    const moveWindowStart = addDays(careStart < yearStart ? yearStart : careStart, 1);
    for (let i = 0; i < inYear - 1 && moveWindowStart < careEnd; i += 1) moves.add(dayBetween(moveWindowStart, addDays(careEnd, -1), random));
    for (let i = 0; i < earlier; i += 1) moves.add(dayBetween(addDays(careStart, 1), addDays(yearStart, -1), random));
    const starts = [careStart, ...[...moves].filter((d) => d > careStart && d < careEnd).sort()];
    starts.forEach((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]! : group === 'care-leaver' ? careEnd : null;
      const type = placementTypeFor(ageOn(dateOfBirth, start), random);
      const where = random.weighted({ own: publishedFigures.placedInOwnAuthorityShare, wales: publishedFigures.placedElsewhereInWalesShare, outside: publishedFigures.placedOutsideWalesShare });
      const location =
        where === 'own' ? { kind: 'wales' as const, authorityCode: context.authorityCode }
          : where === 'wales' ? { kind: 'wales' as const, authorityCode: random.chance(0.6) ? context.otherAuthorities[random.int(0, Math.min(3, context.otherAuthorities.length - 1))]! : random.pick(context.otherAuthorities) }
            : { kind: 'outside-wales' as const, description: random.pick(placesOutsideWales) };
      const distance = where === 'own' ? 1 + random.next() * 24 : where === 'wales' ? 15 + random.next() * 145 : 40 + random.next() * 280;
      placements.push({
        id: random.uuid(), childId, type, start, end, location,
        homeHasVisitingAdvocacy: type === 'residential-la' ? true : type === 'residential-independent' ? random.chance(0.075) : null,
        distanceFromHomeKm: Math.round(distance * 10) / 10,
      });
      if (i > 0) {
        addLifeEvent('placement-move', start);
        triggers.push({ trigger: 'placement-move', on: start });
      }
      if (type === 'secure' || type === 'custody') {
        addLifeEvent('entered-secure-or-custody', start);
        triggers.push({ trigger: 'secure-or-custody', on: start });
      }
    });
  }

  // Allocations: social workers change about every fourteen months, IROs about every thirty.
  const allocations: Allocation[] = [];
  const allocate = (role: Allocation['role'], pool: readonly string[], from: string, to: string | null, meanDays: number) => {
    let start = from;
    let previous: string | null = null;
    for (let guard = 0; guard < 60; guard += 1) {
      const candidates: readonly string[] = pool.length > 1 && previous ? pool.filter((id) => id !== previous) : pool;
      const userId: string = random.pick(candidates);
      const next = addDays(start, Math.max(30, Math.round(-Math.log(1 - random.next()) * meanDays)));
      const last = next > (to ?? ref) || next > ref;
      allocations.push({ id: random.uuid(), childId, role, userId, start, end: last ? to : next });
      if (last) return;
      addLifeEvent(role === 'iro' ? 'iro-change' : 'social-worker-change', next);
      triggers.push({ trigger: role === 'iro' ? 'iro-change' : 'social-worker-change', on: next });
      previous = userId;
      start = next;
    }
  };
  allocate('social-worker', context.socialWorkers, careStart, null, 420);
  if (group !== 'child-protection') allocate('iro', context.iros, careStart, group === 'care-leaver' ? careEnd : null, 900);

  // Reviews: 20 working days after entering care, three months later, then every six months.
  const reviewDates: { kind: Review['kind']; heldOn: string; dueOn: string }[] = [];
  if (group !== 'child-protection') {
    let dueOn = addWorkingDays(careStart, 20);
    for (let n = 0; n < 60; n += 1) {
      const late = random.chance(0.12);
      let heldOn = late ? addDays(dueOn, random.int(3, 40)) : addDays(dueOn, -random.int(0, 5));
      if (heldOn <= careStart) heldOn = addDays(careStart, 1);
      if (heldOn > careEnd || heldOn > ref) break;
      reviewDates.push({ kind: n === 0 ? 'first' : n === 1 ? 'second' : 'subsequent', heldOn, dueOn });
      dueOn = addMonths(heldOn, n === 0 ? 3 : 6);
    }
    for (const review of reviewDates) if (review.heldOn >= context.windowStart) triggers.push({ trigger: 'review-due', on: addDays(review.heldOn, -random.int(7, 20)) });
  }

  // Other life events.
  const windowDays = daysBetween(context.windowStart, ref);
  for (let year = 0; year * YEAR < windowDays; year += 1) {
    const from = addDays(context.windowStart, year * YEAR);
    const to = addDays(from, YEAR - 1);
    const age = ageOn(dateOfBirth, from);
    if (from < careStart || from > careEnd) continue;
    if (age >= 5 && age <= 16 && random.chance(0.12)) {
      const on = dayBetween(from, to, random);
      addLifeEvent('school-move', on);
      triggers.push({ trigger: 'school-move', on });
    }
    if (random.chance(0.05)) {
      const on = dayBetween(from, to, random);
      addLifeEvent('complaint', on, 'A complaint about contact arrangements');
      triggers.push({ trigger: 'complaint', on });
    }
  }
  const sixteenth = birthdayAt(dateOfBirth, 16);
  if (group !== 'child-protection' && sixteenth >= careStart && sixteenth <= careEnd && sixteenth >= context.windowStart) {
    addLifeEvent('pathway-plan-started', sixteenth);
    triggers.push({ trigger: 'turning-16', on: sixteenth });
  }
  if (group === 'care-leaver') {
    addLifeEvent('left-care', careEnd);
    triggers.push({ trigger: 'leaving-care-18', on: careEnd });
  }
  if (group === 'child-protection') {
    const conference = addWorkingDays(careStart, 15);
    addLifeEvent('child-protection-conference', conference);
    triggers.push({ trigger: 'child-protection-conference', on: conference });
  }

  // Missing episodes: about one child in five is prone to going missing, in most years from age ten.
  let missingEpisodes: GeneratedMissingEpisode[] = [];
  if (group !== 'child-protection' && random.chance(0.19)) {
    const refMs = Date.parse(`${ref}T12:00:00.000Z`);
    const starts: number[] = [];
    const latestStart = group === 'care-leaver' ? Date.parse(`${addDays(careEnd, -30)}T00:00:00.000Z`) : refMs;
    for (let year = 0; year * YEAR < windowDays; year += 1) {
      const from = addDays(context.windowStart, year * YEAR);
      const periodFrom = from < careStart ? careStart : from;
      const periodTo = addDays(from, YEAR) > careEnd ? careEnd : addDays(from, YEAR);
      if (periodFrom >= periodTo || ageOn(dateOfBirth, periodFrom) < 10 || !random.chance(0.7)) continue;
      const fromMs = Date.parse(`${periodFrom}T00:00:00.000Z`);
      const toMs = Math.min(Date.parse(`${periodTo}T00:00:00.000Z`), latestStart);
      if (toMs <= fromMs) continue;
      const count = episodesInYear(random);
      for (let i = 0; i < count; i += 1) starts.push(fromMs + random.next() * (toMs - fromMs));
    }
    const currentType = placements[placements.length - 1]?.type ?? 'other';
    missingEpisodes = generateEpisodes(childId, starts, refMs, reportedByFor(currentType), random, latestStart);
    for (const episode of missingEpisodes) {
      if (episode.summary.endedAt !== null) triggers.push({ trigger: 'missing-return', on: londonDateOf(episode.summary.endedAt) });
    }
  }

  // The Active Offer case: opened by becoming entitled within the three years, or (for children
  // already entitled when Cynnig's history starts) at their next review.
  const openingTrigger: OfferTriggerCandidate =
    group === 'child-protection' ? { trigger: 'child-protection-enquiry', on: careStart }
      : careStart >= context.windowStart ? { trigger: 'became-looked-after', on: careStart }
        : { trigger: 'review-due', on: addDays(context.windowStart, random.int(0, 120)) };
  const offerLanguage: OfferLanguage = preferredLanguage === 'cy' ? 'cy' : preferredLanguage === 'other' ? 'other-with-interpreter' : 'en';
  const formats: OfferFormat[] = ['conversation'];
  if (needs.has('easy-read')) formats.push('easy-read');
  if (needs.has('symbols')) formats.push('symbols');
  if (needs.has('bsl')) formats.push('bsl');
  if (random.chance(0.4)) formats.push('leaflet');
  const offers = generateOfferHistory(
    caseId,
    childId,
    {
      nonInstructed: pmld || ageOn(dateOfBirth, openingTrigger.on) < 3,
      language: offerLanguage,
      formats,
      providerIds: [...context.providerIds],
      acceptChance: context.acceptChance,
      nonInstructedUnavailableChance: 0.7,
    },
    openingTrigger,
    triggers.filter((t) => t.on > openingTrigger.on),
    random,
    ref,
  );
  const rounds = offers.summaries();

  // What the IRO confirmed about advocacy at each review, from the rounds as they stood then.
  const reviews: Review[] = reviewDates
    .filter((review) => review.heldOn >= addDays(context.windowStart, -200))
    .map((review) => {
      const round = [...rounds].reverse().find((r) => r.triggeredOn <= review.heldOn);
      const hasAdvocate = round?.outcome === 'accepted' && round.outcomeConfirmedOn !== null && round.outcomeConfirmedOn <= review.heldOn && (round.advocacyEndedOn === null || round.advocacyEndedOn > review.heldOn);
      const declined = round && (round.outcome === 'declined' || round.outcome === 'opted-out') && round.outcomeOn !== null && round.outcomeOn <= review.heldOn;
      const advocacyFinding: Review['advocacyFinding'] =
        round?.mode === 'non-instructed' ? 'not-able-to-say' : hasAdvocate ? 'knows-and-has-advocate' : declined ? 'knows-and-declined' : round?.childToldOn && round.childToldOn <= review.heldOn ? 'knows-and-declined' : 'does-not-know';
      const iro = allocations.find((a) => a.role === 'iro' && a.start <= review.heldOn && (a.end === null || a.end > review.heldOn));
      return {
        id: random.uuid(), childId, kind: review.kind, heldOn: review.heldOn, iroUserId: iro?.userId ?? null, advocacyFinding,
        spokeToChildPrivately: ageOn(dateOfBirth, review.heldOn) >= 5 && random.chance(0.75), note: null,
      };
    });

  return {
    group,
    pseudonym,
    activeOfferCaseId: caseId,
    activeOfferEvents: offers.events,
    missingEpisodes,
    record: {
      child,
      entitlements,
      placements,
      allocations,
      lifeEvents: sortByDate(lifeEvents, (e) => e.occurredOn),
      reviews,
      offers: rounds,
      missingEpisodes: missingEpisodes.map((episode) => episode.summary),
    },
  };
}
