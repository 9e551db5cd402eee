import { describe, expect, it } from 'vitest';
import { activeOfferEventSchema } from './active-offer.js';
import { placementSchema } from './child.js';
import { missingEpisodeSummarySchema } from './missing-episode.js';
import { userSchema } from './user.js';

const id = '0b7e8f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

describe('domain schemas', () => {
  it('refuses a placement that ends before it starts, naming the end date', () => {
    const result = placementSchema.safeParse({
      id, childId: id, type: 'foster-la', start: '2024-05-01', end: '2024-04-01',
      location: { kind: 'wales', authorityCode: 'W06000015' }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: null,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['end']);
  });

  it('refuses an offer made in no format', () => {
    const result = activeOfferEventSchema.safeParse({ type: 'OFFER_MADE', on: '2024-05-01', language: 'cy', formats: [], mode: 'instructed' });
    expect(result.success).toBe(false);
  });

  it('refuses an episode that ends before it starts', () => {
    const result = missingEpisodeSummarySchema.safeParse({
      id, childId: id, kind: 'missing', riskGrade: 'medium', startedAt: '2024-05-02T10:00:00Z', endedAt: '2024-05-01T10:00:00Z',
      conversationOfferedAt: null, conversationHeldAt: null, conversationDeclined: false, exploitationIndicators: [],
    });
    expect(result.success).toBe(false);
  });

  it('insists an advocate belongs to a provider and not to an authority', () => {
    const advocate = { id, email: 'a@example.org', displayName: 'A', role: 'provider-advocate', authorityCode: 'W06000015', providerId: null, preferredLanguage: 'cy', active: true };
    const result = userSchema.safeParse(advocate);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['authorityCode', 'providerId']);
  });
});
