// Regions as data with effective dates. RPB (Regional Partnership Board) areas are published;
// advocacy commissioning regions differ from them and change, so they are seed data an
// administrator can replace, never code that other modules branch on.
import type { Region, RegionMembership } from '../schemas/authority.js';
import { rpbRegionOf2024 } from './authorities.js';

export const rpbRegions: readonly Region[] = [
  { id: 'north-wales', kind: 'rpb', name: { en: 'North Wales', cy: 'Gogledd Cymru' } },
  { id: 'west-wales', kind: 'rpb', name: { en: 'West Wales', cy: 'Gorllewin Cymru' } },
  { id: 'powys', kind: 'rpb', name: { en: 'Powys', cy: 'Powys' } },
  { id: 'west-glamorgan', kind: 'rpb', name: { en: 'West Glamorgan', cy: 'Gorllewin Morgannwg' } },
  { id: 'cwm-taf-morgannwg', kind: 'rpb', name: { en: 'Cwm Taf Morgannwg', cy: 'Cwm Taf Morgannwg' } },
  { id: 'cardiff-and-vale', kind: 'rpb', name: { en: 'Cardiff and Vale', cy: 'Caerdydd a\'r Fro' } },
  { id: 'gwent', kind: 'rpb', name: { en: 'Gwent', cy: 'Gwent' } },
];

/**
 * Six advocacy commissioning regions (Welsh Government describes six). Which authorities
 * commission together is an assumption to confirm with commissioners: Powys is placed with
 * West Wales here. Stored with effective dates, so a change is a new row, not an edit.
 */
export const advocacyRegions: readonly Region[] = [
  { id: 'adv-north-wales', kind: 'advocacy', name: { en: 'North Wales advocacy region', cy: 'Rhanbarth eiriolaeth Gogledd Cymru' } },
  { id: 'adv-mid-and-west-wales', kind: 'advocacy', name: { en: 'Mid and West Wales advocacy region', cy: 'Rhanbarth eiriolaeth Canolbarth a Gorllewin Cymru' } },
  { id: 'adv-west-glamorgan', kind: 'advocacy', name: { en: 'West Glamorgan advocacy region', cy: 'Rhanbarth eiriolaeth Gorllewin Morgannwg' } },
  { id: 'adv-cwm-taf-morgannwg', kind: 'advocacy', name: { en: 'Cwm Taf Morgannwg advocacy region', cy: 'Rhanbarth eiriolaeth Cwm Taf Morgannwg' } },
  { id: 'adv-cardiff-and-vale', kind: 'advocacy', name: { en: 'Cardiff and Vale advocacy region', cy: 'Rhanbarth eiriolaeth Caerdydd a\'r Fro' } },
  { id: 'adv-gwent', kind: 'advocacy', name: { en: 'Gwent advocacy region', cy: 'Rhanbarth eiriolaeth Gwent' } },
];

const advocacyRegionOfRpb: Readonly<Record<string, string>> = {
  'north-wales': 'adv-north-wales',
  'west-wales': 'adv-mid-and-west-wales',
  powys: 'adv-mid-and-west-wales',
  'west-glamorgan': 'adv-west-glamorgan',
  'cwm-taf-morgannwg': 'adv-cwm-taf-morgannwg',
  'cardiff-and-vale': 'adv-cardiff-and-vale',
  gwent: 'adv-gwent',
};

const BRIDGEND = 'W06000013';
const BRIDGEND_MOVED = '2019-04-01';

/** Every authority's region memberships, with the dates they apply from and to. */
export const regionMemberships: readonly RegionMembership[] = Object.entries(rpbRegionOf2024).flatMap(([authorityCode, rpb]) => {
  const advocacy = advocacyRegionOfRpb[rpb]!;
  if (authorityCode === BRIDGEND) {
    return [
      { authorityCode, regionId: 'west-glamorgan', from: '2016-04-01', to: '2019-03-31' },
      { authorityCode, regionId: rpb, from: BRIDGEND_MOVED, to: null },
      { authorityCode, regionId: 'adv-west-glamorgan', from: '2016-04-01', to: '2019-03-31' },
      { authorityCode, regionId: advocacy, from: BRIDGEND_MOVED, to: null },
    ];
  }
  return [
    { authorityCode, regionId: rpb, from: '2016-04-01', to: null },
    { authorityCode, regionId: advocacy, from: '2016-04-01', to: null },
  ];
});

/** The region of a kind an authority belonged to on a date, or undefined. */
export function regionOn(authorityCode: string, kind: Region['kind'], onDate: string): Region | undefined {
  const all = kind === 'rpb' ? rpbRegions : advocacyRegions;
  const membership = regionMemberships.find(
    (m) => m.authorityCode === authorityCode && all.some((r) => r.id === m.regionId) && m.from <= onDate && (m.to === null || onDate <= m.to),
  );
  return membership ? all.find((r) => r.id === membership.regionId) : undefined;
}
