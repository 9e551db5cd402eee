// What each role comes to Cynnig to do, in the order they will most often do it.
// The first journey with a page of its own is the role's home page after sign-in;
// journeys about one child start from that child's page.
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
  'team-manager': ['caseload', 'childPage', 'activeOfferStep', 'missingEpisode', 'returnHomeConversation', 'escalation', 'export', 'monitoringDashboard', 'ruleCatalogue'],
  iro: ['iroQueue', 'childPage', 'reviewRecord', 'escalation', 'monitoringDashboard', 'ruleCatalogue'],
  'provider-advocate': ['providerInbox', 'activeOfferStep', 'ruleCatalogue'],
  'provider-manager': ['providerInbox', 'activeOfferStep', 'export', 'monitoringDashboard', 'ruleCatalogue'],
  // Commissioners see aggregates only: never a child's page or a referral.
  commissioner: ['monitoringDashboard', 'export', 'ruleCatalogue'],
  administrator: ['usersAndParameters', 'monitoringDashboard', 'export', 'ruleCatalogue'],
};

/** Journeys with a page of their own; the others start from a child's page. */
export const journeyHref: Partial<Record<Journey, string>> = {
  caseload: '/caseload',
  iroQueue: '/iro-queue',
  providerInbox: '/inbox',
  export: '/export',
  monitoringDashboard: '/monitoring',
  usersAndParameters: '/administration',
  ruleCatalogue: '/rules',
};

/** The page a role lands on after signing in: its first journey with a page of its own. */
export function homeJourney(role: Role): Journey {
  return journeysByRole[role].find((journey) => journeyHref[journey] !== undefined) ?? 'ruleCatalogue';
}
