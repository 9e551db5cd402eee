import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProvider, aUser, cardiff, swansea, testEngines, type TestDatabase } from '../test-support/index.js';
import { createSession, deleteExpiredSessions, deleteSession, deleteSessionsOfUser, findValidSession, touchSession } from './session-repository.js';
import { createUser, findUserByEmail, findUserById, isLocked, listUsers, recordFailedSignIn, recordSuccessfulSignIn, setPasswordHash, setPreferredLanguage, setUserActive } from './user-repository.js';

describe.each(testEngines())('users and sessions on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('finds a user by email whatever the case it is typed in', async () => {
    const user = await createUser(database.db, {
      email: 'Gweithiwr.Cymdeithasol@Cardiff.demo.cynnig.cymru', displayName: 'Gweithiwr', role: 'social-worker',
      authorityCode: cardiff, providerId: null, preferredLanguage: 'cy', active: true, passwordHash: 'hash-1',
    });
    const found = await findUserByEmail(database.db, 'gweithiwr.cymdeithasol@cardiff.DEMO.cynnig.cymru');
    expect(found?.user).toEqual(user);
    expect(found?.passwordHash).toBe('hash-1');
    expect(await findUserById(database.db, user.id)).toEqual(user);
  });

  it('refuses a second account with the same email', async () => {
    const input = { email: 'twice@test.cynnig.cymru', displayName: 'Twice', role: 'iro' as const, authorityCode: cardiff, providerId: null, preferredLanguage: 'en' as const, active: true };
    await createUser(database.db, input);
    await expect(createUser(database.db, { ...input, email: 'TWICE@test.cynnig.cymru' })).rejects.toThrow();
  });

  it('refuses an advocate who belongs to an authority rather than a provider', async () => {
    await expect(
      createUser(database.db, { email: 'adv@test.cynnig.cymru', displayName: 'Adv', role: 'provider-advocate', authorityCode: cardiff, providerId: null, preferredLanguage: 'en', active: true }),
    ).rejects.toThrow();
  });

  it('locks an account after five failed sign-ins in a row, and a success clears the count', async () => {
    const user = await aUser(database.db, 'team-manager', { authorityCode: cardiff });
    const now = '2026-03-02T10:00:00.000Z';
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const result = await recordFailedSignIn(database.db, user.id, { now });
      expect(result).toEqual({ failedSignIns: attempt, lockedUntil: null });
    }
    const fifth = await recordFailedSignIn(database.db, user.id, { now });
    expect(fifth.lockedUntil).toBe('2026-03-02T10:15:00.000Z');
    const stored = await findUserByEmail(database.db, user.email);
    expect(isLocked(stored!, '2026-03-02T10:14:59.000Z')).toBe(true);
    expect(isLocked(stored!, '2026-03-02T10:15:01.000Z')).toBe(false);
    await recordFailedSignIn(database.db, user.id, { now });
    await recordSuccessfulSignIn(database.db, user.id);
    expect(await findUserByEmail(database.db, user.email)).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  });

  it('lists the users of one authority or one provider only', async () => {
    const provider = await aProvider(database.db, [swansea]);
    const advocate = await aUser(database.db, 'provider-advocate', { providerId: provider.id });
    const swanseaIro = await aUser(database.db, 'iro', { authorityCode: swansea });
    expect((await listUsers(database.db, { providerId: provider.id })).map((u) => u.id)).toEqual([advocate.id]);
    const inSwansea = await listUsers(database.db, { authorityCode: swansea });
    expect(inSwansea.map((u) => u.id)).toEqual([swanseaIro.id]);
    expect((await listUsers(database.db, { authorityCode: cardiff, role: 'iro' })).every((u) => u.role === 'iro' && u.authorityCode === cardiff)).toBe(true);
  });

  it('keeps a new password hash', async () => {
    const user = await aUser(database.db, 'administrator', { authorityCode: cardiff });
    await setPasswordHash(database.db, user.id, 'argon2id$new');
    expect((await findUserByEmail(database.db, user.email))?.passwordHash).toBe('argon2id$new');
  });

  it('keeps the language a person chooses, and only for that person', async () => {
    const user = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    const colleague = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    await setPreferredLanguage(database.db, user.id, 'cy', '2026-02-02T09:00:00.000Z');
    expect((await findUserById(database.db, user.id))?.preferredLanguage).toBe('cy');
    expect((await findUserById(database.db, colleague.id))?.preferredLanguage).toBe('en');
    await setPreferredLanguage(database.db, user.id, 'en');
    expect((await findUserById(database.db, user.id))?.preferredLanguage).toBe('en');
  });

  it('finds a session only while it is unexpired and its user is active', async () => {
    const user = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    await createSession(database.db, { id: 'hash-a', userId: user.id, csrfToken: 'csrf-a', expiresAt: '2026-03-02T12:00:00.000Z' }, '2026-03-02T10:00:00.000Z');
    const found = await findValidSession(database.db, 'hash-a', '2026-03-02T11:00:00.000Z');
    expect(found?.user.id).toBe(user.id);
    expect(found?.session).toMatchObject({ csrfToken: 'csrf-a', lastSeenAt: '2026-03-02T10:00:00.000Z' });
    expect(await findValidSession(database.db, 'hash-a', '2026-03-02T12:00:00.000Z')).toBeUndefined();

    await touchSession(database.db, 'hash-a', { now: '2026-03-02T11:30:00.000Z', expiresAt: '2026-03-02T13:30:00.000Z' });
    expect((await findValidSession(database.db, 'hash-a', '2026-03-02T12:30:00.000Z'))?.session.lastSeenAt).toBe('2026-03-02T11:30:00.000Z');

    await setUserActive(database.db, user.id, false);
    expect(await findValidSession(database.db, 'hash-a', '2026-03-02T12:30:00.000Z')).toBeUndefined();
  });

  it('deletes one session, all of a user\'s sessions, and expired sessions', async () => {
    const user = await aUser(database.db, 'iro', { authorityCode: cardiff });
    await createSession(database.db, { id: 'hash-b1', userId: user.id, csrfToken: 'c', expiresAt: '2026-04-01T00:00:00.000Z' });
    await createSession(database.db, { id: 'hash-b2', userId: user.id, csrfToken: 'c', expiresAt: '2026-04-01T00:00:00.000Z' });
    await createSession(database.db, { id: 'hash-b3', userId: user.id, csrfToken: 'c', expiresAt: '2026-01-01T00:00:00.000Z' });
    await deleteSession(database.db, 'hash-b1');
    expect(await findValidSession(database.db, 'hash-b1', '2026-03-01T00:00:00.000Z')).toBeUndefined();
    expect(await deleteExpiredSessions(database.db, '2026-03-01T00:00:00.000Z')).toBeGreaterThanOrEqual(1);
    expect(await deleteSessionsOfUser(database.db, user.id)).toBe(1);
  });
});
