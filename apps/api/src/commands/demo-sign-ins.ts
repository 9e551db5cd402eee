// The demo sign-in table printed by `serve --demo` and `seed`: every demo account in the
// database (addresses under the demo domain with the printed password), where it belongs.
import { demoEmailDomain, findUserByEmail, listProviders, listUsers, type OpenDatabase } from '@cynnig/data';
import { localAuthorities, type Role } from '@cynnig/domain';
import { demoPassword } from './demo-seed.js';

export interface DemoSignIn {
  readonly email: string;
  readonly role: Role;
  /** Where the account belongs, in words. */
  readonly belongsTo: string;
}

const roleOrder: readonly Role[] = ['social-worker', 'team-manager', 'iro', 'administrator', 'provider-advocate', 'provider-manager', 'commissioner'];

/** The demo accounts that can sign in (those given the demo password), read from the database. */
export async function demoSignIns(database: OpenDatabase): Promise<DemoSignIn[]> {
  const users = await listUsers(database.db);
  const providers = new Map((await listProviders(database.db)).map((provider) => [provider.id, provider.name]));
  const authorities = new Map(localAuthorities.map((authority) => [authority.code as string, authority.name.en]));
  const candidates = users.filter((user) => (user.email.endsWith(`@${demoEmailDomain}`) || user.email.endsWith(`.${demoEmailDomain}`)) && !numbered(user.email));
  const signIns = [];
  for (const user of candidates) if ((await findUserByEmail(database.db, user.email))?.passwordHash) signIns.push(user);
  const accounts = signIns.map((user) => ({
    email: user.email,
    role: user.role,
    belongsTo: (user.authorityCode ? authorities.get(user.authorityCode) : undefined) ?? (user.providerId ? providers.get(user.providerId) : undefined) ?? 'Wales (figures only)',
  }));
  // grouped by place, then in the order of the roles' work
  return accounts.sort((a, b) => a.belongsTo.localeCompare(b.belongsTo) || roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role));
}

/** Numbered addresses (social.worker.2@...) are the generated colleagues, who have no password. */
function numbered(email: string): boolean {
  return /^[a-z.]+\.\d+@/.test(email);
}

/** The sign-in table, one account a line, with the shared password. */
export function demoAccountsTable(accounts: readonly DemoSignIn[]): string {
  const width = Math.max(...accounts.map((account) => account.email.length), 5);
  const roleWidth = Math.max(...accounts.map((account) => account.role.length), 4);
  const lines = accounts.map((account) => `  ${account.email.padEnd(width)}  ${account.role.padEnd(roleWidth)}  ${account.belongsTo}`);
  return [`  ${'email'.padEnd(width)}  ${'role'.padEnd(roleWidth)}  where`, ...lines, '', `  Password for every demo account: ${demoPassword}`].join('\n');
}
