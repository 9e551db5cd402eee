// The fact builder: turns a child's record and a reference date into the plain facts the rules read.
// This is the contract between the data and the rules (see the README's fact table): every rule
// condition reads only these names. Pure: no I/O, no clock; the reference date is always passed in.
import {
  addDays,
  ageOn,
  birthdayAt,
  type ActiveOfferSummary,
  type ChildRecord,
  type IsoDate,
  type MissingEpisodeSummary,
  type OfferTrigger,
  type Placement,
} from '@cynnig/domain';
import { londonDateOf } from '@cynnig/domain';
import { activeOfferBases, entitlementTriggerOf } from '../workflow-guards/entitlement-guards.js';

export { activeOfferBases };

/** Workflow states in which a round is under way and its outcome not yet confirmed. */
export const openRoundStates = ['awaitingChildTold', 'awaitingPermission', 'awaitingReferral', 'awaitingProviderContact', 'awaitingOutcome', 'awaitingConfirmation'] as const;
/** Open states before the provider has made the offer. */
const offerNotYetMadeStates = ['awaitingChildTold', 'awaitingPermission', 'awaitingReferral', 'awaitingProviderContact'];
const outcomeAwaitedStates = ['awaitingOutcome', 'awaitingConfirmation'];

/**
 * The facts about one child on one date. Dates are calendar dates ('2025-03-31'); `null` means
 * "not known" or "does not apply". Re-offer trigger facts hold the date of the earliest trigger of
 * that kind since the last round closed, and are only set while the case is waiting for a re-offer.
 */
export interface ChildFacts {
  referenceDate: IsoDate;
  childId: string;
  authorityCode: string;
  ageYears: number;
  turns16On: IsoDate;
  turns18On: IsoDate;
  // entitlement
  entitledNow: boolean;
  entitlementBasesNow: string;
  lookedAfterNow: boolean;
  lookedAfterSince: IsoDate | null;
  entitlementStartedOn: IsoDate | null;
  entitlementTrigger: OfferTrigger | null;
  // communication
  hasPmld: boolean;
  needsInterpreter: boolean;
  prefersWelsh: boolean;
  // placement
  placementType: string | null;
  placementStartedOn: IsoDate | null;
  residentialPlacement: boolean;
  visitingAdvocacyInHome: boolean | null;
  placedOutOfArea: boolean;
  placedOutOfWales: boolean;
  placementDistanceKm: number | null;
  // Active Offer
  offerRounds: number;
  caseId: string | null;
  caseState: string | null;
  currentRound: number | null;
  currentRoundIsReoffer: boolean;
  currentRoundTriggeredOn: IsoDate | null;
  currentRoundTrigger: string | null;
  currentRoundReferredOn: IsoDate | null;
  currentRoundMode: string | null;
  roundOpen: boolean;
  initialOfferPending: boolean;
  reofferRoundPending: boolean;
  offerPending: boolean;
  offerStartedOn: IsoDate | null;
  outcomeAwaitedSince: IsoDate | null;
  advocacyActive: boolean;
  awaitingReoffer: boolean;
  lastOutcome: string | null;
  lastOutcomeOn: IsoDate | null;
  lastRoundClosedOn: IsoDate | null;
  declines: number;
  lastDeclineOn: IsoDate | null;
  spokeToChildPrivatelySinceLastDecline: boolean;
  // re-offer triggers since the last round
  placementMoveSinceLastRound: IsoDate | null;
  outOfAreaMoveSinceLastRound: IsoDate | null;
  schoolMoveSinceLastRound: IsoDate | null;
  missingReturnSinceLastRound: IsoDate | null;
  complaintSinceLastRound: IsoDate | null;
  socialWorkerChangeSinceLastRound: IsoDate | null;
  iroChangeSinceLastRound: IsoDate | null;
  legalStatusChangeSinceLastRound: IsoDate | null;
  turning16SinceLastRound: IsoDate | null;
  leavingCare18SinceLastRound: IsoDate | null;
  stopLookingAfterSinceLastRound: IsoDate | null;
  childProtectionConferenceSinceLastRound: IsoDate | null;
  secureOrCustodySinceLastRound: IsoDate | null;
  childAskedForAdvocateSinceLastRound: IsoDate | null;
  // reviews
  reviewsHeld: number;
  lastReviewOn: IsoDate | null;
  missingEpisodesSinceLastReview: number;
  lastMissingStartedOn: IsoDate | null;
  currentlyMissing: boolean;
  riskOfHarmConcernSinceLastReview: IsoDate | null;
  childRequestedReviewSinceLastReview: IsoDate | null;
  stopLookingAfterProposedSinceLastReview: IsoDate | null;
  // allocation
  socialWorkerAllocated: boolean;
  socialWorkerUnallocatedSince: IsoDate | null;
  // missing episodes
  missingEpisodes: number;
}

