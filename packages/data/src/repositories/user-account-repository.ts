// People as an administrator manages them: each account's status (active, locked after
// repeated failed sign-ins, deactivated) and version, and the changes an administrator makes.
// Every read and write names the administrator's authority, so a person elsewhere is "not
// found", never "forbidden". Who may change what about themselves is the API's decision.
import { authorityRoles, CynnigError, type Role, type User } from '@cynnig/domain';
import type { Kysely, Selectable, Transaction } from 'kysely';
import { toFlag, nowTimestamp } from '../database/column-values.js';
import { engineOf } from '../database/engine.js';
import type { Database, UsersTable } from '../database/schema.js';
import { transaction } from '../database/transaction.js';
import { notFound, staleVersion } from './not-found.js';
import { deleteSessionsOfUser } from './session-repository.js';
import { normaliseEmail, userFromRow } from './user-repository.js';

export const accountStatuses = ['active', 'locked', 'deactivated'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export interface UserAccount {
  readonly user: User;
  readonly status: AccountStatus;
  /** The version to name when changing the account. */
  readonly version: number;
  /** When the lock ends, while the account is locked; otherwise null. */
  readonly lockedUntil: string | null;
  /** Since when the account has been closed; null while it is open. */
  readonly deactivatedAt: string | null;
}

/** The administrator's authority: the only people they reach. */
export interface AccountScope {
  readonly authorityCode: string;
}

/** A deactivated account stays deactivated whatever its lock says; a lock that has run out is no lock. */
export function accountStatusOf(row: Pick<Selectable<UsersTable>, 'active' | 'locked_until'>, now: string): AccountStatus {
  if (Number(row.active) !== 1) return 'deactivated';
  return row.locked_until !== null && row.locked_until > now ? 'locked' : 'active';
}

function accountFromRow(row: Selectable<UsersTable>, now: string): UserAccount {
  const status = accountStatusOf(row, now);
  return {
    user: userFromRow(row),
    status,
    version: Number(row.version),
    lockedUntil: status === 'locked' ? row.locked_until : null,
    deactivatedAt: row.deactivated_at,
  };
}

/** The people of one authority, by name. */
export async function listUserAccounts(db: Kysely<Database>, { authorityCode }: AccountScope, now = nowTimestamp()): Promise<UserAccount[]> {
  const rows = await db.selectFrom('users').selectAll().where('authority_code', '=', authorityCode).orderBy('display_name').orderBy('id').execute();
  return rows.map((row) => accountFromRow(row, now));
}

async function accountRow(db: Kysely<Database>, { authorityCode }: AccountScope, userId: string): Promise<Selectable<UsersTable>> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', userId).where('authority_code', '=', authorityCode).executeTakeFirst();
  if (!row) throw notFound('user', userId);
  return row;
}

/** One person of the authority; anyone else is "not found". */
export async function findUserAccount(db: Kysely<Database>, scope: AccountScope, userId: string, now = nowTimestamp()): Promise<UserAccount> {
  return accountFromRow(await accountRow(db, scope, userId), now);
}

/** What an administrator may change about a person; a field left out stays as it is. */
export interface UserAccountChange {
  readonly displayName?: string;
  readonly email?: string;
  readonly role?: Role;
  /** false deactivates the account (and ends its sessions); true reactivates it. */
  readonly active?: boolean;
}

export type ChangedField = keyof UserAccountChange;

export interface ChangedUserAccount {
  readonly before: UserAccount;
  readonly after: UserAccount;
  /** The fields whose value really changed; empty when the request asked for what was already so. */
  readonly changed: readonly ChangedField[];
  /** Sessions ended because the account was deactivated. */
  readonly sessionsEnded: number;
}

