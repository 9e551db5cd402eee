// An administrator manages the people of their own authority: changes a name, an email address
// or a role, deactivates and reactivates accounts, and unlocks an account after repeated failed
// sign-ins. Each change is one transaction with its audit records (who, what, when); the data
// layer checks the version, the authority and that an administrator remains. Here: nobody
// deactivates themselves or takes away their own administrator role.
import { changeUserAccount, findUserAccount, listUserAccounts, transaction, unlockUserAccount, type Database, type UserAccount, type UserAccountChange } from '@cynnig/data';
import { CynnigError } from '@cynnig/domain';
import type { Kysely } from 'kysely';
import { appendAudit, type AuditEntry } from '../audit/audit-trail.js';
import { auditActorOf, type Actor } from './actor.js';

function scopeOf(actor: Actor) {
  // An administrator without an authority reaches nobody: every person is "not found".
  return { authorityCode: actor.user.authorityCode ?? '' };
}

export function peopleOf(db: Kysely<Database>, actor: Actor): Promise<UserAccount[]> {
  return listUserAccounts(db, scopeOf(actor), actor.now.toISOString());
}

export function personOf(db: Kysely<Database>, actor: Actor, userId: string): Promise<UserAccount> {
  return findUserAccount(db, scopeOf(actor), userId, actor.now.toISOString());
}

function ownAccountRefusal(field: 'active' | 'role'): CynnigError {
  return new CynnigError({
    code: 'user.own-account',
    message:
      field === 'active'
        ? { en: 'You cannot deactivate your own account. Ask another administrator to do it.', cy: 'Ni allwch ddadactifadu eich cyfrif eich hun. Gofynnwch i weinyddwr arall wneud hynny.' }
        : { en: 'You cannot remove your own administrator role. Ask another administrator to do it.', cy: 'Ni allwch ddileu eich rôl gweinyddwr eich hun. Gofynnwch i weinyddwr arall wneud hynny.' },
    path: [field],
  });
}

/** What the audit log says about a change: ids, codes and field names, never the name or email address itself. */
function auditEntriesOf(userId: string, before: UserAccount, after: UserAccount, changed: readonly string[], sessionsEnded: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  const version = after.version;
  const details = changed.filter((field) => field === 'displayName' || field === 'email');
  if (details.length > 0) entries.push({ action: 'user.details-changed', detail: { userId, fields: details.join(','), version } });
  if (changed.includes('role')) entries.push({ action: 'user.role-changed', detail: { userId, from: before.user.role, to: after.user.role, version } });
  if (changed.includes('active')) {
    entries.push(after.user.active ? { action: 'user.reactivated', detail: { userId, version } } : { action: 'user.deactivated', detail: { userId, sessionsEnded, version } });
  }
  return entries;
}

/**
 * Changes a person of the administrator's authority with the version the administrator read.
 * A request for what is already so changes nothing and writes no audit record.
 */
export async function changePerson(db: Kysely<Database>, actor: Actor, userId: string, expectedVersion: number, change: UserAccountChange): Promise<UserAccount> {
  if (userId === actor.user.id) {
    if (change.active === false) throw ownAccountRefusal('active');
    if (change.role !== undefined && change.role !== 'administrator') throw ownAccountRefusal('role');
  }
  return transaction(db, async (trx) => {
    const result = await changeUserAccount(trx, { ...scopeOf(actor), userId, expectedVersion, change, now: actor.now.toISOString() });
    const entries = auditEntriesOf(userId, result.before, result.after, result.changed, result.sessionsEnded);
    if (entries.length > 0) await appendAudit(trx, auditActorOf(actor), entries, actor.now);
    return result.after;
  });
}

/** Lets a locked-out person sign in again; recorded even when the lock had already run out. */
export async function unlockPerson(db: Kysely<Database>, actor: Actor, userId: string): Promise<UserAccount> {
  return transaction(db, async (trx) => {
    const { account, wasLocked } = await unlockUserAccount(trx, { ...scopeOf(actor), userId, now: actor.now.toISOString() });
    await appendAudit(trx, auditActorOf(actor), { action: 'user.unlocked', detail: { userId, wasLocked } }, actor.now);
    return account;
  });
}