const isCurrent = (start: IsoDate, end: IsoDate | null, on: IsoDate) => start <= on && (end === null || end >= on);
const earliest = (dates: (IsoDate | null | undefined)[]): IsoDate | null => {
  let best: IsoDate | null = null;
  for (const date of dates) if (date && (best === null || date < best)) best = date;
  return best;
};
const latest = (dates: (IsoDate | null | undefined)[]): IsoDate | null => {
  let best: IsoDate | null = null;
  for (const date of dates) if (date && (best === null || date > best)) best = date;
  return best;
};

/** The calendar date (Europe/London) an episode started. */
export const episodeStartedOn = (episode: MissingEpisodeSummary): IsoDate => londonDateOf(episode.startedAt);
/** The calendar date (Europe/London) a child returned, or null while still missing. */
export const episodeReturnedOn = (episode: MissingEpisodeSummary): IsoDate | null => (episode.endedAt ? londonDateOf(episode.endedAt) : null);

/** The latest round of the child's Active Offer case, by round number. */
export function currentRoundOf(offers: readonly ActiveOfferSummary[]): ActiveOfferSummary | null {
  let current: ActiveOfferSummary | null = null;
  for (const offer of offers) if (current === null || offer.round > current.round) current = offer;
  return current;
}

/** The date a round stopped being open: when advocacy ended, or the outcome was confirmed or given. */
export function roundClosedOn(round: ActiveOfferSummary): IsoDate {
  return round.advocacyEndedOn ?? round.outcomeConfirmedOn ?? round.outcomeOn ?? round.childToldOn ?? round.triggeredOn;
}

/** Moves into a new placement: every placement but the first one recorded, with the date it started. */
function placementMoves(placements: readonly Placement[]): Placement[] {
  const sorted = [...placements].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  return sorted.slice(1);
}

/**
 * Builds the facts the rules read for one child on one date.
 *
 * @example
 * const facts = buildChildFacts(record, '2025-06-30');
 * facts.entitledNow; // true while a looked after, child protection or care leaver basis is open
 */
