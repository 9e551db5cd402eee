// @vitest-environment node
import { roles } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { homeJourney, journeyHref, journeys, journeysByRole } from './journeys';

describe('the journeys each role sees', () => {
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

  it.each([
    { role: 'social-worker', home: '/caseload' },
    { role: 'team-manager', home: '/caseload' },
    { role: 'iro', home: '/iro-queue' },
    { role: 'provider-advocate', home: '/inbox' },
    { role: 'provider-manager', home: '/inbox' },
    { role: 'commissioner', home: '/monitoring' },
    { role: 'administrator', home: '/administration' },
  ] as const)('lands a $role on $home after signing in', ({ role, home }) => {
    expect(journeyHref[homeJourney(role)]).toBe(home);
  });
});
