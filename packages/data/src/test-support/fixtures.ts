// Small, valid inputs for tests that need a child, a provider or a user in the database.
// Names are invented; every value passes the domain's schemas.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '@cynnig/domain';
import type { Database } from '../database/schema.js';
import { createChild, type NewChild, type StoredChild } from '../repositories/child-repository.js';
import { addEntitlement } from '../repositories/entitlement-repository.js';
import { createProvider } from '../repositories/provider-repository.js';
import { createUser } from '../repositories/user-repository.js';

export const cardiff = 'W06000015';
export const swansea = 'W06000011';

let counter = 0;

export function aChild(authorityCode = cardiff, overrides: Partial<NewChild> = {}): NewChild {
  counter += 1;
  return {
    authorityCode,
    caseReference: `TEST-${counter}-${randomUUID().slice(0, 8)}`,
    givenName: 'Ffion',
    familyName: 'Jones',
    dateOfBirth: '2012-03-04',
    legalStatus: 'full-care-order',
    preferredLanguage: 'cy',
    firstLanguage: 'cy',
    otherLanguageName: null,
    communicationNeeds: [],
    disability: 'none',
    asylumStatus: 'not-asylum-seeking',
    ...overrides,
  };
}

/** A looked after child (with an open looked-after entitlement from `since`). */
export async function aLookedAfterChild(db: Kysely<Database>, authorityCode = cardiff, overrides: Partial<NewChild> = {}, since = '2024-01-10'): Promise<StoredChild> {
  const stored = await createChild(db, aChild(authorityCode, overrides));
  await addEntitlement(db, { childId: stored.child.id, basis: 'looked-after', start: since, end: null, endReason: null });
  return stored;
}

export async function aProvider(db: Kysely<Database>, authorityCodes: string[] = [cardiff], name = 'Eiriolaeth Prawf') {
  return createProvider(db, { name: `${name} ${randomUUID().slice(0, 6)}`, authorityCodes });
}

export async function aUser(db: Kysely<Database>, role: Role, where: { authorityCode?: string; providerId?: string } = {}) {
  const id = randomUUID();
  return createUser(db, {
    id,
    email: `${role}.${id.slice(0, 8)}@test.cynnig.cymru`,
    displayName: `Test ${role}`,
    role,
    authorityCode: where.authorityCode ?? null,
    providerId: where.providerId ?? null,
    preferredLanguage: 'en',
    active: true,
  });
}
