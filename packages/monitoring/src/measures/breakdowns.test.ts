import type { Placement } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { aChild, CARDIFF, SWANSEA } from '../test-support/child-records.js';
import { financialYear } from '../period/financial-quarter.js';
import { computeMeasures } from './compute.js';
import { ALL, type BreakdownDimension } from './dimensions.js';
import { cellOf } from './measure-result.js';

// Children entitled in the financial year 2024-25, each described as they were on 31 March 2025,
// or on the last day of their entitlement if that was earlier.
const year = financialYear(2024);
const placement = (type: Placement['type'], location: Placement['location'], start = '2023-01-01', end: string | null = null): Omit<Placement, 'id' | 'childId'> => ({ type, start, end, location, homeHasVisitingAdvocacy: null, distanceFromHomeKm: null });
const inCardiff = { kind: 'wales' as const, authorityCode: CARDIFF };

const children = [
  // Alaw: Welsh, disabled, on a full care order, fostered by the council in Cardiff (in area).
  aChild({ preferredLanguage: 'cy', disability: 'disabled', legalStatus: 'full-care-order', placements: [placement('foster-la', inCardiff)] }),
  // Bedwyr: English, no disability, an unaccompanied asylum-seeking child on an interim care order, in an independent children's home in Swansea (elsewhere in Wales).
  aChild({ preferredLanguage: 'en', disability: 'none', asylumStatus: 'uasc', legalStatus: 'interim-care-order', placements: [placement('residential-independent', { kind: 'wales', authorityCode: SWANSEA })] }),
  // Catrin: another language, disability not recorded, formerly an unaccompanied asylum-seeking child, on a placement order, with kin in Bristol (outside Wales).
  aChild({ preferredLanguage: 'other', disability: 'not-recorded', asylumStatus: 'former-uasc', legalStatus: 'placement-order', placements: [placement('kinship', { kind: 'outside-wales', description: 'Bristol' })] }),
  // Deian: English, no disability, accommodated under section 76, no placement recorded.
  aChild({ preferredLanguage: 'en', disability: 'none', legalStatus: 'section-76' }),
  // Elin: Welsh, disabled, a care leaver; supported living in Cardiff to 31 December, then an
  // "other" placement in Newport from 1 January. On 31 March she is in Newport (elsewhere in Wales).
  aChild({ preferredLanguage: 'cy', disability: 'disabled', legalStatus: 'care-leaver', placements: [placement('supported-living', inCardiff, '2023-01-01', '2024-12-31'), placement('other', { kind: 'wales', authorityCode: 'W06000022' }, '2025-01-01')] }),
  // Ffred: English, no disability, full care order; left care on 30 June 2024, fostered through an
  // agency in Cardiff until then, in a council children's home afterwards. Described as of 30 June.
  aChild({
    entitlements: [{ basis: 'looked-after', start: '2023-01-01', end: '2024-06-30', endReason: 'stopped-being-looked-after' }],
    placements: [placement('foster-agency', inCardiff, '2023-01-01', '2024-06-30'), placement('residential-la', inCardiff, '2024-07-01')],
  }),
];