export function emailTaken(): CynnigError {
  return new CynnigError({
    code: 'user.email-taken',
    message: { en: 'Someone already uses this email address', cy: 'Mae rhywun eisoes yn defnyddio\'r cyfeiriad e-bost hwn' },
    path: ['email'],
  });
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

const isActiveAdministrator = (row: Pick<Selectable<UsersTable>, 'role' | 'active'>) => row.role === 'administrator' && Number(row.active) === 1;

/**
 * On PostgreSQL, locks the authority's administrators and the person being changed, so two
 * administrators removing each other at the same moment are taken one after the other and the
 * second sees the first's change. SQLite transactions already take the write lock when they begin.
 */
async function lockAdministratorsOf(trx: Transaction<Database>, authorityCode: string, userId: string): Promise<void> {
  if (engineOf(trx) !== 'postgres') return;
  await trx
    .selectFrom('users')
    .select('id')
    .where('authority_code', '=', authorityCode)
    .where((eb) => eb.or([eb('role', '=', 'administrator'), eb('id', '=', userId)]))
    .forUpdate()
    .execute();
}

/**
 * Changes a person of the authority if nobody else has since `expectedVersion`, in one
 * transaction (joining the caller's): a stale version throws 'conflict.stale-version' with the
 * current version and changes nothing. Deactivating ends every session of the person at once.
 * Refused, changing nothing: a role outside the authority's roles, an email address someone
 * else uses, and any change that would leave the authority without an active administrator.
 */
export async function changeUserAccount(
  db: Kysely<Database>,
  input: AccountScope & { userId: string; expectedVersion: number; change: UserAccountChange; now?: string },
): Promise<ChangedUserAccount> {
  const now = input.now ?? nowTimestamp();
  const { authorityCode, userId, expectedVersion, change } = input;
  if (change.role !== undefined && !authorityRoles.includes(change.role)) {
    throw new CynnigError({
      code: 'user.role-outside-authority',
      message: { en: 'Choose a role in your authority', cy: 'Dewiswch rôl yn eich awdurdod' },
      path: ['role'],
    });
  }
  return transaction(db, async (trx) => {
    await lockAdministratorsOf(trx, authorityCode, userId);
    const row = await accountRow(trx, { authorityCode }, userId);
    if (Number(row.version) !== expectedVersion) throw staleVersion('user', Number(row.version), expectedVersion);

    const next = {
      display_name: change.displayName?.trim() ?? row.display_name,
      email: change.email === undefined ? row.email : normaliseEmail(change.email),
      role: change.role ?? row.role,
      active: change.active === undefined ? Number(row.active) : toFlag(change.active),
    };
    const changed: ChangedField[] = [];
    if (next.display_name !== row.display_name) changed.push('displayName');
    if (next.email !== row.email) changed.push('email');
    if (next.role !== row.role) changed.push('role');
    if (next.active !== Number(row.active)) changed.push('active');
    const before = accountFromRow(row, now);
    if (changed.length === 0) return { before, after: before, changed, sessionsEnded: 0 };

    if (changed.includes('email')) {
      const other = await trx.selectFrom('users').select('id').where('email', '=', next.email).where('id', '<>', userId).executeTakeFirst();
      if (other) throw emailTaken();
    }
    if (isActiveAdministrator(row) && !isActiveAdministrator(next)) {
      const others = await trx
        .selectFrom('users')
        .select('id')
        .where('authority_code', '=', authorityCode)
        .where('role', '=', 'administrator')
        .where('active', '=', 1)
        .where('id', '<>', userId)
        .executeTakeFirst();
      if (!others) {
        throw new CynnigError({
          code: 'user.last-administrator',
          message: {
            en: 'This is the authority\'s only active administrator. Give another person the administrator role first.',
            cy: 'Dyma unig weinyddwr gweithredol yr awdurdod. Rhowch rôl gweinyddwr i berson arall yn gyntaf.',
          },
          path: [changed.includes('role') ? 'role' : 'active'],
        });
      }
    }

    const deactivating = changed.includes('active') && next.active === 0;
    const reactivating = changed.includes('active') && next.active === 1;
    let updated: bigint;
    try {
      const result = await trx
        .updateTable('users')
        .set({
          ...next,
          version: expectedVersion + 1,
          updated_at: now,
          ...(deactivating ? { deactivated_at: now } : {}),
          ...(reactivating ? { deactivated_at: null } : {}),
        })
        .where('id', '=', userId)
        .where('authority_code', '=', authorityCode)
        .where('version', '=', expectedVersion)
        .executeTakeFirst();
      updated = result.numUpdatedRows;
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken();
      throw error;
    }
    if (Number(updated) === 0) {
      const current = await accountRow(trx, { authorityCode }, userId);
      throw staleVersion('user', Number(current.version), expectedVersion);
    }
    const sessionsEnded = deactivating ? await deleteSessionsOfUser(trx, userId) : 0;
    return { before, after: accountFromRow(await accountRow(trx, { authorityCode }, userId), now), changed, sessionsEnded };
  });
}

/**
 * Lets a person locked out by repeated failed sign-ins try again now: the lock and the count of
 * failures are cleared. It overwrites nothing an administrator wrote, so it names no version and
 * leaves the version alone; an account that is not locked is left as it is.
 */
export async function unlockUserAccount(
  db: Kysely<Database>,
  input: AccountScope & { userId: string; now?: string },
): Promise<{ account: UserAccount; wasLocked: boolean }> {
  const now = input.now ?? nowTimestamp();
  return transaction(db, async (trx) => {
    const row = await accountRow(trx, input, input.userId);
    const wasLocked = accountStatusOf(row, now) === 'locked';
    if (row.locked_until === null && row.failed_sign_ins === 0) return { account: accountFromRow(row, now), wasLocked };
    await trx.updateTable('users').set({ locked_until: null, failed_sign_ins: 0, updated_at: now }).where('id', '=', input.userId).execute();
    return { account: accountFromRow(await accountRow(trx, input, input.userId), now), wasLocked };
  });
}
