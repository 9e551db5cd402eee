// Builds child records for the rule scenario tables: a looked after child with a home placement and
// a social worker, to which each scenario adds the one thing it is about (a decline, a move...).
import type { ActiveOfferSummary, ChildRecord, IsoDate, LifeEvent, MissingEpisodeSummary, Placement, Review } from '@cynnig/domain';

let counter = 0;
/** A fresh, valid UUID (v4 layout) for test records. */
export const newId = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export interface ChildOptions {
  dateOfBirth?: IsoDate;
  lookedAfterSince?: IsoDate;
  authorityCode?: string;
  preferredLanguage?: 'en' | 'cy' | 'other';
  communicationNeeds?: ChildRecord['child']['communicationNeeds'];
}

/** A child looked after since `lookedAfterSince`, fostered in their own authority, with a social worker. No offers yet. */
export function lookedAfterChild(options: ChildOptions = {}): ChildRecord {
  const childId = newId();
  const since = options.lookedAfterSince ?? '2025-01-06';
  const authorityCode = options.authorityCode ?? 'W06000015';
  return {
    child: {
      id: childId, authorityCode, caseReference: `C-${counter}`, givenName: 'Alex', familyName: 'Jones',
      dateOfBirth: options.dateOfBirth ?? '2012-05-01', legalStatus: 'full-care-order',
      preferredLanguage: options.preferredLanguage ?? 'en', firstLanguage: options.preferredLanguage ?? 'en', otherLanguageName: options.preferredLanguage === 'other' ? 'Arabic' : null,
      communicationNeeds: options.communicationNeeds ?? [], disability: 'none', asylumStatus: 'not-asylum-seeking',
    },
    entitlements: [{ id: newId(), childId, basis: 'looked-after', start: since, end: null, endReason: null }],
    placements: [{ id: newId(), childId, type: 'foster-la', start: since, end: null, location: { kind: 'wales', authorityCode }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 5 }],
    allocations: [{ id: newId(), childId, role: 'social-worker', userId: newId(), start: since, end: null }],
    lifeEvents: [],
    reviews: [],
    offers: [],
    missingEpisodes: [],
  };
}

/** Adds an Active Offer round; fields not given are empty. */
export function withRound(record: ChildRecord, round: Partial<ActiveOfferSummary> & Pick<ActiveOfferSummary, 'state' | 'triggeredOn'>): ChildRecord {
  const caseId = record.offers[0]?.caseId ?? newId();
  const number = record.offers.length + 1;
  const summary: ActiveOfferSummary = {
    caseId, childId: record.child.id, round: number, trigger: number === 1 ? 'became-looked-after' : 'periodic-after-decline',
    providerId: null, childToldOn: null, referredOn: null, offerMadeOn: null, offerLanguage: null, mode: null, outcome: null,
    outcomeOn: null, outcomeConfirmedOn: null, advocacyEndedOn: null, isReoffer: number > 1, ...round,
  };
  // earlier rounds keep the state the case was in when the new round replaced them, as the workflow records it
  return { ...record, offers: [...record.offers, summary] };
}

/** A round whose offer the child declined on `on` (outcome confirmed the next day): the case waits for a re-offer. */
export function declined(record: ChildRecord, on: IsoDate, confirmedOn: IsoDate = on): ChildRecord {
  const triggeredOn = record.offers.length === 0 ? record.entitlements[0]?.start ?? on : on;
  return withRound(record, { state: 'awaitingReoffer', triggeredOn: triggeredOn <= on ? triggeredOn : on, referredOn: on, offerMadeOn: on, mode: 'instructed', outcome: 'declined', outcomeOn: on, outcomeConfirmedOn: confirmedOn });
}

/** A round the child accepted: advocacy is under way until `endedOn`, if given. */
export function accepted(record: ChildRecord, on: IsoDate, endedOn: IsoDate | null = null): ChildRecord {
  return withRound(record, { state: endedOn ? 'awaitingReoffer' : 'advocacyActive', triggeredOn: record.entitlements[0]?.start ?? on, referredOn: on, offerMadeOn: on, mode: 'instructed', outcome: 'accepted', outcomeOn: on, outcomeConfirmedOn: on, advocacyEndedOn: endedOn });
}

