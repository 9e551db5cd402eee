// fast-check arbitraries for whole child records and reference dates, for the property tests and
// (until the population generator is used) the benchmark. Records are consistent the way the data
// layer keeps them: rounds follow the Active Offer workflow, episodes never overlap, placements
// follow one another. Every route into the Active Offer is generated: becoming looked after, child
// protection enquiries leading to an initial conference (alone, or followed by care proceedings),
// and leaving care as a care leaver.
import { addDays, fromEpochDay, lifeEventKinds, placementTypes, toEpochDay, type ActiveOfferSummary, type ChildRecord, type IsoDate } from '@cynnig/domain';
import fc from 'fast-check';

const day = (from: IsoDate, to: IsoDate) => fc.integer({ min: toEpochDay(from), max: toEpochDay(to) }).map(fromEpochDay);
const uuid = (n: number, salt: number) => `${(salt >>> 0).toString(16).padStart(8, '0')}-0000-4000-8000-${String(n).padStart(12, '0')}`;

const openStates = ['awaitingChildTold', 'awaitingPermission', 'awaitingReferral', 'awaitingProviderContact', 'awaitingOutcome', 'awaitingConfirmation'] as const;
const lastStates = [...openStates, 'advocacyActive', 'awaitingReoffer', 'entitlementEnded'] as const;
const closedOutcomes = ['declined', 'opted-out', 'could-not-contact', 'accepted'] as const;

/**
 * How the entitlement started: looked after from the start; child protection enquiries leading to
 * an initial conference and nothing more (the child stays at home); or child protection first and
 * then looked after once care proceedings begin.
 */
const entitlementRoutes = ['looked-after', 'looked-after', 'child-protection', 'child-protection-then-looked-after'] as const;

/** The shape of a record before it is laid out on the calendar. */
const recordPlan = fc.record({
  salt: fc.integer({ min: 1, max: 0x7fffffff }),
  dateOfBirth: day('2006-01-01', '2024-12-31'),
  route: fc.constantFrom(...entitlementRoutes),
  childProtectionFor: fc.integer({ min: 10, max: 400 }),
  lookedAfterSince: day('2021-01-01', '2025-09-30'),
  lookedAfterFor: fc.option(fc.integer({ min: 1, max: 1500 }), { freq: 4 }),
  careLeaverAfter: fc.boolean(),
  preferredLanguage: fc.constantFrom('en', 'en', 'cy', 'other'),
  pmld: fc.boolean(),
  placements: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 400 }), type: fc.constantFrom(...placementTypes.codes), where: fc.constantFrom('home', 'home', 'wales', 'outside'), visiting: fc.constantFrom(true, false, null) }), { minLength: 1, maxLength: 4 }),
  socialWorkers: fc.array(fc.record({ gap: fc.integer({ min: 0, max: 300 }), length: fc.option(fc.integer({ min: 10, max: 400 })) }), { maxLength: 3 }),
  iros: fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 2 }),
  lifeEvents: fc.array(fc.record({ kind: fc.constantFrom(...lifeEventKinds.codes), after: fc.integer({ min: -30, max: 900 }) }), { maxLength: 6 }),
  reviews: fc.array(fc.integer({ min: 5, max: 200 }), { maxLength: 4 }),
  rounds: fc.array(fc.record({ gap: fc.integer({ min: 1, max: 250 }), outcome: fc.constantFrom(...closedOutcomes) }), { maxLength: 4 }),
  lastState: fc.option(fc.constantFrom(...lastStates), { freq: 5 }),
  episodes: fc.array(fc.record({ gapHours: fc.integer({ min: 1, max: 24 * 60 }), hours: fc.integer({ min: 1, max: 24 * 5 }), indicators: fc.boolean(), offered: fc.boolean(), declined: fc.boolean() }), { maxLength: 5 }),
  lastEpisodeOpen: fc.boolean(),
});

type Plan = typeof recordPlan extends fc.Arbitrary<infer T> ? T : never;

