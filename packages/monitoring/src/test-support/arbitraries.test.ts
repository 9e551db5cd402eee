import fc from 'fast-check';
import { childRecordSchema } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { childRecordArbitrary } from './arbitraries.js';

describe('generated child records', () => {
  it('are valid by the shared domain schema', () => {
    fc.assert(fc.property(childRecordArbitrary, (record) => {
      expect(childRecordSchema.safeParse(record).error?.issues ?? []).toEqual([]);
    }), { numRuns: 200 });
  });
});
