// The ways a measure can be grouped (authority, regions, provider, quarter) and broken down
// (age band, legal status, placement...), each with its values and their English and Welsh
// labels. A new breakdown is a new entry here plus the fact it reads in child-facts.ts.
import {
  ageBands,
  asylumStatuses,
  disabilityStatuses,
  legalStatuses,
  placementTypes,
  spokenLanguages,
  type Bilingual,
} from '@cynnig/domain';

export const groupDimensionIds = ['authority', 'rpbRegion', 'advocacyRegion', 'provider', 'quarter'] as const;
export type GroupDimension = (typeof groupDimensionIds)[number];

export const breakdownDimensionIds = ['ageBand', 'legalStatus', 'placementType', 'area', 'language', 'disability', 'asylumStatus'] as const;
export type BreakdownDimension = (typeof breakdownDimensionIds)[number];

/** The margin value: "all authorities", "all quarters" and so on. */
export const ALL = '*';

export interface DimensionValue {
  readonly code: string;
  readonly en: string;
  readonly cy: string;
}

export interface BreakdownDefinition {
  readonly id: BreakdownDimension;
  readonly name: Bilingual;
  /** Every value, so a table always has the same columns whatever the data. */
  readonly values: readonly DimensionValue[];
}

const noPlacement: DimensionValue = { code: 'none', en: 'No placement recorded', cy: 'Dim lleoliad wedi\'i gofnodi' };

export const breakdowns: Readonly<Record<BreakdownDimension, BreakdownDefinition>> = {
  ageBand: { id: 'ageBand', name: { en: 'Age band', cy: 'Band oedran' }, values: ageBands.entries },
  legalStatus: { id: 'legalStatus', name: { en: 'Legal status', cy: 'Statws cyfreithiol' }, values: legalStatuses.entries },
  placementType: { id: 'placementType', name: { en: 'Placement type', cy: 'Math o leoliad' }, values: [...placementTypes.entries, noPlacement] },
  area: {
    id: 'area',
    name: { en: 'In or out of area', cy: 'Yn yr ardal neu y tu allan iddi' },
    values: [
      { code: 'in-area', en: 'Placed in their own authority\'s area', cy: 'Wedi\'i leoli yn ardal ei awdurdod ei hun' },
      { code: 'elsewhere-in-wales', en: 'Placed elsewhere in Wales', cy: 'Wedi\'i leoli mewn man arall yng Nghymru' },
      { code: 'outside-wales', en: 'Placed outside Wales', cy: 'Wedi\'i leoli y tu allan i Gymru' },
      noPlacement,
    ],
  },
  language: { id: 'language', name: { en: 'Preferred language', cy: 'Dewis iaith' }, values: spokenLanguages.entries },
  disability: { id: 'disability', name: { en: 'Disability', cy: 'Anabledd' }, values: disabilityStatuses.entries },
  asylumStatus: { id: 'asylumStatus', name: { en: 'Asylum status', cy: 'Statws lloches' }, values: asylumStatuses.entries },
};

export const groupDimensionNames: Readonly<Record<GroupDimension, Bilingual>> = {
  authority: { en: 'Local authority', cy: 'Awdurdod lleol' },
  rpbRegion: { en: 'Regional Partnership Board area', cy: 'Ardal Bwrdd Partneriaeth Rhanbarthol' },
  advocacyRegion: { en: 'Advocacy region', cy: 'Rhanbarth eiriolaeth' },
  provider: { en: 'Advocacy provider', cy: 'Darparwr eiriolaeth' },
  quarter: { en: 'Quarter', cy: 'Chwarter' },
};

/** Values a group dimension takes when nothing is known: a child not yet referred has no provider. */
export const unknownGroupValues: Readonly<Record<'provider' | 'region', DimensionValue>> = {
  provider: { code: 'not-referred', en: 'Not referred to a provider', cy: 'Heb ei atgyfeirio at ddarparwr' },
  region: { code: 'no-region', en: 'No region on that date', cy: 'Dim rhanbarth ar y dyddiad hwnnw' },
};