function roundsFrom(plan: Plan, childId: string, start: IsoDate, ids: () => string): ActiveOfferSummary[] {
  const caseId = ids();
  const rounds: ActiveOfferSummary[] = [];
  let triggeredOn = start;
  const count = plan.rounds.length + (plan.lastState ? 1 : 0);
  for (let i = 0; i < count; i += 1) {
    const planned = plan.rounds[i];
    if (i > 0) triggeredOn = addDays(triggeredOn, (plan.rounds[i - 1]?.gap ?? 30) + 60);
    const last = i === count - 1;
    const state = last && plan.lastState ? plan.lastState : 'awaitingReoffer';
    const closedWith = planned?.outcome ?? 'declined';
    const reached = (s: string) => !openStates.includes(state as never) || openStates.indexOf(state as never) >= openStates.indexOf(s as never);
    const referred = reached('awaitingProviderContact');
    const made = reached('awaitingOutcome');
    const hasOutcome = reached('awaitingConfirmation') && state !== 'entitlementEnded';
    const outcome = !hasOutcome ? null : state === 'advocacyActive' ? 'accepted' : closedWith;
    rounds.push({
      caseId, childId, round: i + 1, state, trigger: i > 0 ? 'periodic-after-decline' : plan.route === 'looked-after' ? 'became-looked-after' : 'child-protection-enquiry', triggeredOn,
      providerId: referred ? caseId : null, childToldOn: state === 'awaitingChildTold' ? null : addDays(triggeredOn, 1), referredOn: referred ? addDays(triggeredOn, 2) : null,
      offerMadeOn: made && outcome !== 'could-not-contact' ? addDays(triggeredOn, 5) : null, offerLanguage: made ? 'en' : null, mode: made ? 'instructed' : null,
      outcome, outcomeOn: outcome ? addDays(triggeredOn, 5) : null,
      outcomeConfirmedOn: outcome && state !== 'awaitingConfirmation' ? addDays(triggeredOn, 6) : null,
      advocacyEndedOn: outcome === 'accepted' && state === 'awaitingReoffer' ? addDays(triggeredOn, 60) : null,
      isReoffer: i > 0,
    });
  }
  return rounds;
}

