import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../measures/compute.js';
import { ALL } from '../measures/dimensions.js';
import { measuresWithInputs } from '../measures/measure-catalogue.js';
import { cellOf, isSuppressed, suppressed } from '../measures/measure-result.js';
import { financialYear } from '../period/financial-quarter.js';
import { populationArbitrary } from '../test-support/arbitraries.js';
import { aChild, CARDIFF, SWANSEA } from '../test-support/child-records.js';
import { attackTogether, truthFrom } from '../test-support/joint-attacker.js';
import { applyDisclosure, roundToNearest } from './apply-disclosure.js';

const year = financialYear(2024);
const outcome = (result: 'accepted' | 'declined' | 'could-not-contact') => ({ triggeredOn: '2024-05-01', referredOn: '2024-05-02', offerMadeOn: result === 'could-not-contact' ? null : '2024-05-03', outcome: result, outcomeOn: '2024-05-06', mode: result === 'could-not-contact' ? null : ('instructed' as const) });

describe('publishing figures from a small population', async () => {
  // Cardiff: 2 entitled children, one of whom accepted an offer. Swansea: 7 entitled children.
  const cardiff = [aChild({ authorityCode: CARDIFF, offers: [outcome('accepted')] }), aChild({ authorityCode: CARDIFF })];
  const swansea = Array.from({ length: 7 }, () => aChild({ authorityCode: SWANSEA }));
  const exact = await computeMeasures([...cardiff, ...swansea], { period: year, groupBy: ['authority'], measures: measuresWithInputs(['children-entitled', 'take-up-rate']) });
  const published = applyDisclosure(exact, 'published');

  it('shows an authority its own children exactly', () => {
    const own = applyDisclosure(exact, 'exact');
    expect(cellOf(own, 'children-entitled', { authority: CARDIFF })).toBe(2);
    expect(cellOf(own, 'take-up-rate', { authority: CARDIFF })).toBe(1);
  });

  it('withholds Cardiff\'s 2; Swansea\'s 7 is shown as 5 and Wales\'s 9 as 10, which leave Cardiff anywhere from 1 to 7', () => {
    expect(cellOf(published, 'children-entitled', { authority: CARDIFF })).toEqual(suppressed);
    expect(cellOf(published, 'children-entitled', { authority: SWANSEA })).toBe(5);
    expect(cellOf(published, 'children-entitled', { authority: ALL })).toBe(10);
    expect(attackTogether([published], truthFrom([exact]), { shown: 'rounded' }).pinned).toEqual([]);
  });

  it('withholds a rate worked out from a withheld count', () => {
    expect(cellOf(published, 'take-up-rate', { authority: CARDIFF })).toEqual(suppressed);
    expect(cellOf(published, 'take-up-rate', { authority: ALL })).toEqual(suppressed);
  });

  it.each([[0, 0], [7, 5], [8, 10], [12, 10], [13, 15], [1003, 1005]])('rounds %d to %d', (value, rounded) => {
    expect(roundToNearest(value, 5)).toBe(rounded);
  });
});

describe('counts shown exactly (no rounding)', async () => {
  // Outcomes 12 = accepted 2 + declined 7 + could not contact 3; answered 9 = accepted + declined.
  // Withholding 2 and 3, and 7 so that 2 is not 9 - 7, still left 3 = 12 - 9: sums of measures
  // that overlap give away what no single line does. Every withheld count now has a witness.
  const children = [outcome('accepted'), outcome('accepted'), ...Array.from({ length: 7 }, () => outcome('declined')), ...Array.from({ length: 3 }, () => outcome('could-not-contact'))].map((offer) => aChild({ offers: [offer] }));
  const exact = await computeMeasures(children, { period: year, measures: measuresWithInputs(['offer-outcomes', 'offers-answered', 'offers-accepted', 'offers-declined', 'offers-could-not-contact']) });
  const published = applyDisclosure(exact, 'published', { roundTo: 1 });

  it('cannot work out could-not-contact as outcomes less answered', () => {
    expect(cellOf(published, 'offers-could-not-contact', {})).toEqual(suppressed);
    expect([cellOf(published, 'offer-outcomes', {}), cellOf(published, 'offers-answered', {})]).toContainEqual(suppressed);
    expect(attackTogether([published], truthFrom([exact]), { shown: 'exact' }).pinned).toEqual([]);
  });
});

describe('published figures from generated populations', () => {
  const options = { period: year, groupBy: ['authority', 'quarter'] as const, breakdown: ['ageBand', 'area', 'asylumStatus'] as const };

  it('never show a count of 1 to 4, and never a rate, percentile or count that a withheld count feeds', async () => {
    await fc.assert(fc.asyncProperty(populationArbitrary(30), async (population) => {
      const published = applyDisclosure(await computeMeasures(population, options), 'published');
      for (const measure of published.measures) {
        const cells = published.values.get(measure.id)!;
        cells.forEach((cell, index) => {
          if (measure.kind === 'count' && typeof cell === 'number') {
            expect(cell >= 1 && cell <= 4).toBe(false);
            expect(cell % 5).toBe(0);
          }
          if (measure.kind === 'ratio') {
            const sides = [measure.numeratorId, measure.denominatorId].map((id) => published.values.get(id)![index]);
            if (sides.some(isSuppressed)) expect(cell).toEqual(suppressed);
            if (measure.proportion && typeof cell === 'number') expect(cell >= 0 && cell <= 1).toBe(true);
          }
          if (measure.kind === 'percentile' && isSuppressed(published.values.get(measure.countId)![index])) expect(cell).toEqual(suppressed);
        });
      }
    }), { numRuns: 12 });
  });

  it('cannot be differenced back to a withheld count, solving every sum of the table at once', async () => {
    await fc.assert(fc.asyncProperty(populationArbitrary(30), async (population) => {
      const exact = await computeMeasures(population, options);
      expect(attackTogether([applyDisclosure(exact, 'published')], truthFrom([exact]), { shown: 'rounded' }).pinned).toEqual([]);
      // Shown exactly, too: the witnesses then have to move withheld counts only.
      expect(attackTogether([applyDisclosure(exact, 'published', { roundTo: 1 })], truthFrom([exact]), { shown: 'exact' }).pinned).toEqual([]);
    }), { numRuns: 8, endOnFailure: true });
  }, 300_000);
});
