// People who sign in: accounts, roles and the counters behind sign-in lockout. Password
// hashing happens in the API; this layer only stores the hash.
import { randomUUID } from 'node:crypto';
import { userSchema, type Language, type User } from '@cynnig/domain';
import type { Kysely, Selectable } from 'kysely';
import { fromFlag, nowTimestamp, toFlag } from '../database/column-values.js';
import type { Database, UsersTable } from '../database/schema.js';

export interface UserCredentials {
  user: User;
  passwordHash: string | null;
  failedSignIns: number;
  lockedUntil: string | null;
}

export type NewUser = Omit<User, 'id'> & { id?: string; passwordHash?: string | null };

export function userFromRow(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as User['role'],
    authorityCode: row.authority_code,
    providerId: row.provider_id,
    preferredLanguage: row.preferred_language as User['preferredLanguage'],
    active: fromFlag(row.active),
  };
}

function credentialsFromRow(row: Selectable<UsersTable>): UserCredentials {
  return { user: userFromRow(row), passwordHash: row.password_hash, failedSignIns: row.failed_sign_ins, lockedUntil: row.locked_until };
}

/** Email addresses are compared without regard to case: they are stored lower-cased. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createUser(db: Kysely<Database>, input: NewUser, now = nowTimestamp()): Promise<User> {
  const user = userSchema.parse({ ...input, id: input.id ?? randomUUID(), email: normaliseEmail(input.email) });
  await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      display_name: user.displayName,
      role: user.role,
      authority_code: user.authorityCode,
      provider_id: user.providerId,
      preferred_language: user.preferredLanguage,
      active: toFlag(user.active),
      password_hash: input.passwordHash ?? null,
      failed_sign_ins: 0,
      locked_until: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return user;
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserCredentials | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row ? credentialsFromRow(row) : undefined;
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<User | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? userFromRow(row) : undefined;
}

export interface UserFilter {
  authorityCode?: string;
  providerId?: string;
  role?: User['role'];
}

/** Users of one authority or provider: what an administrator manages. */
export async function listUsers(db: Kysely<Database>, filter: UserFilter = {}): Promise<User[]> {
  let query = db.selectFrom('users').selectAll();
  if (filter.authorityCode) query = query.where('authority_code', '=', filter.authorityCode);
  if (filter.providerId) query = query.where('provider_id', '=', filter.providerId);
  if (filter.role) query = query.where('role', '=', filter.role);
  return (await query.orderBy('display_name').orderBy('id').execute()).map(userFromRow);
}

export async function setPasswordHash(db: Kysely<Database>, userId: string, passwordHash: string, now = nowTimestamp()): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash, updated_at: now }).where('id', '=', userId).execute();
}

/** The language Cynnig speaks to the person in, for every page and message it generates (Welsh Language Standards). */
export async function setPreferredLanguage(db: Kysely<Database>, userId: string, language: Language, now = nowTimestamp()): Promise<void> {
  await db.updateTable('users').set({ preferred_language: language, updated_at: now }).where('id', '=', userId).execute();
}

/**
 * Opens or closes an account outside any authority's administration (tests, the command line);
 * like an administrator's change it moves the version on and keeps `deactivated_at` true.
 * Administrators use `changeUserAccount`, which also checks versions and ends sessions.
 */
export async function setUserActive(db: Kysely<Database>, userId: string, active: boolean, now = nowTimestamp()): Promise<void> {
  await db
    .updateTable('users')
    .set((eb) => ({ active: toFlag(active), deactivated_at: active ? null : now, version: eb('version', '+', 1), updated_at: now }))
    .where('id', '=', userId)
    .where('active', '=', toFlag(!active))
    .execute();
}

export interface LockoutPolicy {
  /** Failed attempts in a row that lock the account. */
  lockAfter: number;
  lockMinutes: number;
}

export const defaultLockoutPolicy: LockoutPolicy = { lockAfter: 5, lockMinutes: 15 };

/**
 * Counts a failed sign-in in the database (one statement, so two attempts at once both count)
 * and locks the account once the count reaches the policy's limit.
 */
export async function recordFailedSignIn(
  db: Kysely<Database>,
  userId: string,
  { now = nowTimestamp(), policy = defaultLockoutPolicy }: { now?: string; policy?: LockoutPolicy } = {},
): Promise<{ failedSignIns: number; lockedUntil: string | null }> {
  await db.updateTable('users').set((eb) => ({ failed_sign_ins: eb('failed_sign_ins', '+', 1) })).where('id', '=', userId).execute();
  const row = await db.selectFrom('users').select(['failed_sign_ins', 'locked_until']).where('id', '=', userId).executeTakeFirst();
  if (!row) return { failedSignIns: 0, lockedUntil: null };
  if (row.failed_sign_ins >= policy.lockAfter) {
    const lockedUntil = new Date(Date.parse(now) + policy.lockMinutes * 60_000).toISOString();
    await db.updateTable('users').set({ locked_until: lockedUntil, failed_sign_ins: 0 }).where('id', '=', userId).execute();
    return { failedSignIns: row.failed_sign_ins, lockedUntil };
  }
  return { failedSignIns: row.failed_sign_ins, lockedUntil: row.locked_until };
}

export async function recordSuccessfulSignIn(db: Kysely<Database>, userId: string): Promise<void> {
  await db.updateTable('users').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', userId).execute();
}

export function isLocked(credentials: Pick<UserCredentials, 'lockedUntil'>, now = nowTimestamp()): boolean {
  return credentials.lockedUntil !== null && credentials.lockedUntil > now;
}
