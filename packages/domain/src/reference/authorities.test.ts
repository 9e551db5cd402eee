import { describe, expect, it } from 'vitest';
import { localAuthorities, walesChildrenLookedAfter2024 } from './authorities.js';
import { regionOn } from './regions.js';

describe('the 22 Welsh councils', () => {
  it('has every GSS code once, with no W06000007 or W06000017', () => {
    const codes = localAuthorities.map((a) => a.code);
    expect(new Set(codes).size).toBe(22);
    expect(codes).not.toContain('W06000007');
    expect(codes).not.toContain('W06000017');
  });

  it('gives every council a Welsh name', () => {
    expect(localAuthorities.find((a) => a.code === 'W06000015')?.name.cy).toBe('Caerdydd');
    for (const authority of localAuthorities) expect(authority.name.cy.length).toBeGreaterThan(0);
  });

  it('keeps the published figures it has below the Wales total', () => {
    const known = localAuthorities.reduce((sum, a) => sum + (a.childrenLookedAfter2024 ?? 0), 0);
    expect(known).toBeLessThan(walesChildrenLookedAfter2024);
  });
});

describe('regions with effective dates', () => {
  it('moves Bridgend to Cwm Taf Morgannwg from April 2019', () => {
    expect(regionOn('W06000013', 'rpb', '2019-03-31')?.id).toBe('west-glamorgan');
    expect(regionOn('W06000013', 'rpb', '2019-04-01')?.id).toBe('cwm-taf-morgannwg');
  });

  it('puts every council in one RPB and one advocacy region today', () => {
    for (const authority of localAuthorities) {
      expect(regionOn(authority.code, 'rpb', '2026-11-22')).toBeDefined();
      expect(regionOn(authority.code, 'advocacy', '2026-11-22')).toBeDefined();
    }
  });
});
