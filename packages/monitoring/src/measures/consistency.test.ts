import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { financialYear } from '../period/financial-quarter.js';
import { populationArbitrary } from '../test-support/arbitraries.js';
import { computeMeasures } from './compute.js';
import { ALL } from './dimensions.js';
import { measureCatalogue, measurePartitions } from './measure-catalogue.js';

const options = { period: financialYear(2024), groupBy: ['advocacyRegion', 'provider', 'quarter'] as const, breakdown: ['legalStatus', 'placementType', 'language', 'disability'] as const };

describe('measures on generated populations', () => {
  it('add up: breakdowns to their total, groups to their margin, and partitioned measures to their total', async () => {
    await fc.assert(fc.asyncProperty(populationArbitrary(30), async (population) => {
      const result = await computeMeasures(population, options);
      const width = result.columns.length;
      for (const measure of result.measures) {
        if (measure.kind !== 'count') continue;
        const cells = result.values.get(measure.id) as number[];
        result.rows.forEach((row, r) => {
          for (const dimension of result.breakdown) {
            const sum = result.columns.reduce((total, column, c) => total + (column.dimension === dimension ? cells[r * width + c]! : 0), 0);
            expect(sum).toBe(cells[r * width]);
          }
          for (const dimension of result.groupBy) {
            if (row[dimension] !== ALL || (dimension === 'quarter' && measure.unit === 'child')) continue;
            const others = result.groupBy.filter((d) => d !== dimension);
            const parts = result.rows.flatMap((candidate, index) => (candidate[dimension] !== ALL && others.every((d) => candidate[d] === row[d]) ? [index] : []));
            for (let c = 0; c < width; c += 1) expect(parts.reduce((total, p) => total + cells[p * width + c]!, 0)).toBe(cells[r * width + c]);
          }
        });
      }
      for (const partition of measurePartitions) {
        const total = result.values.get(partition.total) as number[];
        const parts = partition.parts.map((id) => result.values.get(id) as number[]);
        total.forEach((value, index) => expect(parts.reduce((sum, part) => sum + part[index]!, 0)).toBe(value));
      }
    }), { numRuns: 8 });
  });

  it('keep every share between 0 and 1, and never count more children in a quarter than in the year', async () => {
    await fc.assert(fc.asyncProperty(populationArbitrary(40), async (population) => {
      const result = await computeMeasures(population, options);
      const width = result.columns.length;
      for (const measure of result.measures) {
        const cells = result.values.get(measure.id)!;
        if (measure.kind === 'ratio' && measure.proportion) for (const cell of cells) if (typeof cell === 'number') expect(cell >= 0 && cell <= 1).toBe(true);
        if (measure.kind === 'count' && measure.unit === 'child') {
          result.rows.forEach((row, r) => {
            // A child is described as of each window's own date (their provider can change), so compare the all-groups rows.
            if (row.quarter === ALL || row.advocacyRegion !== ALL || row.provider !== ALL) return;
            const yearRow = result.rows.findIndex((candidate) => candidate.quarter === ALL && candidate.advocacyRegion === row.advocacyRegion && candidate.provider === row.provider);
            expect(cells[r * width]! as number).toBeLessThanOrEqual(cells[yearRow * width] as number);
          });
        }
      }
    }), { numRuns: 15 });
  });

  it('never put the median above the 90th percentile, in any row or column', async () => {
    await fc.assert(fc.asyncProperty(populationArbitrary(40), async (population) => {
      const result = await computeMeasures(population, options);
      const median = result.values.get('working-days-to-offer-median')!;
      const p90 = result.values.get('working-days-to-offer-p90')!;
      median.forEach((value, index) => {
        const high = p90[index];
        if (typeof value !== 'number' || typeof high !== 'number') {
          // Both are there, or neither: they are worked out from the same offers.
          expect(typeof value).toBe(typeof high);
          return;
        }
        expect(value).toBeLessThanOrEqual(high);
      });
    }), { numRuns: 15 });
  });

  it('document every measure in both languages, with a denominator exactly when it is a ratio', () => {
    for (const measure of measureCatalogue) {
      for (const text of [measure.name, measure.definition, measure.numerator, measure.periodRule, measure.whatCounts]) {
        expect(text.en.length).toBeGreaterThan(0);
        expect(text.cy.length).toBeGreaterThan(0);
        expect(text.cy).not.toMatch(/rhagweithiol/i);
      }
      expect(measure.denominator === null).toBe(measure.kind !== 'ratio');
    }
  });
});
