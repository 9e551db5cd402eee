// What each role comes to Cynnig to do, in the order they will most often do it.
// The home page lists these; a journey gets its link when its pages are built.
import type { Role } from '@cynnig/domain';

export const journeys = [
  'caseload',
  'childPage',
  'activeOfferStep',
  'missingEpisode',
  'returnHomeConversation',
  'iroQueue',
  'reviewRecord',
  'escalation',
  'providerInbox',
  'export',
  'monitoringDashboard',
  'usersAndParameters',
  'ruleCatalogue',
] as const;
export type Journey = (typeof journeys)[number];

export const journeysByRole: Record<Role, readonly Journey[]> = {
  'social-worker': ['caseload', 'childPage', 'activeOfferStep', 'missingEpisode', 'returnHomeConversation', 'ruleCatalogue'],
  'team-manager': ['caseload', 'childPage', 'activeOfferStep', 'missingEpisode', 'returnHomeConversation', 'escalation', 'ruleCatalogue'],
  iro: ['iroQueue', 'childPage', 'reviewRecord', 'escalation', 'ruleCatalogue'],
  'provider-advocate': ['providerInbox', 'activeOfferStep', 'returnHomeConversation', 'ruleCatalogue'],
  'provider-manager': ['providerInbox', 'activeOfferStep', 'export', 'ruleCatalogue'],
  // Commissioners see aggregates only: never a child's page or a referral.
  commissioner: ['monitoringDashboard', 'ruleCatalogue'],
  administrator: ['usersAndParameters', 'monitoringDashboard', 'ruleCatalogue'],
};

/** Where each built journey lives; a journey missing here is shown as "Coming soon". */
export const journeyHref: Partial<Record<Journey, string>> = {
  ruleCatalogue: '/rules',
};