export function buildChildFacts(record: ChildRecord, referenceDate: IsoDate): ChildFacts {
  const { child } = record;
  const onOrBefore = (date: IsoDate | null) => date !== null && date <= referenceDate;

  // entitlement
  const activeBases = record.entitlements.filter((e) => activeOfferBases.includes(e.basis) && isCurrent(e.start, e.end, referenceDate));
  const lookedAfterBasis = activeBases.filter((e) => e.basis === 'looked-after').sort((a, b) => (a.start < b.start ? -1 : 1))[0] ?? null;

  // Active Offer rounds
  const offers = record.offers.filter((o) => o.triggeredOn <= referenceDate);
  const current = currentRoundOf(offers);
  const state = current?.state ?? null;
  const caseEnded = state === 'entitlementEnded';
  const startCandidates = activeBases.filter((e) => !caseEnded || current === null || e.start > current.triggeredOn);
  const startingBasis = [...(startCandidates.length > 0 ? startCandidates : activeBases)].sort((a, b) => (a.start < b.start ? -1 : 1))[0] ?? null;
  const entitledNow = activeBases.length > 0;

  const roundOpen = state !== null && (openRoundStates as readonly string[]).includes(state);
  const offerNotMade = roundOpen && offerNotYetMadeStates.includes(state ?? '');
  const initialOfferPending = entitledNow && (current === null || caseEnded || (offerNotMade && !current.isReoffer));
  const reofferRoundPending = entitledNow && offerNotMade && current !== null && current.isReoffer;
  const advocacyActive = state === 'advocacyActive' || (current !== null && current.outcome === 'accepted' && current.advocacyEndedOn === null && !roundOpen && state !== 'awaitingReoffer' && !caseEnded);
  const awaitingReoffer = entitledNow && state === 'awaitingReoffer';
  const offerStartedOn = initialOfferPending && (current === null || caseEnded) ? startingBasis?.start ?? null : offerNotMade ? current?.triggeredOn ?? null : null;

  const withOutcome = offers.filter((o) => o.outcome !== null).sort((a, b) => a.round - b.round);
  const lastWithOutcome = withOutcome[withOutcome.length - 1] ?? null;
  const declined = withOutcome.filter((o) => o.outcome === 'declined' || o.outcome === 'opted-out');
  const lastDecline = declined[declined.length - 1] ?? null;
  const lastDeclineOn = lastDecline ? lastDecline.outcomeOn ?? roundClosedOn(lastDecline) : null;
  const lastRoundClosedOn = current !== null && !roundOpen ? roundClosedOn(current) : null;

  // reviews
  const reviewsSinceLookedAfter = lookedAfterBasis ? record.reviews.filter((r) => r.heldOn >= lookedAfterBasis.start && r.heldOn <= referenceDate).sort((a, b) => (a.heldOn < b.heldOn ? -1 : 1)) : [];
  const lastReview = reviewsSinceLookedAfter[reviewsSinceLookedAfter.length - 1] ?? null;
  const lastReviewOn = lastReview?.heldOn ?? null;
  const sinceReview = lastReviewOn ?? (lookedAfterBasis ? addDays(lookedAfterBasis.start, -1) : null);
  const spokeToChildPrivatelySinceLastDecline = lastDeclineOn !== null && record.reviews.some((r) => r.heldOn >= lastDeclineOn && r.heldOn <= referenceDate && r.spokeToChildPrivately);

  // life events, episodes and allocations up to the reference date
  const events = record.lifeEvents.filter((e) => e.occurredOn <= referenceDate);
  const episodes = record.missingEpisodes.filter((e) => episodeStartedOn(e) <= referenceDate);
  const eventDates = (kinds: string[], after: IsoDate | null) => (after === null ? [] : events.filter((e) => kinds.includes(e.kind) && e.occurredOn > after).map((e) => e.occurredOn));

  // re-offer triggers: only while the case waits for a re-offer, after the last round closed
  const window = awaitingReoffer ? lastRoundClosedOn : null;
  const inWindow = (date: IsoDate | null): date is IsoDate => window !== null && date !== null && date > window && date <= referenceDate;
  const moves = placementMoves(record.placements).filter((p) => inWindow(p.start));
  const outOfArea = (p: Placement) => p.location.kind === 'outside-wales' || p.location.authorityCode !== child.authorityCode;
  const allocationChanges = (role: 'social-worker' | 'iro') => {
    const sorted = record.allocations.filter((a) => a.role === role).sort((a, b) => (a.start < b.start ? -1 : 1));
    return sorted.slice(1).map((a) => a.start).filter(inWindow);
  };
  const birthday16 = birthdayAt(child.dateOfBirth, 16);
  const birthday18 = birthdayAt(child.dateOfBirth, 18);

  // placement now
  const placementNow = record.placements.filter((p) => isCurrent(p.start, p.end, referenceDate)).sort((a, b) => (a.start < b.start ? 1 : -1))[0] ?? null;
  const residential = placementNow !== null && (placementNow.type === 'residential-la' || placementNow.type === 'residential-independent');

  // allocation
  const socialWorkers = record.allocations.filter((a) => a.role === 'social-worker' && a.start <= referenceDate);
  const socialWorkerAllocated = socialWorkers.some((a) => isCurrent(a.start, a.end, referenceDate));
  const lastEnded = latest(socialWorkers.map((a) => a.end).filter(onOrBefore));
  const needsSocialWorkerFrom = lookedAfterBasis?.start ?? startingBasis?.start ?? null;
  const unallocatedSince = socialWorkerAllocated || needsSocialWorkerFrom === null ? null : latest([needsSocialWorkerFrom, lastEnded ? addDays(lastEnded, 1) : null]);

  const episodesSinceReview = sinceReview === null ? [] : episodes.filter((e) => episodeStartedOn(e) > sinceReview);
  const languages = [child.preferredLanguage, child.firstLanguage];

  return {
    referenceDate,
    childId: child.id,
    authorityCode: child.authorityCode,
    ageYears: ageOn(child.dateOfBirth, referenceDate),
    turns16On: birthday16,
    turns18On: birthday18,
    entitledNow,
    entitlementBasesNow: [...new Set(activeBases.map((e) => e.basis))].sort().join(','),
    lookedAfterNow: lookedAfterBasis !== null,
    lookedAfterSince: lookedAfterBasis?.start ?? null,
    entitlementStartedOn: startingBasis?.start ?? null,
    entitlementTrigger: startingBasis ? entitlementTriggerOf[startingBasis.basis] : null,
    hasPmld: child.communicationNeeds.includes('pmld'),
    needsInterpreter: languages.includes('other') || child.communicationNeeds.includes('interpreter') || child.communicationNeeds.includes('bsl'),
    prefersWelsh: languages.includes('cy'),
    placementType: placementNow?.type ?? null,
    placementStartedOn: placementNow?.start ?? null,
    residentialPlacement: residential,
    visitingAdvocacyInHome: residential ? placementNow?.homeHasVisitingAdvocacy ?? null : null,
    placedOutOfArea: placementNow !== null && placementNow.location.kind === 'wales' && placementNow.location.authorityCode !== child.authorityCode,
    placedOutOfWales: placementNow !== null && placementNow.location.kind === 'outside-wales',
    placementDistanceKm: placementNow?.distanceFromHomeKm ?? null,
    offerRounds: offers.length,
    caseId: current?.caseId ?? null,
    caseState: state,
    currentRound: current?.round ?? null,
    currentRoundIsReoffer: current?.isReoffer ?? false,
    currentRoundTriggeredOn: current?.triggeredOn ?? null,
    currentRoundTrigger: current?.trigger ?? null,
    currentRoundReferredOn: roundOpen ? current?.referredOn ?? null : null,
    currentRoundMode: current?.mode ?? null,
    roundOpen,
    initialOfferPending,
    reofferRoundPending,
    offerPending: initialOfferPending || reofferRoundPending || awaitingReoffer,
    offerStartedOn,
    outcomeAwaitedSince: entitledNow && roundOpen && outcomeAwaitedStates.includes(state ?? '') ? current?.offerMadeOn ?? current?.outcomeOn ?? current?.referredOn ?? current?.triggeredOn ?? null : null,
    advocacyActive,
    awaitingReoffer,
    lastOutcome: lastWithOutcome?.outcome ?? null,
    lastOutcomeOn: lastWithOutcome ? lastWithOutcome.outcomeOn ?? roundClosedOn(lastWithOutcome) : null,
    lastRoundClosedOn,
    declines: declined.length,
    lastDeclineOn,
    spokeToChildPrivatelySinceLastDecline,
    placementMoveSinceLastRound: earliest([...moves.map((p) => p.start), ...eventDates(['placement-move'], window)]),
    outOfAreaMoveSinceLastRound: earliest(moves.filter(outOfArea).map((p) => p.start)),
    schoolMoveSinceLastRound: earliest(eventDates(['school-move'], window)),
    missingReturnSinceLastRound: earliest(episodes.map(episodeReturnedOn).filter(inWindow)),
    complaintSinceLastRound: earliest(eventDates(['complaint'], window)),
    socialWorkerChangeSinceLastRound: earliest([...allocationChanges('social-worker'), ...eventDates(['social-worker-change'], window)]),
    iroChangeSinceLastRound: earliest([...allocationChanges('iro'), ...eventDates(['iro-change'], window)]),
    legalStatusChangeSinceLastRound: earliest(eventDates(['legal-status-change', 'care-proceedings-milestone'], window)),
    turning16SinceLastRound: earliest([inWindow(birthday16) ? birthday16 : null, ...eventDates(['pathway-plan-started'], window)]),
    leavingCare18SinceLastRound: earliest([inWindow(birthday18) ? birthday18 : null, ...eventDates(['left-care'], window)]),
    stopLookingAfterSinceLastRound: earliest(eventDates(['stop-looking-after-proposed'], window)),
    childProtectionConferenceSinceLastRound: earliest(eventDates(['child-protection-conference'], window)),
    secureOrCustodySinceLastRound: earliest([...moves.filter((p) => p.type === 'secure' || p.type === 'custody').map((p) => p.start), ...eventDates(['entered-secure-or-custody'], window)]),
    childAskedForAdvocateSinceLastRound: earliest(eventDates(['child-requested-advocate'], window)),
    reviewsHeld: reviewsSinceLookedAfter.length,
    lastReviewOn,
    missingEpisodesSinceLastReview: episodesSinceReview.length,
    lastMissingStartedOn: latest(episodesSinceReview.map(episodeStartedOn)),
    currentlyMissing: episodes.some((e) => e.endedAt === null || (episodeReturnedOn(e) ?? '') > referenceDate),
    riskOfHarmConcernSinceLastReview: earliest(eventDates(['risk-of-harm-concern'], sinceReview)),
    childRequestedReviewSinceLastReview: earliest(eventDates(['child-requested-review'], sinceReview)),
    stopLookingAfterProposedSinceLastReview: earliest(eventDates(['stop-looking-after-proposed'], sinceReview)),
    socialWorkerAllocated,
    socialWorkerUnallocatedSince: unallocatedSince,
    missingEpisodes: episodes.length,
  };
}
