// Checks the route tests share: that a refused request wrote nothing (no row, no audit record),
// what the audit log holds about a person or a child, a problem's messages by field, a person's
// language, and the steps that put a child in front of a provider.
import { addEntitlement, createChild } from '@cynnig/data';
import type { EntitlementBasis, LegalStatus } from '@cynnig/domain';
import { expect } from 'vitest';
import { problemSchema, type Problem } from '../problems/problem-schema.js';
import { databaseFingerprint } from './database-fingerprint.js';
import type { Agent, PersonKey, TestWorld } from './test-world.js';

export interface AuditRecord {
  readonly action: string;
  readonly childId: string | null;
  readonly userId: string | null;
  readonly role: string | null;
  readonly scope: string;
  readonly detail: Record<string, unknown>;
}

/** The audit log's records, oldest first, narrowed to a person, a child or an action. */
export async function auditRecords(world: TestWorld, filter: { userId?: string; childId?: string; action?: string } = {}): Promise<AuditRecord[]> {
  let query = world.database.db.selectFrom('audit_log').selectAll();
  if (filter.userId !== undefined) query = query.where('user_id', '=', filter.userId);
  if (filter.childId !== undefined) query = query.where('child_id', '=', filter.childId);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  const rows = await query.orderBy('id').execute();
  return rows.map((row) => ({ action: row.action, childId: row.child_id, userId: row.user_id, role: row.role, scope: row.scope, detail: JSON.parse(row.detail) as Record<string, unknown> }));
}

const auditCount = async (world: TestWorld) => Number((await world.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/**
 * Sends a request that must be refused with `status`, and checks that it changed nothing: every
 * table a request could write holds what it held, and the audit log has no new record (a refused
 * read is not a read). Returns the problem document.
 */
export async function refusedWithoutTrace(world: TestWorld, status: number, send: () => Promise<Response>): Promise<Problem> {
  const before = await databaseFingerprint(world.database.db);
  const auditedBefore = await auditCount(world);
  const response = await send();
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  expect(await databaseFingerprint(world.database.db)).toEqual(before);
  expect(await auditCount(world), 'a refused request leaves no audit record').toBe(auditedBefore);
  return problemSchema.parse(JSON.parse(text));
}

/** A problem's field messages, keyed by the field's path. */
export const fieldMessages = (problem: Pick<Problem, 'errors'>): Record<string, string> => Object.fromEntries(problem.errors.map((error) => [error.path, error.message]));

/** Stores the person's language, which every later answer to any of their sessions uses. */
export async function speaks(agent: Agent, language: 'en' | 'cy'): Promise<void> {
  expect((await agent.json('PATCH', '/api/v1/me', { preferredLanguage: language })).status).toBe(200);
}

/** A child with a name and case reference of the test's choosing, entitled from 2025-01-06. */
export async function addNamedChild(
  world: TestWorld,
  child: { authorityCode: string; givenName: string; familyName: string; caseReference: string; legalStatus?: LegalStatus; basis?: EntitlementBasis; dateOfBirth?: string; entitledFrom?: string },
): Promise<string> {
  const { child: stored } = await createChild(world.database.db, {
    authorityCode: child.authorityCode,
    caseReference: child.caseReference,
    givenName: child.givenName,
    familyName: child.familyName,
    dateOfBirth: child.dateOfBirth ?? '2012-05-01',
    legalStatus: child.legalStatus ?? 'full-care-order',
    preferredLanguage: 'cy',
    firstLanguage: 'cy',
    otherLanguageName: null,
    communicationNeeds: [],
    disability: 'none',
    asylumStatus: 'not-asylum-seeking',
  });
  await addEntitlement(world.database.db, { childId: stored.id, basis: child.basis ?? 'looked-after', start: child.entitledFrom ?? '2025-01-06', end: null, endReason: null });
  return stored.id;
}

/** The authority's steps from the offer falling due to the referral; returns the case's version. */
export async function referToProvider(world: TestWorld, who: PersonKey, childId: string, providerId: string, from = '2025-01-06'): Promise<number> {
  const agent = await world.signIn(who);
  let version = 0;
  for (const event of [
    { type: 'OFFER_DUE', on: from, trigger: 'became-looked-after' },
    { type: 'CHILD_TOLD', on: from, method: 'visit', language: 'cy' },
    { type: 'PERMISSION_GIVEN', on: from },
    { type: 'REFERRED', on: from, providerId },
  ]) {
    const response = await agent.json('POST', `/api/v1/children/${childId}/active-offer/events`, { event, expectedVersion: version });
    expect(response.status, await response.clone().text()).toBe(201);
    version = ((await response.json()) as { version: number }).version;
  }
  return version;
}
