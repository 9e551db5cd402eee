// Hand-built child records for tests: each builder fills the fields a test does not care about
// with plain, valid values, so a test states only the facts its figures depend on.
import type { ActiveOfferSummary, Allocation, ChildRecord, Entitlement, MissingEpisodeSummary, Placement } from '@cynnig/domain';

let sequence = 0;
/** A valid, unique UUID (version 4 layout) for test records. */
export function nextId(): string {
  sequence += 1;
  const hex = sequence.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export const CARDIFF = 'W06000015';
export const SWANSEA = 'W06000011';
export const GWYNEDD = 'W06000002';
export const PROVIDER_A = '0a000000-0000-4000-8000-00000000000a';
export const PROVIDER_B = '0b000000-0000-4000-8000-00000000000b';

type Overrides = Partial<ChildRecord['child']> & {
  entitlements?: Omit<Entitlement, 'id' | 'childId'>[];
  placements?: Omit<Placement, 'id' | 'childId'>[];
  allocations?: Omit<Allocation, 'id' | 'childId'>[];
  offers?: Partial<ActiveOfferSummary>[];
  missingEpisodes?: Partial<MissingEpisodeSummary>[];
};

/** A looked after child in Cardiff, entitled from 2023-01-01, with whatever else the test gives. */
export function aChild(overrides: Overrides = {}): ChildRecord {
  const { entitlements, placements, allocations, offers, missingEpisodes, ...child } = overrides;
  const id = child.id ?? nextId();
  const caseId = nextId();
  return {
    child: {
      id,
      authorityCode: CARDIFF,
      caseReference: `CR${sequence}`,
      givenName: 'Test',
      familyName: 'Child',
      dateOfBirth: '2012-06-15',
      legalStatus: 'full-care-order',
      preferredLanguage: 'en',
      firstLanguage: 'en',
      otherLanguageName: null,
      communicationNeeds: [],
      disability: 'none',
      asylumStatus: 'not-asylum-seeking',
      ...child,
    },
    entitlements: (entitlements ?? [{ basis: 'looked-after', start: '2023-01-01', end: null, endReason: null }]).map((e) => ({ id: nextId(), childId: id, ...e })),
    placements: (placements ?? []).map((p) => ({ id: nextId(), childId: id, ...p })),
    allocations: (allocations ?? []).map((a) => ({ id: nextId(), childId: id, ...a })),
    lifeEvents: [],
    reviews: [],
    offers: (offers ?? []).map((offer, index) => anOffer({ caseId, childId: id, round: index + 1, isReoffer: index > 0, ...offer })),
    missingEpisodes: (missingEpisodes ?? []).map((episode) => anEpisode({ childId: id, ...episode })),
  };
}

export function anOffer(overrides: Partial<ActiveOfferSummary> = {}): ActiveOfferSummary {
  return {
    caseId: nextId(),
    childId: nextId(),
    round: 1,
    state: 'awaitingChildTold',
    trigger: 'became-looked-after',
    triggeredOn: '2024-04-01',
    providerId: null,
    childToldOn: null,
    referredOn: null,
    offerMadeOn: null,
    offerLanguage: null,
    mode: null,
    outcome: null,
    outcomeOn: null,
    outcomeConfirmedOn: null,
    advocacyEndedOn: null,
    isReoffer: false,
    ...overrides,
  };
}

export function anEpisode(overrides: Partial<MissingEpisodeSummary> = {}): MissingEpisodeSummary {
  return {
    id: nextId(),
    childId: nextId(),
    kind: 'missing',
    riskGrade: 'medium',
    startedAt: '2024-05-01T20:00:00Z',
    endedAt: '2024-05-02T09:00:00Z',
    conversationOfferedAt: null,
    conversationHeldAt: null,
    conversationDeclined: false,
    exploitationIndicators: [],
    ...overrides,
  };
}

export const fosterInCardiff: Omit<Placement, 'id' | 'childId'> = {
  type: 'foster-la', start: '2023-01-01', end: null, location: { kind: 'wales', authorityCode: CARDIFF }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 3,
};
