import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeMeasures } from '../measures/compute.js';
import { ALL } from '../measures/dimensions.js';
import { measurePartitions, measuresWithInputs } from '../measures/measure-catalogue.js';
import { cellOf, isSuppressed, suppressed, type MeasureResult } from '../measures/measure-result.js';
import { financialYear } from '../period/financial-quarter.js';
import { populationArbitrary } from '../test-support/arbitraries.js';
import { aChild, CARDIFF, SWANSEA } from '../test-support/child-records.js';
import { attack } from '../test-support/differencing-attack.js';
import { applyDisclosure, roundToNearest } from './apply-disclosure.js';
import { suppressCells } from './secondary-suppression.js';
import { countCellsOf, linesOf } from './table-lines.js';

const year = financialYear(2024);

describe('suppressing cells in a line', () => {
  it('withholds counts of 1 to 4 and never 0', () => {
    const values = Float64Array.from([0, 1, 4, 5, 17]);
    expect(Array.from(suppressCells(values, []))).toEqual([0, 1, 1, 0, 0]);
  });

  it('withholds the next smallest non-zero cell when a line has only one withheld', () => {
    // 3 + 0 + 8 + 12 = 23: 3 is withheld, and 8 (not the 0) goes with it so 3 cannot be worked out as 23 - 8 - 12.
    const values = Float64Array.from([23, 3, 0, 8, 12]);
    expect(Array.from(suppressCells(values, [{ margin: 0, parts: [1, 2, 3, 4] }]))).toEqual([0, 1, 0, 1, 0]);
  });

  it('keeps going until every line is safe', () => {
    // Two rows of a table with a column line linking them:
    //  row 1: 2 + 6 = 8 (margin at 0), row 2: 7 + 9 = 16 (margin at 3), column: 2 + 7 = 9 (margin at 6).
    // 2 is withheld; row 1 then needs 6 withheld; the column then needs 7; row 2 then needs 9.
    const values = Float64Array.from([8, 2, 6, 16, 7, 9, 9]);
    const lines = [
      { margin: 0, parts: [1, 2] },
      { margin: 3, parts: [4, 5] },
      { margin: 6, parts: [1, 4] },
    ];
    expect(Array.from(suppressCells(values, lines))).toEqual([0, 1, 1, 0, 1, 1, 0]);
  });
});

describe('publishing figures from a small population', async () => {
  // Cardiff: 2 entitled children, one of whom accepted an offer. Swansea: 7 entitled children.
  const cardiff = [aChild({ authorityCode: CARDIFF, offers: [{ triggeredOn: '2024-05-01', referredOn: '2024-05-02', offerMadeOn: '2024-05-03', outcome: 'accepted', outcomeOn: '2024-05-03', mode: 'instructed' }] }), aChild({ authorityCode: CARDIFF })];
  const swansea = Array.from({ length: 7 }, () => aChild({ authorityCode: SWANSEA }));
  const exact = await computeMeasures([...cardiff, ...swansea], { period: year, groupBy: ['authority'], measures: measuresWithInputs(['children-entitled', 'take-up-rate']) });
  const published = applyDisclosure(exact, 'published');

  it('shows an authority its own children exactly', () => {
    const own = applyDisclosure(exact, 'exact');
    expect(cellOf(own, 'children-entitled', { authority: CARDIFF })).toBe(2);
    expect(cellOf(own, 'take-up-rate', { authority: CARDIFF })).toBe(1);
  });

  it('withholds Cardiff\'s 2, then Swansea\'s 7 so 2 cannot be worked out from the Wales total of 9, which is rounded to 10', () => {
    expect(cellOf(published, 'children-entitled', { authority: CARDIFF })).toEqual(suppressed);
    expect(cellOf(published, 'children-entitled', { authority: SWANSEA })).toEqual(suppressed);
    expect(cellOf(published, 'children-entitled', { authority: ALL })).toBe(10);
  });

  it('withholds a rate worked out from a withheld count', () => {
    expect(cellOf(published, 'take-up-rate', { authority: CARDIFF })).toEqual(suppressed);
    expect(cellOf(published, 'take-up-rate', { authority: ALL })).toEqual(suppressed);
  });

  it.each([[0, 0], [7, 5], [8, 10], [12, 10], [13, 15], [1003, 1005]])('rounds %d to %d', (value, rounded) => {
    expect(roundToNearest(value, 5)).toBe(rounded);
  });
});

/** The published figures, but with every shown count exact: the strongest attacker's view. */
function exactButWithheld(exact: MeasureResult, published: MeasureResult): MeasureResult {
  const values = new Map([...exact.values].map(([id, cells]) => [id, cells.map((cell, index) => (isSuppressed(published.values.get(id)![index]) ? suppressed : cell))]));
  return { ...exact, values };
}

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

  it('leave no line (row, column, total or sum of measures) with exactly one withheld cell', async () => {
    await fc.assert(fc.asyncProperty(populationArbitrary(30), async (population) => {
      const exact = await computeMeasures(population, options);
      const cells = countCellsOf(exact);
      const withheld = suppressCells(cells.values, linesOf(exact, cells, measurePartitions));
      for (const line of linesOf(exact, cells, measurePartitions)) {
        const count = [line.margin, ...line.parts].filter((cell) => withheld[cell]).length;
        expect(count).not.toBe(1);
      }
    }), { numRuns: 12 });
  });

  it('cannot be differenced back to a withheld count from every published sum', async () => {
    await fc.assert(fc.asyncProperty(populationArbitrary(40), async (population) => {
      const exact = await computeMeasures(population, options);
      const published = applyDisclosure(exact, 'published');
      // A reader with the rounded figures who knows a withheld count is at least 1.
      expect(attack(published, measurePartitions, { publishedSlack: 2, withheldAtLeast: 1 }, exact)).toEqual([]);
      // A stronger reader who somehow had every shown count exactly.
      expect(attack(exactButWithheld(exact, published), measurePartitions, { publishedSlack: 0, withheldAtLeast: 0 })).toEqual([]);
    }), { numRuns: 12 });
  });
});
