// What each role may do. Routes check the role here; which children a person reaches is then
// decided by their scope inside the data layer's queries, so both must agree before data flows.
import type { ActiveOfferEventType, Role } from '@cynnig/domain';

const authorityCaseworkers: readonly Role[] = ['social-worker', 'team-manager'];
const providerStaff: readonly Role[] = ['provider-advocate', 'provider-manager'];

export const permissions = {
  /** Browse children and read a child's record (providers: the referral only). */
  readChildren: [...authorityCaseworkers, 'iro', ...providerStaff],
  /** Record facts of a child's life: placements, allocations, life events, legal status. */
  recordChildFacts: authorityCaseworkers,
  readActiveOffer: [...authorityCaseworkers, 'iro', ...providerStaff],
  /** The advocacy providers the person's authority commissions: those who refer, and the IRO who oversees referrals. */
  readProviders: [...authorityCaseworkers, 'iro'],
  readMissingEpisodes: [...authorityCaseworkers, 'iro'],
  recordMissingEpisodes: authorityCaseworkers,
  readOversight: ['iro', 'team-manager'],
  recordOversight: ['iro'],
  recordReviews: ['iro'],
  readIroQueue: ['iro', 'team-manager'],
  readProviderInbox: providerStaff,
  /** Figures: authority staff see their own children exactly; providers and commissioners see published figures. */
  readMonitoring: ['team-manager', 'iro', 'provider-manager', 'commissioner', 'administrator'],
  /** Exports: as above, and advocates export their provider's take-up; child-level extracts stay with authority staff. */
  exportMonitoring: ['team-manager', 'iro', 'provider-manager', 'provider-advocate', 'commissioner', 'administrator'],
  /** Importing files from the authority's case system. */
  importCaseSystemFiles: ['administrator', 'team-manager'],
  manageRuleParameters: ['administrator'],
  manageUsers: ['administrator'],
  readAudit: ['administrator'],
  runSweep: ['administrator'],
} as const satisfies Record<string, readonly Role[]>;

/** Everyone who records some step of the Active Offer. */
export const activeOfferWriters: readonly Role[] = [...authorityCaseworkers, ...providerStaff];

/** Steps of the pathway the local authority records. */
export const authorityActiveOfferEvents: readonly ActiveOfferEventType[] = [
  'OFFER_DUE',
  'CHILD_TOLD',
  'PERMISSION_GIVEN',
  'PERMISSION_REFUSED',
  'PERMISSION_CANNOT_BE_GIVEN',
  'REFERRED',
  'OPTED_BACK_IN',
  'ENTITLEMENT_ENDED',
];

/** Steps the advocacy provider records once the child has been referred to it. */
export const providerActiveOfferEvents: readonly ActiveOfferEventType[] = [
  'CONTACT_ATTEMPTED',
  'OFFER_MADE',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
  'OPTED_OUT',
  'COULD_NOT_CONTACT',
  'OUTCOME_CONFIRMED',
  'ADVOCACY_ENDED',
];

/** Whether a role records this step of the Active Offer. */
export function mayRecordActiveOfferEvent(role: Role, type: ActiveOfferEventType): boolean {
  if ((authorityCaseworkers as readonly string[]).includes(role)) return authorityActiveOfferEvents.includes(type);
  if ((providerStaff as readonly string[]).includes(role)) return providerActiveOfferEvents.includes(type);
  return false;
}
