// fast-check arbitraries of whole child records: coherent enough for every measure (rounds in
// order, dates after the trigger, episodes that never overlap) and varied enough to give
// small counts in many cells, which is what disclosure control has to cope with.
import fc from 'fast-check';
import {
  addDays,
  asylumStatuses,
  disabilityStatuses,
  legalStatuses,
  offerTriggers,
  placementTypes,
  spokenLanguages,
  type ActiveOfferSummary,
  type ChildRecord,
  type MissingEpisodeSummary,
} from '@cynnig/domain';
import { CARDIFF, GWYNEDD, PROVIDER_A, PROVIDER_B, SWANSEA } from './child-records.js';

const authorities = [CARDIFF, SWANSEA, GWYNEDD, 'W06000023'];
const socialWorkers = [1, 2, 3, 4, 5, 6].map((n) => `5e000000-0000-4000-8000-00000000010${n}`);
const outcomes = ['accepted', 'declined', 'opted-out', 'could-not-contact', null] as const;
const BASE = '2023-10-01';

const uuidFrom = (prefix: number, n: number) => `${prefix.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const roundShape = fc.record({
  gap: fc.integer({ min: 0, max: 200 }),
  trigger: fc.constantFrom(...offerTriggers.codes),
  referAfter: fc.option(fc.integer({ min: 0, max: 15 }), { nil: null }),
  offerAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  outcome: fc.constantFrom(...outcomes),
  outcomeAfter: fc.integer({ min: 0, max: 10 }),
  nonInstructed: fc.boolean(),
  provider: fc.constantFrom(PROVIDER_A, PROVIDER_B),
  language: fc.constantFrom('en', 'cy') as fc.Arbitrary<'en' | 'cy'>,
});

const episodeShape = fc.record({
  gapHours: fc.integer({ min: 1, max: 24 * 90 }),
  lengthHours: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
  kind: fc.constantFrom('missing', 'away') as fc.Arbitrary<'missing' | 'away'>,
  offeredAfterHours: fc.option(fc.integer({ min: 1, max: 48 }), { nil: null }),
  heldAfterHours: fc.option(fc.integer({ min: 1, max: 150 }), { nil: null }),
  declined: fc.boolean(),
});

/** A child record in one of `inAuthorities` (four authorities in three regions by default). */
export const childRecordIn = (inAuthorities: readonly string[] = authorities): fc.Arbitrary<ChildRecord> => fc
  .record({
    n: fc.integer({ min: 1, max: 2 ** 40 }),
    authority: fc.constantFrom(...inAuthorities),
    ageAtEntitlementDays: fc.integer({ min: 0, max: 365 * 18 }),
    legalStatus: fc.constantFrom(...legalStatuses.codes),
    language: fc.constantFrom(...spokenLanguages.codes),
    disability: fc.constantFrom(...disabilityStatuses.codes),
    asylum: fc.constantFrom(...asylumStatuses.codes),
    entitledFrom: fc.integer({ min: 0, max: 500 }),
    entitledFor: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    placement: fc.option(fc.record({ type: fc.constantFrom(...placementTypes.codes), where: fc.constantFrom('own', 'elsewhere', 'outside') }), { nil: null }),
    workers: fc.array(fc.record({ who: fc.constantFrom(...socialWorkers), start: fc.integer({ min: 0, max: 500 }), length: fc.integer({ min: 1, max: 300 }) }), { maxLength: 4 }),
    rounds: fc.array(roundShape, { maxLength: 3 }),
    episodes: fc.array(episodeShape, { maxLength: 3 }),
  })
  .map((shape): ChildRecord => {
    const id = uuidFrom(0xc0, shape.n);
    const caseId = uuidFrom(0xca, shape.n);
    const start = addDays(BASE, shape.entitledFrom);
    const end = shape.entitledFor === null ? null : addDays(start, shape.entitledFor);
    const offers: ActiveOfferSummary[] = [];
    let cursor = start;
    shape.rounds.forEach((round, index) => {
      const triggeredOn = addDays(cursor, round.gap);
      const referredOn = round.referAfter === null ? null : addDays(triggeredOn, round.referAfter);
      const offerMadeOn = referredOn === null || round.offerAfter === null ? null : addDays(referredOn, round.offerAfter);
      const outcome = referredOn === null ? null : round.outcome === 'could-not-contact' || offerMadeOn !== null ? round.outcome : null;
      const nonInstructed = round.nonInstructed && outcome !== 'declined' && outcome !== 'opted-out';
      const outcomeOn = outcome === null ? null : addDays(offerMadeOn ?? referredOn!, round.outcomeAfter);
      offers.push({
        caseId, childId: id, round: index + 1, state: 'awaitingOutcome', trigger: index === 0 ? 'became-looked-after' : round.trigger, triggeredOn,
        providerId: referredOn === null ? null : round.provider, childToldOn: triggeredOn, referredOn, offerMadeOn,
        offerLanguage: offerMadeOn === null ? null : round.language, mode: offerMadeOn === null ? null : nonInstructed ? 'non-instructed' : 'instructed',
        outcome, outcomeOn, outcomeConfirmedOn: outcomeOn, advocacyEndedOn: null, isReoffer: index > 0,
      });
      cursor = outcomeOn ?? offerMadeOn ?? referredOn ?? triggeredOn;
    });
    const missingEpisodes: MissingEpisodeSummary[] = [];
    let moment = Date.parse(`${start}T12:00:00Z`);
    shape.episodes.forEach((episode, index) => {
      if (missingEpisodes.some((earlier) => earlier.endedAt === null)) return;
      const startedAt = moment + episode.gapHours * 3_600_000;
      const endedAt = episode.lengthHours === null ? null : startedAt + episode.lengthHours * 3_600_000;
      const offeredAt = endedAt === null || episode.offeredAfterHours === null ? null : endedAt + episode.offeredAfterHours * 3_600_000;
      const declined = offeredAt !== null && episode.declined;
      const heldAt = offeredAt === null || declined || episode.heldAfterHours === null ? null : endedAt! + Math.max(episode.heldAfterHours, episode.offeredAfterHours!) * 3_600_000;
      const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
      missingEpisodes.push({
        id: uuidFrom(0xe0 + index, shape.n), childId: id, kind: episode.kind, riskGrade: 'medium', startedAt: iso(startedAt)!, endedAt: iso(endedAt),
        conversationOfferedAt: iso(offeredAt), conversationHeldAt: iso(heldAt), conversationDeclined: declined, exploitationIndicators: [],
      });
      moment = endedAt ?? startedAt;
    });
    const placementLocation = (where: string) =>
      where === 'outside' ? { kind: 'outside-wales' as const, description: 'England' } : { kind: 'wales' as const, authorityCode: where === 'own' ? shape.authority : authorities.find((code) => code !== shape.authority)! };
    return {
      child: {
        id, authorityCode: shape.authority, caseReference: `GEN${shape.n}`, givenName: 'Gen', familyName: 'Child',
        dateOfBirth: addDays(start, -shape.ageAtEntitlementDays), legalStatus: shape.legalStatus, preferredLanguage: shape.language, firstLanguage: shape.language,
        otherLanguageName: null, communicationNeeds: [], disability: shape.disability, asylumStatus: shape.asylum,
      },
      entitlements: [{ id: uuidFrom(0xe1, shape.n), childId: id, basis: 'looked-after', start, end, endReason: end === null ? null : 'stopped-being-looked-after' }],
      placements: shape.placement === null ? [] : [{ id: uuidFrom(0xb1, shape.n), childId: id, type: shape.placement.type, start, end, location: placementLocation(shape.placement.where), homeHasVisitingAdvocacy: null, distanceFromHomeKm: null }],
      allocations: shape.workers.map((worker, index) => ({ id: uuidFrom(0xa0 + index, shape.n), childId: id, role: 'social-worker' as const, userId: worker.who, start: addDays(BASE, worker.start), end: addDays(BASE, worker.start + worker.length) })),
      lifeEvents: [],
      reviews: [],
      offers,
      missingEpisodes,
    };
  });

export const childRecordArbitrary: fc.Arbitrary<ChildRecord> = childRecordIn();

/** A population with unique children (ids and case references), as the data layer would stream it. */
export const populationArbitrary = (maxLength: number, minLength = 0) =>
  fc.uniqueArray(childRecordArbitrary, { minLength, maxLength, selector: (record) => record.child.id });

/** Authorities used as tiny ones: Anglesey (North Wales) and Merthyr Tydfil (Cwm Taf Morgannwg). */
export const tinyAuthorities = ['W06000001', 'W06000024'] as const;

/**
 * A population of up to `maxLength` children in the usual four authorities, plus one to four
 * children in each of two tiny authorities: every figure about those is a small count.
 */
export const populationWithTinyAuthorities = (maxLength: number) =>
  fc
    .tuple(
      fc.uniqueArray(childRecordArbitrary, { maxLength, selector: (record) => record.child.id }),
      ...tinyAuthorities.map((authority) => fc.uniqueArray(childRecordIn([authority]), { minLength: 1, maxLength: 4, selector: (record) => record.child.id })),
    )
    .map((parts) => {
      const seen = new Set<string>();
      return parts.flat().filter((record) => !seen.has(record.child.id) && seen.add(record.child.id) !== undefined);
    });
