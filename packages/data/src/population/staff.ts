// The people and organisations around the children: advocacy providers (one per advocacy
// region, plus a second provider serving some authorities), each authority's social workers,
// team managers, IROs and administrators, provider staff and a commissioner. Demo accounts
// have fixed addresses so they can be printed at start-up.
import { advocacyRegions, localAuthorities, regionOn, type AdvocacyProvider, type Role, type User } from '@cynnig/domain';
import { familyNames, firstNames } from './names.js';
import { SeededRandom, mixSeed } from './seeded-random.js';

export const demoEmailDomain = 'demo.cynnig.cymru';

/** Authorities with a full set of demo accounts (one of each authority role). */
export const demoAuthorityCodes = ['W06000015', 'W06000011', 'W06000002', 'W06000023'] as const;

/** A place name for an email address: 'Vale of Glamorgan' -> 'vale-of-glamorgan'. */
export function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export interface DemoAccount {
  email: string;
  role: Role;
  /** Where the account belongs, in words, for the start-up listing. */
  belongsTo: string;
}

export interface Staff {
  providers: AdvocacyProvider[];
  users: User[];
  demoAccounts: DemoAccount[];
  /** Per authority: ids of its social workers and IROs, for allocations. */
  pools: Map<string, { socialWorkers: string[]; iros: string[] }>;
  /** Per authority: the providers commissioned for it (the regional one first). */
  providersOf: Map<string, string[]>;
}

const providerNames: Readonly<Record<string, string>> = {
  'adv-north-wales': 'Gwasanaeth Eiriolaeth Plant y Gogledd (demo)',
  'adv-mid-and-west-wales': 'Eiriolaeth Plant Canolbarth a Gorllewin (demo)',
  'adv-west-glamorgan': 'Llais Plant Gorllewin Morgannwg (demo)',
  'adv-cwm-taf-morgannwg': 'Eiriolaeth Ifanc Cwm Taf Morgannwg (demo)',
  'adv-cardiff-and-vale': 'Llais Ifanc Caerdydd a\'r Fro (demo)',
  'adv-gwent': 'Eiriolaeth Plant Gwent (demo)',
};

/** Authorities that also commission a second, national provider (for variety in inboxes). */
const secondProviderAuthorities = ['W06000015', 'W06000014', 'W06000022', 'W06000011'];

/**
 * Providers and staff for a population. `lookedAfterByAuthority` sizes the pools: about one
 * social worker per 16 children and one IRO per 70, as caseloads in Wales commonly are.
 */
export function generateStaff(seed: number, referenceDate: string, childrenByAuthority: ReadonlyMap<string, number>): Staff {
  const random = new SeededRandom(mixSeed(seed, 0x57aff));
  const personName = () => `${random.pick(firstNames)} ${random.pick(familyNames)}`;
  const providers: AdvocacyProvider[] = [];
  const providersOf = new Map<string, string[]>();
  for (const region of advocacyRegions) {
    const authorityCodes = localAuthorities.filter((a) => regionOn(a.code, 'advocacy', referenceDate)?.id === region.id).map((a) => a.code);
    const provider = { id: random.uuid(), name: providerNames[region.id] ?? `${region.name.en} (demo)`, authorityCodes };
    providers.push(provider);
    for (const code of authorityCodes) providersOf.set(code, [provider.id]);
  }
  const national = { id: random.uuid(), name: 'Eiriolaeth Genedlaethol Cymru (demo)', authorityCodes: [...secondProviderAuthorities].sort() };
  providers.push(national);
  for (const code of secondProviderAuthorities) providersOf.get(code)?.push(national.id);

  const users: User[] = [];
  const demoAccounts: DemoAccount[] = [];
  const pools = new Map<string, { socialWorkers: string[]; iros: string[] }>();
  const addUser = (role: Role, email: string, where: { authorityCode?: string; providerId?: string }, displayName = personName()) => {
    const user: User = {
      id: random.uuid(),
      email,
      displayName,
      role,
      authorityCode: where.authorityCode ?? null,
      providerId: where.providerId ?? null,
      preferredLanguage: random.chance(0.2) ? 'cy' : 'en',
      active: true,
    };
    users.push(user);
    return user;
  };

  for (const authority of localAuthorities) {
    const slug = slugOf(authority.name.en);
    const children = childrenByAuthority.get(authority.code) ?? 0;
    const isDemo = (demoAuthorityCodes as readonly string[]).includes(authority.code);
    const pool = { socialWorkers: [] as string[], iros: [] as string[] };
    const socialWorkers = Math.max(2, Math.ceil(children / 16));
    const iros = Math.max(1, Math.ceil(children / 70));
    for (let i = 0; i < socialWorkers; i += 1) {
      const email = isDemo && i === 0 ? `social.worker@${slug}.${demoEmailDomain}` : `social.worker.${i + 1}@${slug}.${demoEmailDomain}`;
      pool.socialWorkers.push(addUser('social-worker', email, { authorityCode: authority.code }).id);
    }
    for (let i = 0; i < iros; i += 1) {
      const email = isDemo && i === 0 ? `iro@${slug}.${demoEmailDomain}` : `iro.${i + 1}@${slug}.${demoEmailDomain}`;
      pool.iros.push(addUser('iro', email, { authorityCode: authority.code }).id);
    }
    const managers = Math.max(1, Math.ceil(socialWorkers / 7));
    for (let i = 0; i < managers; i += 1) {
      addUser('team-manager', isDemo && i === 0 ? `team.manager@${slug}.${demoEmailDomain}` : `team.manager.${i + 1}@${slug}.${demoEmailDomain}`, { authorityCode: authority.code });
    }
    addUser('administrator', `administrator@${slug}.${demoEmailDomain}`, { authorityCode: authority.code });
    pools.set(authority.code, pool);
    if (isDemo) {
      for (const role of ['social-worker', 'team-manager', 'iro', 'administrator'] as const) {
        const local = role === 'social-worker' ? 'social.worker' : role === 'team-manager' ? 'team.manager' : role;
        demoAccounts.push({ email: `${local}@${slug}.${demoEmailDomain}`, role, belongsTo: authority.name.en });
      }
    }
  }

  for (const [index, provider] of providers.entries()) {
    const slug = `provider-${index + 1}`;
    const advocates = Math.max(2, Math.ceil(provider.authorityCodes.length * 2));
    for (let i = 0; i < advocates; i += 1) {
      addUser('provider-advocate', i === 0 ? `advocate@${slug}.${demoEmailDomain}` : `advocate.${i + 1}@${slug}.${demoEmailDomain}`, { providerId: provider.id });
    }
    addUser('provider-manager', `provider.manager@${slug}.${demoEmailDomain}`, { providerId: provider.id });
    if (index < 3 || index === providers.length - 1) {
      demoAccounts.push({ email: `advocate@${slug}.${demoEmailDomain}`, role: 'provider-advocate', belongsTo: provider.name });
      demoAccounts.push({ email: `provider.manager@${slug}.${demoEmailDomain}`, role: 'provider-manager', belongsTo: provider.name });
    }
  }
  addUser('commissioner', `commissioner@${demoEmailDomain}`, {});
  demoAccounts.push({ email: `commissioner@${demoEmailDomain}`, role: 'commissioner', belongsTo: 'Wales' });

  return { providers, users, demoAccounts, pools, providersOf };
}
