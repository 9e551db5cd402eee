// Every /api/v1 operation with the roles that may use it, for the authorisation matrix and the
// fuzz test. A route missing from here fails the completeness check against the OpenAPI document.
import type { Role } from '@cynnig/domain';
import { permissions } from '../auth/permissions.js';
import { importers } from '../routes/v1/imports/post.js';
import { monitoringExporters, monitoringReaders } from '../services/monitoring-service.js';

export interface CatalogueRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path, with {childId}, {caseId} and {userId} placeholders. */
  readonly path: string;
  /** Roles the route lets in; 'everyone' for any signed-in person, 'anyone' when no sign-in is needed. */
  readonly roles: readonly Role[] | 'everyone' | 'anyone';
  /** True when the route reads or writes one child's data, so scope decides as well as role. */
  readonly childLevel: boolean;
  /** Whether scope reaches the child for a provider (only the referral-related routes). */
  readonly providerReaches?: boolean;
  /** True when the route reaches one person ({userId}): only an administrator of that person's authority may. */
  readonly personLevel?: boolean;
  readonly body?: () => unknown;
}

const providerWriters: Role[] = [...permissions.recordChildFacts, 'provider-advocate', 'provider-manager'];

export const routeCatalogue: readonly CatalogueRoute[] = [
  { method: 'GET', path: '/api/v1/session', roles: 'anyone', childLevel: false },
  { method: 'POST', path: '/api/v1/session', roles: 'anyone', childLevel: false, body: () => ({ email: 'x@example.gov.wales', password: 'x' }) },
  { method: 'DELETE', path: '/api/v1/session', roles: 'everyone', childLevel: false },
  { method: 'PATCH', path: '/api/v1/me', roles: 'everyone', childLevel: false, body: () => ({ preferredLanguage: 'cy' }) },
  { method: 'GET', path: '/api/v1/children', roles: permissions.readChildren, childLevel: false },
  { method: 'GET', path: '/api/v1/children/{childId}', roles: permissions.readChildren, childLevel: true, providerReaches: true },
  { method: 'GET', path: '/api/v1/children/{childId}/timeline', roles: permissions.readMissingEpisodes, childLevel: true },
  { method: 'GET', path: '/api/v1/children/{childId}/active-offer', roles: permissions.readActiveOffer, childLevel: true, providerReaches: true },
  { method: 'POST', path: '/api/v1/children/{childId}/active-offer/events', roles: providerWriters, childLevel: true, providerReaches: true, body: () => ({ event: { type: 'OPTED_BACK_IN', on: '2025-03-01' }, expectedVersion: 99 }) },
  { method: 'GET', path: '/api/v1/children/{childId}/missing-episodes', roles: permissions.readMissingEpisodes, childLevel: true },
  { method: 'GET', path: '/api/v1/children/{childId}/missing-episodes/{caseId}', roles: permissions.readMissingEpisodes, childLevel: true },
  { method: 'POST', path: '/api/v1/children/{childId}/missing-episodes', roles: permissions.recordMissingEpisodes, childLevel: true, body: () => ({ event: { type: 'REPORTED', at: '2025-02-01T20:00:00.000Z', kind: 'missing', riskGrade: 'medium', lastSeenAt: '2025-02-01T18:00:00.000Z', reportedBy: 'Carer', policeReference: null }, expectedVersion: 7 }) },
  { method: 'POST', path: '/api/v1/children/{childId}/missing-episodes/{caseId}/events', roles: permissions.recordMissingEpisodes, childLevel: true, body: () => ({ event: { type: 'CLOSED', at: '2025-02-03T10:00:00.000Z' }, expectedVersion: 99 }) },
  { method: 'GET', path: '/api/v1/children/{childId}/oversight', roles: permissions.readOversight, childLevel: true },
  { method: 'GET', path: '/api/v1/children/{childId}/oversight/{caseId}', roles: permissions.readOversight, childLevel: true },
  { method: 'POST', path: '/api/v1/children/{childId}/oversight', roles: permissions.recordOversight, childLevel: true, body: () => ({ event: { type: 'RAISED', on: '2025-02-01', ruleId: 'manual', reason: 'Concern' }, expectedVersion: 7 }) },
  { method: 'POST', path: '/api/v1/children/{childId}/oversight/{caseId}/events', roles: permissions.recordOversight, childLevel: true, body: () => ({ event: { type: 'ACKNOWLEDGED', on: '2025-02-02' }, expectedVersion: 99 }) },
  { method: 'POST', path: '/api/v1/children/{childId}/life-events', roles: permissions.recordChildFacts, childLevel: true, body: () => ({ kind: 'school-move', occurredOn: '2025-02-01', note: null }) },
  { method: 'POST', path: '/api/v1/children/{childId}/placements', roles: permissions.recordChildFacts, childLevel: true, body: () => ({ type: 'foster-la', start: '2025-02-01', location: { kind: 'wales', authorityCode: 'W06000015' }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 3 }) },
  { method: 'POST', path: '/api/v1/children/{childId}/allocations', roles: permissions.recordChildFacts, childLevel: true, body: () => ({ role: 'iro', userId: '00000000-0000-4000-8000-000000000000', start: '2025-02-01' }) },
  { method: 'POST', path: '/api/v1/children/{childId}/reviews', roles: permissions.recordReviews, childLevel: true, body: () => ({ kind: 'first', heldOn: '2025-02-01', advocacyFinding: 'does-not-know', spokeToChildPrivately: true, note: null }) },
  { method: 'GET', path: '/api/v1/queues/iro', roles: permissions.readIroQueue, childLevel: false },
  { method: 'GET', path: '/api/v1/queues/team', roles: ['team-manager'], childLevel: false },
  { method: 'GET', path: '/api/v1/queues/caseload', roles: ['social-worker'], childLevel: false },
  { method: 'GET', path: '/api/v1/queues/provider-inbox', roles: permissions.readProviderInbox, childLevel: false },
  { method: 'GET', path: '/api/v1/providers', roles: permissions.readProviders, childLevel: false },
  { method: 'GET', path: '/api/v1/rules', roles: 'everyone', childLevel: false },
  { method: 'GET', path: '/api/v1/rule-parameters', roles: permissions.manageRuleParameters, childLevel: false },
  { method: 'PUT', path: '/api/v1/rule-parameters/{ruleId}', roles: permissions.manageRuleParameters, childLevel: false, body: () => ({ enabled: false, expectedVersion: 99 }) },
  { method: 'GET', path: '/api/v1/users', roles: permissions.manageUsers, childLevel: false },
  { method: 'POST', path: '/api/v1/users', roles: permissions.manageUsers, childLevel: false, body: () => ({ email: 'not an email', displayName: '', role: 'iro', preferredLanguage: 'cy', password: 'short' }) },
  { method: 'GET', path: '/api/v1/users/{userId}', roles: permissions.manageUsers, childLevel: false, personLevel: true },
  { method: 'PATCH', path: '/api/v1/users/{userId}', roles: permissions.manageUsers, childLevel: false, personLevel: true, body: () => ({ expectedVersion: 99, role: 'iro' }) },
  { method: 'POST', path: '/api/v1/users/{userId}/unlock', roles: permissions.manageUsers, childLevel: false, personLevel: true },
  { method: 'GET', path: '/api/v1/audit', roles: permissions.readAudit, childLevel: false },
  { method: 'POST', path: '/api/v1/sweep', roles: permissions.runSweep, childLevel: false, body: () => ({}) },
  { method: 'GET', path: '/api/v1/monitoring', roles: monitoringReaders, childLevel: false },
  { method: 'GET', path: '/api/v1/monitoring/measures', roles: monitoringReaders, childLevel: false },
  { method: 'GET', path: '/api/v1/monitoring/dashboard', roles: monitoringReaders, childLevel: false },
  /** {kind} is 'measures' in the matrix, the export every exporter may take; the others are checked beside the route. */
  { method: 'GET', path: '/api/v1/exports/{kind}', roles: monitoringExporters, childLevel: false },
  { method: 'POST', path: '/api/v1/imports/{fileType}', roles: importers, childLevel: false, body: () => 'authority_code,case_reference\n' },
];

export function allows(route: CatalogueRoute, role: Role): boolean {
  return route.roles === 'anyone' || route.roles === 'everyone' || route.roles.includes(role);
}
