import fc from 'fast-check';
import { localAuthorities } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { apportion, authorityShares } from './published-figures.js';

describe('authority shares of the children looked after in Wales', () => {
  const shares = authorityShares();

  it('add up to the published Wales total of 7,198', () => {
    expect(shares.reduce((sum, entry) => sum + entry.childrenLookedAfter, 0)).toBeCloseTo(7198, 6);
  });

  it('keep the published figure where there is one', () => {
    const swansea = shares.find((entry) => entry.authority.code === 'W06000011')!;
    expect(swansea).toMatchObject({ childrenLookedAfter: 490, estimated: false });
  });

  it('estimate a blank figure in proportion to children fostered inside the authority', () => {
    const cardiff = shares.find((entry) => entry.authority.code === 'W06000015')!;
    const monmouthshire = shares.find((entry) => entry.authority.code === 'W06000021')!;
    expect(cardiff.estimated).toBe(true);
    expect(cardiff.childrenLookedAfter / monmouthshire.childrenLookedAfter).toBeCloseTo(385 / 55, 6);
    expect(shares).toHaveLength(localAuthorities.length);
  });
});

describe('apportioning a count', () => {
  it('always gives whole parts that add up exactly and stay within one of the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }), (count, weights) => {
        const parts = apportion(count, weights);
        const total = weights.reduce((a, b) => a + b, 0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(count);
        parts.forEach((part, i) => {
          expect(Number.isInteger(part)).toBe(true);
          expect(Math.abs(part - (count * weights[i]!) / total)).toBeLessThan(1);
        });
      }),
    );
  });
});
