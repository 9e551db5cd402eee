// The published figures the synthetic population is shaped by (StatsWales and the sources
// listed in shared/reference/statistics.md), and how each authority's share is worked out.
import { localAuthorities, walesChildrenLookedAfter2024, type LocalAuthority } from '@cynnig/domain';

export const publishedFigures = {
  /** Children looked after in Wales at 31 March 2024. */
  childrenLookedAfter: walesChildrenLookedAfter2024,
  careOrderShare: 0.802,
  fosteringShare: 0.677,
  placedInOwnAuthorityShare: 0.656,
  /** 1,895 of 7,198 placed in Wales outside their own authority. */
  placedElsewhereInWalesShare: 1895 / 7198,
  /** 530 of 7,198 placed outside Wales. */
  placedOutsideWalesShare: 530 / 7198,
  uascShare: 0.047,
  /** 620 of 7,198 had three or more placements in the year. */
  threeOrMorePlacementsShare: 620 / 7198,
  /** England 2022: 11% of looked after children went missing in the year; 65% of them more than once; 90% of episodes last two days or less. */
  wentMissingShare: 0.11,
  missingMoreThanOnceShare: 0.65,
  episodesUnderTwoDaysShare: 0.9,
  /** About 22% of children in care had used an advocate. */
  usedAnAdvocateShare: 0.22,
  /** About 650 young people leave care at 18 each year. */
  leavingCareAt18PerYear: 650,
} as const;

/**
 * Care leavers (18 to 20, three yearly cohorts of about 650) and children subject to child
 * protection enquiries that led to a conference (about 900 open at any time; an assumption:
 * 3,060 were on the register in 2016), added at scale 1 as further entitled children.
 */
export const extraEntitledChildren = { careLeavers: 1950, childProtection: 900 } as const;

export interface AuthorityShare {
  authority: LocalAuthority;
  /** Children looked after at scale 1: published, or estimated where the figure is blank. */
  childrenLookedAfter: number;
  estimated: boolean;
  share: number;
}

/**
 * Each authority's children looked after: the published figure where there is one; where it
 * is blank, the Wales total left over is shared in proportion to children fostered inside the
 * authority (complete for all 22), so the authorities add up to 7,198.
 */
export function authorityShares(authorities: readonly LocalAuthority[] = localAuthorities, total = walesChildrenLookedAfter2024): AuthorityShare[] {
  const known = authorities.filter((a) => a.childrenLookedAfter2024 !== null);
  const blank = authorities.filter((a) => a.childrenLookedAfter2024 === null);
  const knownTotal = known.reduce((sum, a) => sum + a.childrenLookedAfter2024!, 0);
  const blankFostered = blank.reduce((sum, a) => sum + a.fosteredInsideOwnAuthority2024, 0);
  const leftOver = Math.max(total - knownTotal, 0);
  return authorities.map((authority) => {
    const estimated = authority.childrenLookedAfter2024 === null;
    const childrenLookedAfter = estimated ? (leftOver * authority.fosteredInsideOwnAuthority2024) / blankFostered : authority.childrenLookedAfter2024!;
    return { authority, childrenLookedAfter, estimated, share: childrenLookedAfter / total };
  });
}

/** Splits `count` over shares so the parts are whole numbers adding up exactly (largest remainder). */
export function apportion(count: number, shares: readonly number[]): number[] {
  const totalShare = shares.reduce((sum, share) => sum + share, 0);
  const exact = shares.map((share) => (count * share) / totalShare);
  const parts = exact.map(Math.floor);
  let left = count - parts.reduce((sum, part) => sum + part, 0);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index]! += 1;
    left -= 1;
  }
  return parts;
}

/**
 * Share of children whose first language is Welsh, by authority: an assumption drawn loosely from
 * the 2021 census (Welsh speakers aged 3 to 15), not a published figure about children in care.
 */
export const welshFirstLanguageShare: Readonly<Record<string, number>> = {
  W06000001: 0.45, W06000002: 0.6, W06000003: 0.15, W06000004: 0.15, W06000005: 0.05, W06000006: 0.06,
  W06000008: 0.35, W06000009: 0.1, W06000010: 0.28, W06000011: 0.05, W06000012: 0.06, W06000013: 0.04,
  W06000014: 0.04, W06000015: 0.05, W06000016: 0.05, W06000018: 0.04, W06000019: 0.02, W06000020: 0.03,
  W06000021: 0.03, W06000022: 0.02, W06000023: 0.12, W06000024: 0.03,
};