export function withLifeEvent(record: ChildRecord, kind: LifeEvent['kind'], occurredOn: IsoDate): ChildRecord {
  return { ...record, lifeEvents: [...record.lifeEvents, { id: newId(), childId: record.child.id, kind, occurredOn, note: null }] };
}

/** Moves the child: the current placement ends the day before and a new one starts. */
export function movedTo(record: ChildRecord, start: IsoDate, placement: Partial<Placement> = {}): ChildRecord {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const dayBefore = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
  const placements = record.placements.map((p) => (p.end === null ? { ...p, end: dayBefore < p.start ? p.start : dayBefore } : p));
  const next: Placement = { id: newId(), childId: record.child.id, type: 'foster-la', start, end: null, location: { kind: 'wales', authorityCode: record.child.authorityCode }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 5, ...placement };
  return { ...record, placements: [...placements, next] };
}

export function withReview(record: ChildRecord, heldOn: IsoDate, review: Partial<Review> = {}): ChildRecord {
  const kind = record.reviews.length === 0 ? 'first' : record.reviews.length === 1 ? 'second' : 'subsequent';
  return { ...record, reviews: [...record.reviews, { id: newId(), childId: record.child.id, kind, heldOn, iroUserId: null, advocacyFinding: 'knows-and-declined', spokeToChildPrivately: false, note: null, ...review }] };
}

export function withAllocation(record: ChildRecord, role: 'social-worker' | 'iro', start: IsoDate, end: IsoDate | null = null): ChildRecord {
  return { ...record, allocations: [...record.allocations, { id: newId(), childId: record.child.id, role, userId: newId(), start, end }] };
}

/** Ends every open social worker allocation on `end` (the child is then unallocated). */
export function socialWorkerLeft(record: ChildRecord, end: IsoDate): ChildRecord {
  return { ...record, allocations: record.allocations.map((a) => (a.role === 'social-worker' && a.end === null ? { ...a, end } : a)) };
}

/** A missing episode between two moments (UTC); `endedAt` null while the child is still missing. */
export function withEpisode(record: ChildRecord, startedAt: string, endedAt: string | null, episode: Partial<MissingEpisodeSummary> = {}): ChildRecord {
  return {
    ...record,
    missingEpisodes: [...record.missingEpisodes, {
      id: newId(), childId: record.child.id, kind: 'missing', riskGrade: 'medium', startedAt, endedAt,
      conversationOfferedAt: null, conversationHeldAt: null, conversationDeclined: false, exploitationIndicators: [], ...episode,
    }],
  };
}

export function withEntitlement(record: ChildRecord, basis: ChildRecord['entitlements'][number]['basis'], start: IsoDate, end: IsoDate | null = null): ChildRecord {
  return { ...record, entitlements: [...record.entitlements, { id: newId(), childId: record.child.id, basis, start, end, endReason: end ? 'stopped-being-looked-after' : null }] };
}

/** Ends the looked-after entitlement on `end`. */
export function stoppedBeingLookedAfter(record: ChildRecord, end: IsoDate): ChildRecord {
  return { ...record, entitlements: record.entitlements.map((e) => (e.basis === 'looked-after' && e.end === null ? { ...e, end, endReason: 'stopped-being-looked-after' } : e)) };
}

/**
 * A child entitled without being looked after: child protection enquiries leading to an Initial
 * Child Protection Conference (the child lives at home), or a care leaver (no longer placed).
 * The child has a social worker and no Active Offer rounds yet.
 */
export function entitledChild(basis: 'child-protection' | 'care-leaver' | 'care-and-support', since: IsoDate, options: Omit<ChildOptions, 'lookedAfterSince'> = {}): ChildRecord {
  const record = lookedAfterChild({ ...options, lookedAfterSince: since });
  return { ...record, entitlements: [{ id: newId(), childId: record.child.id, basis, start: since, end: null, endReason: null }], placements: [] };
}

/** The Active Offer case closed because the entitlement ended on `on` (the current round is left in 'entitlementEnded'). */
export function entitlementEndedOnCase(record: ChildRecord, on: IsoDate): ChildRecord {
  const current = record.offers[record.offers.length - 1];
  if (current === undefined) return withRound(record, { state: 'entitlementEnded', triggeredOn: record.entitlements[0]?.start ?? on, childToldOn: on });
  return { ...record, offers: record.offers.map((round) => (round === current ? { ...round, state: 'entitlementEnded' } : round)) };
}
