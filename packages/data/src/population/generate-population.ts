// The synthetic population: Wales-sized at scale 1 (about 7,200 children looked after, plus care
// leavers and children subject to child protection enquiries), UK-sized at scale 14. Children
// are produced one at a time, so even the largest population never sits in memory at once.
import { addMonths, isIsoDate, localAuthorities, rpbRegionOf2024, type AdvocacyProvider, type User } from '@cynnig/domain';
import { generateChild, type GeneratedChild, type PopulationGroup } from './generate-child.js';
import { apportion, authorityShares, extraEntitledChildren, publishedFigures } from './published-figures.js';
import { generateStaff, type DemoAccount } from './staff.js';

export interface PopulationOptions {
  seed: number;
  /** 1 for Wales (about 7,200 children looked after); 14 for about 100,000. */
  scale?: number;
  /** The day the population is "as at": nothing happens after it. */
  referenceDate: string;
}

export interface PopulationCounts {
  lookedAfter: number;
  careLeavers: number;
  childProtection: number;
  total: number;
  byAuthority: Record<string, { lookedAfter: number; careLeavers: number; childProtection: number }>;
}

export interface GeneratedPopulation extends Iterable<GeneratedChild> {
  seed: number;
  scale: number;
  referenceDate: string;
  /** Start of the three years of history. */
  windowStart: string;
  counts: PopulationCounts;
  providers: AdvocacyProvider[];
  users: User[];
  demoAccounts: DemoAccount[];
  /** The children, generated afresh (and identically) each time it is called. */
  children(): Generator<GeneratedChild>;
}

/**
 * Chance an instructed offer is accepted. With re-offers over three years (and non-instructed
 * advocacy for babies and children with PMLD) about 23% of children have had an advocate, near
 * the 22% of children in care who say they have used one.
 */
const acceptChance = 0.05;

function otherAuthoritiesOf(code: string): string[] {
  const region = rpbRegionOf2024[code];
  const others = localAuthorities.map((a) => a.code).filter((c) => c !== code);
  return [...others.filter((c) => rpbRegionOf2024[c] === region), ...others.filter((c) => rpbRegionOf2024[c] !== region)];
}

export function generatePopulation(options: PopulationOptions): GeneratedPopulation {
  const scale = options.scale ?? 1;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError('scale must be a positive number');
  if (!isIsoDate(options.referenceDate)) throw new RangeError('referenceDate must be a date in the form YYYY-MM-DD');
  const { seed, referenceDate } = options;
  const windowStart = addMonths(referenceDate, -36);
  const shares = authorityShares().map((entry) => entry.share);
  const lookedAfter = apportion(Math.round(publishedFigures.childrenLookedAfter * scale), shares);
  const careLeavers = apportion(Math.round(extraEntitledChildren.careLeavers * scale), shares);
  const childProtection = apportion(Math.round(extraEntitledChildren.childProtection * scale), shares);
  const byAuthority: PopulationCounts['byAuthority'] = {};
  const childrenByAuthority = new Map<string, number>();
  localAuthorities.forEach((authority, i) => {
    byAuthority[authority.code] = { lookedAfter: lookedAfter[i]!, careLeavers: careLeavers[i]!, childProtection: childProtection[i]! };
    childrenByAuthority.set(authority.code, lookedAfter[i]! + careLeavers[i]! + childProtection[i]!);
  });
  const staff = generateStaff(seed, referenceDate, childrenByAuthority);
  const sum = (parts: number[]) => parts.reduce((total, part) => total + part, 0);
  const counts: PopulationCounts = {
    lookedAfter: sum(lookedAfter),
    careLeavers: sum(careLeavers),
    childProtection: sum(childProtection),
    total: sum(lookedAfter) + sum(careLeavers) + sum(childProtection),
    byAuthority,
  };

  function* children(): Generator<GeneratedChild> {
    let index = 0;
    for (const authority of localAuthorities) {
      const pool = staff.pools.get(authority.code)!;
      const providerIds = staff.providersOf.get(authority.code)!;
      const otherAuthorities = otherAuthoritiesOf(authority.code);
      const groups: [PopulationGroup, number][] = [
        ['looked-after', byAuthority[authority.code]!.lookedAfter],
        ['care-leaver', byAuthority[authority.code]!.careLeavers],
        ['child-protection', byAuthority[authority.code]!.childProtection],
      ];
      let caseNumber = 1000;
      for (const [group, count] of groups) {
        for (let i = 0; i < count; i += 1) {
          caseNumber += 1;
          yield generateChild({
            seed, index, group, authorityCode: authority.code, caseNumber, referenceDate, windowStart,
            socialWorkers: pool.socialWorkers, iros: pool.iros, providerIds, otherAuthorities, acceptChance,
          });
          index += 1;
        }
      }
    }
  }

  return {
    seed, scale, referenceDate, windowStart, counts,
    providers: staff.providers, users: staff.users, demoAccounts: staff.demoAccounts,
    children,
    [Symbol.iterator]: children,
  };
}
