// Server-side sessions. The row's id is a hash of the cookie's token, so a copy of the
// database cannot be used to sign in; the API hashes the token before every call here.
import type { User } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { nowTimestamp } from '../database/column-values.js';
import type { Database } from '../database/schema.js';
import { userFromRow } from './user-repository.js';

export interface Session {
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export interface NewSession {
  /** The hash of the session token. */
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}

export async function createSession(db: Kysely<Database>, session: NewSession, now = nowTimestamp()): Promise<Session> {
  await db
    .insertInto('sessions')
    .values({ id: session.id, user_id: session.userId, csrf_token: session.csrfToken, created_at: now, expires_at: session.expiresAt, last_seen_at: now })
    .execute();
  return { ...session, createdAt: now, lastSeenAt: now };
}

/** A session that has not expired, with its user, only when the user is still active. */
export async function findValidSession(db: Kysely<Database>, id: string, now = nowTimestamp()): Promise<{ session: Session; user: User } | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .select([
      'sessions.id as session_id',
      'sessions.csrf_token',
      'sessions.created_at as session_created_at',
      'sessions.expires_at',
      'sessions.last_seen_at',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .where('users.active', '=', 1)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    session: {
      id: row.session_id,
      userId: row.id,
      csrfToken: row.csrf_token,
      createdAt: row.session_created_at,
      expiresAt: row.expires_at,
      lastSeenAt: row.last_seen_at,
    },
    user: userFromRow(row),
  };
}

/** Notes activity; with `expiresAt`, slides the expiry forward too. */
export async function touchSession(db: Kysely<Database>, id: string, { now = nowTimestamp(), expiresAt }: { now?: string; expiresAt?: string } = {}): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, ...(expiresAt ? { expires_at: expiresAt } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Signs a person out everywhere, e.g. after a password change or deactivation. */
export async function deleteSessionsOfUser(db: Kysely<Database>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Kysely<Database>, now = nowTimestamp()): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
