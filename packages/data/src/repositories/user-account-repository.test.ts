import { CynnigError } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aProvider, aUser, cardiff, swansea, testEngines, type TestDatabase } from '../test-support/index.js';
import { createSession, findValidSession } from './session-repository.js';
import { changeUserAccount, findUserAccount, listUserAccounts, unlockUserAccount } from './user-account-repository.js';
import { findUserByEmail, recordFailedSignIn } from './user-repository.js';

const now = '2026-03-02T10:00:00.000Z';

/** The error a call throws, so a test can check its code, field and details. */
async function refusal(work: Promise<unknown>): Promise<CynnigError> {
  const error = await work.then(() => null, (thrown: unknown) => thrown);
  if (!(error instanceof CynnigError)) throw new Error(`expected a CynnigError, got ${String(error)}`);
  return error;
}

describe.each(testEngines())('people an administrator manages, on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('lists the people of one authority only, each with their status: active, locked or deactivated', async () => {
    const provider = await aProvider(database.db, [swansea]);
    await aUser(database.db, 'provider-advocate', { providerId: provider.id });
    await aUser(database.db, 'iro', { authorityCode: cardiff });
    const active = await aUser(database.db, 'social-worker', { authorityCode: swansea });
    const locked = await aUser(database.db, 'team-manager', { authorityCode: swansea });
    const closed = await aUser(database.db, 'iro', { authorityCode: swansea });
    const administrator = await aUser(database.db, 'administrator', { authorityCode: swansea });
    for (let attempt = 0; attempt < 5; attempt += 1) await recordFailedSignIn(database.db, locked.id, { now });
    await changeUserAccount(database.db, { authorityCode: swansea, userId: closed.id, expectedVersion: 1, change: { active: false }, now });

    const people = await listUserAccounts(database.db, { authorityCode: swansea }, '2026-03-02T10:05:00.000Z');
    expect(people.map((person) => person.user.id).sort()).toEqual([active.id, locked.id, closed.id, administrator.id].sort());
    const statusOf = (id: string) => people.find((person) => person.user.id === id)?.status;
    expect([statusOf(active.id), statusOf(locked.id), statusOf(closed.id)]).toEqual(['active', 'locked', 'deactivated']);
    expect(people.find((person) => person.user.id === locked.id)?.lockedUntil).toBe('2026-03-02T10:15:00.000Z');
    expect(people.find((person) => person.user.id === closed.id)?.deactivatedAt).toBe(now);

    const later = await listUserAccounts(database.db, { authorityCode: swansea }, '2026-03-02T10:16:00.000Z');
    expect(later.find((person) => person.user.id === locked.id)).toMatchObject({ status: 'active', lockedUntil: null });
  });

  it('finds a person of the authority, and nobody elsewhere', async () => {
    const worker = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    const provider = await aProvider(database.db, [cardiff]);
    const advocate = await aUser(database.db, 'provider-advocate', { providerId: provider.id });
    expect((await findUserAccount(database.db, { authorityCode: cardiff }, worker.id)).user).toEqual(worker);
    expect((await refusal(findUserAccount(database.db, { authorityCode: swansea }, worker.id))).code).toBe('not-found.user');
    expect((await refusal(findUserAccount(database.db, { authorityCode: cardiff }, advocate.id))).code).toBe('not-found.user');
    const elsewhere = await refusal(changeUserAccount(database.db, { authorityCode: swansea, userId: worker.id, expectedVersion: 1, change: { role: 'iro' } }));
    expect(elsewhere.code).toBe('not-found.user');
    expect((await findUserAccount(database.db, { authorityCode: cardiff }, worker.id)).user.role).toBe('social-worker');
  });

  it('changes a person\'s role, name and email address with the version read, and moves the version on by one', async () => {
    const worker = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    const changed = await changeUserAccount(database.db, {
      authorityCode: cardiff, userId: worker.id, expectedVersion: 1, now,
      change: { role: 'team-manager', displayName: '  Elin Rowlands ', email: 'Elin.Rowlands@Cardiff.example.gov.wales' },
    });
    expect(changed.changed).toEqual(['displayName', 'email', 'role']);
    expect(changed.before.user.role).toBe('social-worker');
    expect(changed.after).toMatchObject({ version: 2, status: 'active', user: { role: 'team-manager', displayName: 'Elin Rowlands', email: 'elin.rowlands@cardiff.example.gov.wales' } });
    expect((await findUserByEmail(database.db, 'ELIN.ROWLANDS@cardiff.example.gov.wales'))?.user.id).toBe(worker.id);
  });

  it('refuses a stale version with the current one, and changes nothing', async () => {
    const iro = await aUser(database.db, 'iro', { authorityCode: cardiff });
    await changeUserAccount(database.db, { authorityCode: cardiff, userId: iro.id, expectedVersion: 1, change: { displayName: 'First change' } });
    const stale = await refusal(changeUserAccount(database.db, { authorityCode: cardiff, userId: iro.id, expectedVersion: 1, change: { role: 'team-manager', active: false } }));
    expect(stale.code).toBe('conflict.stale-version');
    expect(stale.details).toMatchObject({ currentVersion: 2, expectedVersion: 1 });
    expect(await findUserAccount(database.db, { authorityCode: cardiff }, iro.id)).toMatchObject({ version: 2, status: 'active', user: { role: 'iro', displayName: 'First change' } });
  });

  it('moves nothing on when asked for what is already so', async () => {
    const manager = await aUser(database.db, 'team-manager', { authorityCode: cardiff });
    const same = await changeUserAccount(database.db, { authorityCode: cardiff, userId: manager.id, expectedVersion: 1, change: { role: 'team-manager', active: true, email: manager.email.toUpperCase() } });
    expect(same.changed).toEqual([]);
    expect(same.after.version).toBe(1);
  });

  it('ends every session of a person as their account is deactivated, and opens it again on reactivation', async () => {
    const worker = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    await createSession(database.db, { id: 'hash-laptop', userId: worker.id, csrfToken: 'c1', expiresAt: '2026-03-02T12:00:00.000Z' }, now);
    await createSession(database.db, { id: 'hash-phone', userId: worker.id, csrfToken: 'c2', expiresAt: '2026-03-02T12:00:00.000Z' }, now);
    const closed = await changeUserAccount(database.db, { authorityCode: cardiff, userId: worker.id, expectedVersion: 1, change: { active: false }, now });
    expect(closed).toMatchObject({ changed: ['active'], sessionsEnded: 2, after: { status: 'deactivated', deactivatedAt: now, version: 2 } });
    const sessions = await database.db.selectFrom('sessions').select('id').where('user_id', '=', worker.id).execute();
    expect(sessions).toEqual([]);
    expect(await findValidSession(database.db, 'hash-laptop', now)).toBeUndefined();

    const reopened = await changeUserAccount(database.db, { authorityCode: cardiff, userId: worker.id, expectedVersion: 2, change: { active: true }, now: '2026-03-03T09:00:00.000Z' });
    expect(reopened.after).toMatchObject({ status: 'active', deactivatedAt: null, version: 3 });
    expect((await findUserByEmail(database.db, worker.email))?.user.active).toBe(true);
  });

  it('refuses an email address someone else uses, whatever its case, and changes nothing', async () => {
    const first = await aUser(database.db, 'iro', { authorityCode: cardiff });
    const second = await aUser(database.db, 'iro', { authorityCode: cardiff });
    const taken = await refusal(changeUserAccount(database.db, { authorityCode: cardiff, userId: second.id, expectedVersion: 1, change: { email: first.email.toUpperCase(), displayName: 'Renamed' } }));
    expect(taken.code).toBe('user.email-taken');
    expect(taken.path).toEqual(['email']);
    expect(await findUserAccount(database.db, { authorityCode: cardiff }, second.id)).toMatchObject({ version: 1, user: { email: second.email, displayName: second.displayName } });
  });

  it('refuses a role the authority does not give (a provider\'s or a commissioner\'s)', async () => {
    const worker = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    for (const role of ['provider-advocate', 'commissioner'] as const) {
      const refused = await refusal(changeUserAccount(database.db, { authorityCode: cardiff, userId: worker.id, expectedVersion: 1, change: { role } }));
      expect(refused.code).toBe('user.role-outside-authority');
      expect(refused.path).toEqual(['role']);
    }
    expect((await findUserAccount(database.db, { authorityCode: cardiff }, worker.id)).user.role).toBe('social-worker');
  });

  it('never leaves an authority without an active administrator', async () => {
    const gwynedd = 'W06000002';
    const only = await aUser(database.db, 'administrator', { authorityCode: gwynedd });
    const demoted = await refusal(changeUserAccount(database.db, { authorityCode: gwynedd, userId: only.id, expectedVersion: 1, change: { role: 'team-manager' } }));
    expect([demoted.code, demoted.path]).toEqual(['user.last-administrator', ['role']]);
    const closed = await refusal(changeUserAccount(database.db, { authorityCode: gwynedd, userId: only.id, expectedVersion: 1, change: { active: false } }));
    expect([closed.code, closed.path]).toEqual(['user.last-administrator', ['active']]);

    const second = await aUser(database.db, 'administrator', { authorityCode: gwynedd });
    const handedOver = await changeUserAccount(database.db, { authorityCode: gwynedd, userId: only.id, expectedVersion: 1, change: { role: 'iro' } });
    expect(handedOver.after.user.role).toBe('iro');
    expect((await refusal(changeUserAccount(database.db, { authorityCode: gwynedd, userId: second.id, expectedVersion: 1, change: { active: false } }))).code).toBe('user.last-administrator');
  });

  it('lets only one of two administrators who remove each other at the same moment succeed', async () => {
    const powys = 'W06000023';
    const first = await aUser(database.db, 'administrator', { authorityCode: powys });
    const second = await aUser(database.db, 'administrator', { authorityCode: powys });
    const outcomes = await Promise.allSettled([
      changeUserAccount(database.db, { authorityCode: powys, userId: second.id, expectedVersion: 1, change: { active: false } }),
      changeUserAccount(database.db, { authorityCode: powys, userId: first.id, expectedVersion: 1, change: { active: false } }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
    expect((rejected.reason as CynnigError).code).toBe('user.last-administrator');
    const administrators = (await listUserAccounts(database.db, { authorityCode: powys })).filter((person) => person.user.role === 'administrator' && person.status !== 'deactivated');
    expect(administrators).toHaveLength(1);
  });

  it('unlocks an account locked by failed sign-ins without moving its version, and leaves an open account as it is', async () => {
    const manager = await aUser(database.db, 'team-manager', { authorityCode: cardiff });
    for (let attempt = 0; attempt < 5; attempt += 1) await recordFailedSignIn(database.db, manager.id, { now });
    const unlocked = await unlockUserAccount(database.db, { authorityCode: cardiff, userId: manager.id, now: '2026-03-02T10:01:00.000Z' });
    expect(unlocked).toMatchObject({ wasLocked: true, account: { status: 'active', lockedUntil: null, version: 1 } });
    expect(await findUserByEmail(database.db, manager.email)).toMatchObject({ failedSignIns: 0, lockedUntil: null });

    const before = await database.db.selectFrom('users').select('updated_at').where('id', '=', manager.id).executeTakeFirstOrThrow();
    const again = await unlockUserAccount(database.db, { authorityCode: cardiff, userId: manager.id, now: '2026-03-02T11:00:00.000Z' });
    expect(again.wasLocked).toBe(false);
    expect(await database.db.selectFrom('users').select('updated_at').where('id', '=', manager.id).executeTakeFirstOrThrow()).toEqual(before);
    expect((await refusal(unlockUserAccount(database.db, { authorityCode: swansea, userId: manager.id }))).code).toBe('not-found.user');
  });
});
