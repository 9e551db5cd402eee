import { offerTriggers, type Placement } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { aChild, CARDIFF, PROVIDER_A, SWANSEA } from '../test-support/child-records.js';
import { financialYear } from '../period/financial-quarter.js';
import { computeMeasures } from './compute.js';
import { cellOf } from './measure-result.js';

// Every figure here is for the financial year 2024-25 (1 April 2024 to 31 March 2025); a round
// counts as a referral on the day the social worker referred it to the provider.
const year = financialYear(2024);
type Trigger = (typeof offerTriggers.codes)[number];
const referred = (on: string, trigger: Trigger = 'review-due') => ({ trigger, triggeredOn: on, providerId: PROVIDER_A, referredOn: on });
const placed = (where: Placement['location'], start = '2023-01-01', end: string | null = null): Omit<Placement, 'id' | 'childId'> => ({ type: 'foster-la', start, end, location: where, homeHasVisitingAdvocacy: null, distanceFromHomeKm: null });
const inCardiff = { kind: 'wales' as const, authorityCode: CARDIFF };
const inSwansea = { kind: 'wales' as const, authorityCode: SWANSEA };
const inNewport = { kind: 'wales' as const, authorityCode: 'W06000022' };
const inBristol = { kind: 'outside-wales' as const, description: 'Bristol' };

describe('referral themes worked out by hand', async () => {
  // For the k-th trigger of the code list (k from 0): k mod 3 + 1 rounds referred in the year,
  // one round it prompted that was never referred (not a referral), and one referred in March
  // 2024 (the year before). Each theme's figure is therefore k mod 3 + 1, and all referrals
  // together are 6 lots of 1 + 2 + 3 = 36 (18 themes).
  const children = offerTriggers.codes.flatMap((trigger, k) => [
    ...Array.from({ length: (k % 3) + 1 }, () => aChild({ offers: [referred('2024-06-04', trigger)] })),
    aChild({ offers: [{ trigger, triggeredOn: '2024-06-03' }] }),
    aChild({ offers: [referred('2024-03-04', trigger)] }),
  ]);
  const result = await computeMeasures(children, { period: year });

  it.each(offerTriggers.codes.map((trigger, k) => [trigger, (k % 3) + 1] as const))('counts referrals prompted by %s as %d', (trigger, expected) => {
    expect(cellOf(result, `referrals-trigger-${trigger}`, {})).toBe(expected);
  });

  it('counts 36 referrals in all, the themes added up', () => {
    expect(offerTriggers.codes.length).toBe(18);
    expect(cellOf(result, 'referrals', {})).toBe(36);
  });
});

describe('out-of-county referrals worked out by hand', async () => {
  const children = [
    // Eira, placed in Cardiff (her own authority): referred once, in area, so not counted.
    aChild({ placements: [placed(inCardiff)], offers: [referred('2024-06-04')] }),
    // Gethin, placed in Swansea (elsewhere in Wales): referred once, counted.
    aChild({ placements: [placed(inSwansea)], offers: [referred('2024-06-04')] }),
    // Heledd, placed in Bristol (outside Wales): referred twice, both counted.
    aChild({ placements: [placed(inBristol)], offers: [referred('2024-06-04'), referred('2024-11-04')] }),
    // Iolo, in Cardiff until 31 August, then in Newport: the July referral was in area, the October one out of county.
    aChild({ placements: [placed(inCardiff, '2023-01-01', '2024-08-31'), placed(inNewport, '2024-09-01')], offers: [referred('2024-07-01'), referred('2024-10-01')] }),
    // Jac, no placement recorded: not counted.
    aChild({ offers: [referred('2024-06-04')] }),
  ];
  const result = await computeMeasures(children, { period: year, breakdown: ['area'] });
  const byArea = (area: string) => cellOf(result, 'referrals', {}, { dimension: 'area', value: area });

  it('counts referrals of children placed outside their own authority on the day of referral: Gethin 1, Heledd 2, Iolo 1', () => {
    expect(cellOf(result, 'referrals-out-of-county', {})).toBe(4);
  });

  it('agrees with the referrals broken down by area: 2 in area, 2 elsewhere in Wales, 2 outside Wales, 1 with no placement', () => {
    expect(['in-area', 'elsewhere-in-wales', 'outside-wales', 'none'].map(byArea)).toEqual([2, 2, 2, 1]);
    expect(byArea('elsewhere-in-wales')! as number + (byArea('outside-wales') as number)).toBe(cellOf(result, 'referrals-out-of-county', {}));
  });
});

describe('referrals of unaccompanied asylum-seeking children worked out by hand', async () => {
  const children = [
    // Kai, an unaccompanied asylum-seeking child, referred twice: both count.
    aChild({ asylumStatus: 'uasc', offers: [referred('2024-05-07'), referred('2024-09-09')] }),
    // Lena, formerly an unaccompanied asylum-seeking child, and Mo, never one: neither counts.
    aChild({ asylumStatus: 'former-uasc', offers: [referred('2024-05-07')] }),
    aChild({ asylumStatus: 'not-asylum-seeking', offers: [referred('2024-05-07')] }),
  ];

  it('counts only referrals of children whose status is unaccompanied asylum-seeking child: 2', async () => {
    const result = await computeMeasures(children, { period: year });
    expect(cellOf(result, 'referrals-uasc', {})).toBe(2);
    expect(cellOf(result, 'referrals', {})).toBe(4);
  });
});

describe('referrals of care leavers worked out by hand', async () => {
  const leftCare = { basis: 'looked-after' as const, start: '2023-01-01', end: '2024-06-30', endReason: 'stopped-being-looked-after' as const };
  const children = [
    // Nia left care on 30 June and was a care leaver from 1 July: her June referral (before) does
    // not count, her September one (a care leaver that day) does.
    aChild({ entitlements: [leftCare, { basis: 'care-leaver', start: '2024-07-01', end: null, endReason: null }], offers: [referred('2024-06-10'), referred('2024-09-10')] }),
    // Owain, Pryce and Rhys, still looked after, referred for turning 16, leaving care at 18 and
    // becoming a care leaver: the trigger makes each a care leaver's referral.
    aChild({ offers: [referred('2024-05-02', 'turning-16')] }),
    aChild({ offers: [referred('2024-05-02', 'leaving-care-18')] }),
    aChild({ offers: [referred('2024-05-02', 'became-care-leaver')] }),
    // Siôn, looked after, referred after a placement move: not a care leaver's referral.
    aChild({ offers: [referred('2024-05-02', 'placement-move')] }),
  ];

  it('counts 4: Nia\'s September referral, and Owain\'s, Pryce\'s and Rhys\'s', async () => {
    const result = await computeMeasures(children, { period: year });
    expect(cellOf(result, 'referrals-care-leavers', {})).toBe(4);
  });
});