function layOut(plan: Plan): ChildRecord {
  let n = 0;
  const ids = () => uuid(++n, plan.salt);
  const childId = ids();
  const authorityCode = 'W06000015';
  // `since` is when the entitlement started; `lookedAfterStart` when the child became looked after (null: never)
  const since = plan.lookedAfterSince < plan.dateOfBirth ? plan.dateOfBirth : plan.lookedAfterSince;
  const entitlements: ChildRecord['entitlements'] = [];
  let lookedAfterStart: IsoDate | null = since;
  if (plan.route === 'child-protection') {
    const end = plan.lookedAfterFor === null ? null : addDays(since, plan.lookedAfterFor);
    entitlements.push({ id: ids(), childId, basis: 'child-protection', start: since, end, endReason: end ? 'enquiries-closed' : null });
    lookedAfterStart = null;
  } else if (plan.route === 'child-protection-then-looked-after') {
    const end = addDays(since, plan.childProtectionFor);
    entitlements.push({ id: ids(), childId, basis: 'child-protection', start: since, end, endReason: 'enquiries-closed' });
    lookedAfterStart = addDays(end, 1);
  }
  const lookedAfterEnd = lookedAfterStart === null || plan.lookedAfterFor === null ? null : addDays(lookedAfterStart, plan.lookedAfterFor);
  if (lookedAfterStart !== null) {
    entitlements.push({ id: ids(), childId, basis: 'looked-after', start: lookedAfterStart, end: lookedAfterEnd, endReason: lookedAfterEnd ? 'stopped-being-looked-after' : null });
    if (lookedAfterEnd && plan.careLeaverAfter) entitlements.push({ id: ids(), childId, basis: 'care-leaver', start: addDays(lookedAfterEnd, 1), end: null, endReason: null });
  }

  // placements and reviews belong to the time the child is looked after; a child protection child stays at home
  const placements: ChildRecord['placements'] = [];
  let placementStart = lookedAfterStart ?? since;
  (lookedAfterStart === null ? [] : plan.placements).forEach((p, i) => {
    const next = plan.placements[i + 1];
    const end = next ? addDays(placementStart, next.gap - 1) : null;
    const location = p.where === 'outside' ? { kind: 'outside-wales' as const, description: 'England' } : { kind: 'wales' as const, authorityCode: p.where === 'home' ? authorityCode : 'W06000001' };
    placements.push({ id: ids(), childId, type: p.type, start: placementStart, end, location, homeHasVisitingAdvocacy: p.type.startsWith('residential') ? p.visiting : null, distanceFromHomeKm: null });
    if (next) placementStart = addDays(placementStart, next.gap);
  });

  const allocations: ChildRecord['allocations'] = [];
  let swStart = since;
  for (const sw of plan.socialWorkers) {
    swStart = addDays(swStart, sw.gap);
    const end = sw.length === null ? null : addDays(swStart, sw.length);
    allocations.push({ id: ids(), childId, role: 'social-worker', userId: ids(), start: swStart, end });
    if (end === null) break;
    swStart = addDays(end, 1);
  }
  let iroStart = lookedAfterStart ?? since;
  for (const gap of lookedAfterStart === null ? [] : plan.iros) {
    iroStart = addDays(iroStart, gap);
    allocations.push({ id: ids(), childId, role: 'iro', userId: ids(), start: iroStart, end: null });
  }

  const reviews: ChildRecord['reviews'] = [];
  let reviewOn = lookedAfterStart ?? since;
  for (const gap of lookedAfterStart === null ? [] : plan.reviews) {
    reviewOn = addDays(reviewOn, gap);
    reviews.push({ id: ids(), childId, kind: reviews.length === 0 ? 'first' : reviews.length === 1 ? 'second' : 'subsequent', heldOn: reviewOn, iroUserId: null, advocacyFinding: 'knows-and-declined', spokeToChildPrivately: gap % 3 === 0, note: null });
  }

  const episodes: ChildRecord['missingEpisodes'] = [];
  let at = Date.parse(`${since}T18:00:00Z`);
  plan.episodes.forEach((e, i) => {
    const startedAt = at + e.gapHours * 3_600_000;
    const open = plan.lastEpisodeOpen && i === plan.episodes.length - 1;
    const endedAt = startedAt + e.hours * 3_600_000;
    episodes.push({
      id: ids(), childId, kind: 'missing', riskGrade: e.indicators ? 'high' : 'medium', startedAt: new Date(startedAt).toISOString(), endedAt: open ? null : new Date(endedAt).toISOString(),
      conversationOfferedAt: !open && e.offered ? new Date(endedAt + 3_600_000).toISOString() : null, conversationHeldAt: null, conversationDeclined: !open && e.offered && e.declined,
      exploitationIndicators: e.indicators ? ['older-associates'] : [],
    });
    at = endedAt;
  });

  return {
    child: { id: childId, authorityCode, caseReference: `P-${plan.salt}`, givenName: 'Sam', familyName: 'Evans', dateOfBirth: plan.dateOfBirth, legalStatus: plan.route === 'child-protection' ? 'child-protection-enquiry' : 'full-care-order', preferredLanguage: plan.preferredLanguage, firstLanguage: plan.preferredLanguage, otherLanguageName: plan.preferredLanguage === 'other' ? 'Polish' : null, communicationNeeds: plan.pmld ? ['pmld'] : [], disability: plan.pmld ? 'disabled' : 'none', asylumStatus: 'not-asylum-seeking' },
    entitlements,
    placements,
    allocations,
    lifeEvents: plan.lifeEvents.map((e) => ({ id: ids(), childId, kind: e.kind, occurredOn: addDays(since, e.after), note: null })),
    reviews,
    offers: roundsFrom(plan, childId, since, ids),
    missingEpisodes: episodes,
  };
}

/** A consistent child record with a history of placements, rounds, reviews, events and episodes. */
export const childRecordArbitrary: fc.Arbitrary<ChildRecord> = recordPlan.map(layOut);

/** A reference date in the years the records cover. */
export const referenceDateArbitrary: fc.Arbitrary<IsoDate> = day('2021-06-01', '2027-06-30');
