// What a child looked like on a date, for grouping and breakdowns: their authority and regions,
// the provider their latest referral went to, age band, legal status, placement and the rest.
// Every counted thing (a child, an offer round, an episode) is described as of its own date.
import { ageOn, regionOn, type AgeBand, type ChildRecord, type IsoDate, type Placement } from '@cynnig/domain';
import type { BreakdownDimension, GroupDimension } from './dimensions.js';
import { unknownGroupValues } from './dimensions.js';

export type ChildFacts = Readonly<Record<Exclude<GroupDimension, 'quarter'> | BreakdownDimension, string>>;

export function ageBandOf(age: number): AgeBand {
  if (age < 5) return 'under-5';
  if (age < 10) return '5-9';
  if (age < 16) return '10-15';
  if (age < 18) return '16-17';
  return '18-plus';
}

/** The placement that covered the date, or the latest one that started by then if several did. */
export function placementOn(record: ChildRecord, on: IsoDate): Placement | undefined {
  let found: Placement | undefined;
  for (const placement of record.placements) {
    if (placement.start <= on && (placement.end === null || placement.end >= on)) {
      if (!found || placement.start > found.start) found = placement;
    }
  }
  return found;
}

/** The provider of the latest round referred on or before the date. */
export function providerOn(record: ChildRecord, on: IsoDate): string {
  let provider: string | null = null;
  let latest = '';
  for (const offer of record.offers) {
    if (offer.providerId !== null && offer.referredOn !== null && offer.referredOn <= on && offer.referredOn >= latest) {
      latest = offer.referredOn;
      provider = offer.providerId;
    }
  }
  return provider ?? unknownGroupValues.provider.code;
}

function areaOf(record: ChildRecord, placement: Placement | undefined): string {
  if (!placement) return 'none';
  if (placement.location.kind === 'outside-wales') return 'outside-wales';
  return placement.location.authorityCode === record.child.authorityCode ? 'in-area' : 'elsewhere-in-wales';
}

/** A child's facts on a date; `provider` overrides the referral lookup for an offer round's own provider. */
export function childFactsOn(record: ChildRecord, on: IsoDate, provider?: string | null): ChildFacts {
  const { child } = record;
  const placement = placementOn(record, on);
  return {
    authority: child.authorityCode,
    rpbRegion: regionOn(child.authorityCode, 'rpb', on)?.id ?? unknownGroupValues.region.code,
    advocacyRegion: regionOn(child.authorityCode, 'advocacy', on)?.id ?? unknownGroupValues.region.code,
    provider: provider === undefined ? providerOn(record, on) : (provider ?? unknownGroupValues.provider.code),
    ageBand: ageBandOf(ageOn(child.dateOfBirth, on)),
    legalStatus: child.legalStatus,
    placementType: placement?.type ?? 'none',
    area: areaOf(record, placement),
    language: child.preferredLanguage,
    disability: child.disability,
    asylumStatus: child.asylumStatus,
  };
}
