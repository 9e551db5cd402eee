// A looked after child's record around the Active Offer rounds a test produced, so the tests can
// ask the rules package what it makes of them (a re-offer due, and when).
import type { ActiveOfferSummary, ChildRecord } from '@cynnig/domain';
import { childId } from './sample-cases.js';

const ids = {
  entitlement: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
  placement: '3d4e5f6a-7b8c-4d9e-8f1a-2b3c4d5e6f7a',
  allocation: '4e5f6a7b-8c9d-4e0f-9a2b-3c4d5e6f7a8b',
  socialWorker: '5f6a7b8c-9d0e-4f1a-8b3c-4d5e6f7a8b9c',
};

/** Looked after since 1 April 2025 (when the random walks begin), born 2015 so still a child when they end. */
export function lookedAfterChildWith(offers: readonly ActiveOfferSummary[]): ChildRecord {
  const since = '2025-04-01';
  return {
    child: {
      id: childId, authorityCode: 'W06000015', caseReference: 'CDF-2025-0412', givenName: 'Nia', familyName: 'Evans',
      dateOfBirth: '2015-02-11', legalStatus: 'full-care-order', preferredLanguage: 'cy', firstLanguage: 'cy', otherLanguageName: null,
      communicationNeeds: [], disability: 'none', asylumStatus: 'not-asylum-seeking',
    },
    entitlements: [{ id: ids.entitlement, childId, basis: 'looked-after', start: since, end: null, endReason: null }],
    placements: [{ id: ids.placement, childId, type: 'foster-la', start: since, end: null, location: { kind: 'wales', authorityCode: 'W06000015' }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 4 }],
    allocations: [{ id: ids.allocation, childId, role: 'social-worker', userId: ids.socialWorker, start: since, end: null }],
    lifeEvents: [],
    reviews: [],
    offers: [...offers],
    missingEpisodes: [],
  };
}
