import { describe, expect, it } from 'vitest';
import { allCodeLists } from './all.js';
import { offerTriggers } from './active-offer.js';

describe('code lists', () => {
  it('are all found', () => {
    expect(allCodeLists.length).toBeGreaterThanOrEqual(20);
  });

  it.each(allCodeLists.map((list) => [list.name, list] as const))('%s has an English and a Welsh label for every code, and they differ where English is not a proper name', (_name, list) => {
    for (const entry of list.entries) {
      expect(entry.en.trim()).not.toBe('');
      expect(entry.cy.trim()).not.toBe('');
    }
    expect(list.entries.some((entry) => entry.en !== entry.cy)).toBe(true);
  });

  it('refuses a code that is not on the list', () => {
    expect(offerTriggers.schema.safeParse('placement-move').success).toBe(true);
    expect(offerTriggers.schema.safeParse('moved-house').success).toBe(false);
  });

  it('never calls the advocacy Active Offer the Welsh-language offer (cynnig rhagweithiol)', () => {
    for (const list of allCodeLists) for (const entry of list.entries) expect(entry.cy).not.toMatch(/rhagweithiol/i);
  });
});
