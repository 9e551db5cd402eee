import { idSchema } from '@cynnig/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableId } from './stable-id.js';

describe('stable ids for imported rows', () => {
  it('are version 5 UUIDs the domain accepts as ids', () => {
    const id = stableId('W06000015', 'child', 'CDF-2019-0042');
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(id[14]).toBe('5');
  });

  it('are the same every time for the same authority, kind and key', () => {
    fc.assert(fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (parts) => {
      expect(stableId('W06000015', ...parts)).toBe(stableId('W06000015', ...parts));
    }));
  });

  it('differ between authorities and between keys that would read the same if simply joined', () => {
    expect(stableId('W06000015', 'child', 'A1')).not.toBe(stableId('W06000011', 'child', 'A1'));
    expect(stableId('W06000015', 'placements', 'A/1', '2024-01-01')).not.toBe(stableId('W06000015', 'placements', 'A', '1/2024-01-01'));
  });
});