describe('breakdowns of children entitled worked out by hand', async () => {
  const breakdown: BreakdownDimension[] = ['area', 'language', 'disability', 'asylumStatus', 'legalStatus', 'placementType'];
  const result = await computeMeasures(children, { period: year, groupBy: ['quarter'], breakdown });
  const column = (dimension: BreakdownDimension, value: string, quarter = ALL) => cellOf(result, 'children-entitled', { quarter }, { dimension, value });

  it.each([
    // In area: Alaw, Ffred. Elsewhere in Wales: Bedwyr, Elin. Outside Wales: Catrin. None: Deian.
    ['area', { 'in-area': 2, 'elsewhere-in-wales': 2, 'outside-wales': 1, none: 1 }],
    // English: Bedwyr, Deian, Ffred. Welsh: Alaw, Elin. Other: Catrin.
    ['language', { en: 3, cy: 2, other: 1 }],
    // None: Bedwyr, Deian, Ffred. Disabled: Alaw, Elin. Not recorded: Catrin.
    ['disability', { none: 3, disabled: 2, 'not-recorded': 1 }],
    // Not asylum-seeking: Alaw, Deian, Elin, Ffred. UASC: Bedwyr. Former UASC: Catrin.
    ['asylumStatus', { 'not-asylum-seeking': 4, uasc: 1, 'former-uasc': 1 }],
    // Full care order: Alaw, Ffred; one each of interim care order, placement order, section 76, care leaver.
    ['legalStatus', { 'full-care-order': 2, 'interim-care-order': 1, 'placement-order': 1, 'section-76': 1, 'care-leaver': 1, remand: 0, 'emergency-protection': 0, 'child-protection-enquiry': 0 }],
    // One each: Alaw fostered by the council, Bedwyr in an independent home, Catrin with kin,
    // Deian with none recorded, Elin in the "other" Newport placement, Ffred through an agency
    // (30 June, not the council home he moved to after leaving care).
    ['placementType', { 'foster-la': 1, 'residential-independent': 1, kinship: 1, none: 1, other: 1, 'foster-agency': 1, 'residential-la': 0, 'supported-living': 0, 'placed-with-parents': 0, secure: 0, custody: 0, adoption: 0 }],
  ] as [BreakdownDimension, Record<string, number>][])('splits the 6 children by %s', (dimension, expected) => {
    for (const [value, count] of Object.entries(expected)) expect([value, column(dimension, value)]).toEqual([value, count]);
    expect(Object.values(expected).reduce((sum, count) => sum + count, 0)).toBe(cellOf(result, 'children-entitled', { quarter: ALL }));
  });

  it('describes a child in each quarter by that quarter\'s last day: Elin was in supported living in Cardiff on 31 December', () => {
    expect(column('placementType', 'supported-living', '2024-25 Q3')).toBe(1);
    expect(column('area', 'in-area', '2024-25 Q3')).toBe(2);
    // In Q2 Ffred had left care, so only five children were entitled.
    expect(cellOf(result, 'children-entitled', { quarter: '2024-25 Q2' })).toBe(5);
  });
});

describe('grouping by advocacy region worked out by hand', async () => {
  // Two children in Powys and one in Carmarthenshire (both in the Mid and West Wales advocacy
  // region: Powys is its own RPB area, Carmarthenshire is in West Wales); three in Cardiff and one
  // in the Vale of Glamorgan (Cardiff and Vale); one in Swansea (West Glamorgan).
  const where = ['W06000023', 'W06000023', 'W06000010', CARDIFF, CARDIFF, CARDIFF, 'W06000014', SWANSEA];
  const result = await computeMeasures(where.map((authorityCode) => aChild({ authorityCode })), { period: year, groupBy: ['advocacyRegion'] });
  const rpb = await computeMeasures(where.map((authorityCode) => aChild({ authorityCode })), { period: year, groupBy: ['rpbRegion'] });

  it.each([
    ['adv-mid-and-west-wales', 3],
    ['adv-cardiff-and-vale', 4],
    ['adv-west-glamorgan', 1],
    [ALL, 8],
  ])('counts %s as %d', (region, expected) => {
    expect(cellOf(result, 'children-entitled', { advocacyRegion: region })).toBe(expected);
  });

  it('puts Powys and West Wales apart by RPB area but together by advocacy region', () => {
    expect(cellOf(rpb, 'children-entitled', { rpbRegion: 'powys' })).toBe(2);
    expect(cellOf(rpb, 'children-entitled', { rpbRegion: 'west-wales' })).toBe(1);
    expect(result.rows.map((row) => row.advocacyRegion)).toEqual(['adv-cardiff-and-vale', 'adv-mid-and-west-wales', 'adv-west-glamorgan', ALL]);
  });
});
