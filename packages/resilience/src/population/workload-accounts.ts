// The people a workload signs in as: in each chosen authority some social workers, a team
// manager and an IRO, and an advocate of a provider serving it. They are picked from the seeded
// staff and given one known password (hashed as the API hashes it), so the workload signs in
// through the real sign-in route.
import type { Database } from '@cynnig/data';
import type { Role } from '@cynnig/domain';
import { hash } from '@node-rs/argon2';
import type { Kysely } from 'kysely';

export const workloadPassword = 'workload passphrase for resilience runs';

export interface WorkloadAccount {
  readonly userId: string;
  readonly email: string;
  readonly role: Role;
  readonly authorityCode: string;
}

export interface AccountChoice {
  /** How many authorities take part (the largest first). */
  readonly authorities: number;
  /** Social workers per authority. */
  readonly socialWorkers: number;
}

/** argon2id with the API's parameters, so signing in costs what it costs in service. */
function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

/** The authorities with the most children, largest first. */
export async function largestAuthorities(db: Kysely<Database>, count: number): Promise<string[]> {
  const rows = await db
    .selectFrom('children')
    .select(['authority_code', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('authority_code')
    .orderBy('n', 'desc')
    .orderBy('authority_code')
    .limit(count)
    .execute();
  return rows.map((row) => row.authority_code);
}

/** Picks the accounts, sets the workload password on them and returns them. */
export async function prepareWorkloadAccounts(db: Kysely<Database>, choice: AccountChoice): Promise<WorkloadAccount[]> {
  const passwordHash = await hashPassword(workloadPassword);
  const accounts: WorkloadAccount[] = [];
  for (const authorityCode of await largestAuthorities(db, choice.authorities)) {
    const pick = async (role: Role, count: number) => {
      const rows = await db.selectFrom('users').select(['id', 'email']).where('role', '=', role).where('authority_code', '=', authorityCode).where('active', '=', 1).orderBy('email').limit(count).execute();
      for (const row of rows) accounts.push({ userId: row.id, email: row.email, role, authorityCode });
    };
    await pick('social-worker', choice.socialWorkers);
    await pick('team-manager', 1);
    await pick('iro', 1);
    const advocate = await db
      .selectFrom('users')
      .innerJoin('provider_authorities', 'provider_authorities.provider_id', 'users.provider_id')
      .select(['users.id', 'users.email'])
      .where('users.role', '=', 'provider-advocate')
      .where('provider_authorities.authority_code', '=', authorityCode)
      .orderBy('users.email')
      .limit(1)
      .executeTakeFirst();
    if (advocate) accounts.push({ userId: advocate.id, email: advocate.email, role: 'provider-advocate', authorityCode });
  }
  if (accounts.length === 0) throw new Error('the population has no staff to sign in as');
  await db.updateTable('users').set({ password_hash: passwordHash, failed_sign_ins: 0, locked_until: null }).where('id', 'in', accounts.map((account) => account.userId)).execute();
  return accounts;
}
