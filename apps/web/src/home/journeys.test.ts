// @vitest-environment node
import { roles } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { journeys, journeysByRole } from './journeys';

describe('the journeys each role sees on their home page', () => {
  it('gives every role a home page, with the rule catalogue for all', () => {
    for (const role of roles.codes) expect(journeysByRole[role]).toContain('ruleCatalogue');
  });

  it('never offers a commissioner anything about one child (aggregates only)', () => {
    const childLevel = ['caseload', 'childPage', 'activeOfferStep', 'missingEpisode', 'returnHomeConversation', 'iroQueue', 'reviewRecord', 'escalation', 'providerInbox'];
    expect(journeysByRole.commissioner.filter((journey) => childLevel.includes(journey))).toEqual([]);
  });

  it('puts the IRO queue only in front of IROs', () => {
    expect(roles.codes.filter((role) => journeysByRole[role].includes('iroQueue'))).toEqual(['iro']);
  });

  it('lists every journey for at least one role', () => {
    const offered = new Set(Object.values(journeysByRole).flat());
    expect(journeys.filter((journey) => !offered.has(journey))).toEqual([]);
  });
});
