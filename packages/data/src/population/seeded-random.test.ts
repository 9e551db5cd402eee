import fc from 'fast-check';
import { idSchema } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { SeededRandom, mixSeed } from './seeded-random.js';

describe('the seeded random stream', () => {
  it('gives the same numbers for the same seed, and different numbers for another', () => {
    const draw = (seed: number) => Array.from({ length: 20 }, ((random) => () => random.next())(new SeededRandom(seed)));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps whole numbers within their bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, min, span) => {
        const random = new SeededRandom(seed);
        for (let i = 0; i < 20; i += 1) {
          const value = random.int(min, min + span);
          expect(value).toBeGreaterThanOrEqual(min);
          expect(value).toBeLessThanOrEqual(min + span);
        }
      }),
    );
  });

  it('makes ids the domain accepts', () => {
    const random = new SeededRandom(mixSeed(1, 2, 3));
    for (let i = 0; i < 200; i += 1) expect(idSchema.safeParse(random.uuid()).success).toBe(true);
  });

  it('never makes the same id in two streams that pass through the same states', () => {
    // The second stream starts where the first will be after 40 draws (each draw adds 0x6d2b79f5
    // to the state), so from then on both draw the same numbers.
    const first = new SeededRandom(1000);
    const second = new SeededRandom((1000 + 40 * 0x6d2b79f5) >>> 0);
    for (let i = 0; i < 40; i += 1) first.next();
    expect(first.next()).toBe(second.next());
    const ids = new Set<string>();
    for (let i = 0; i < 100; i += 1) {
      ids.add(first.uuid());
      ids.add(second.uuid());
    }
    expect(ids.size).toBe(200);
  });

  it('picks by weight in about the right proportions', () => {
    const random = new SeededRandom(7);
    let heavy = 0;
    for (let i = 0; i < 20_000; i += 1) if (random.weighted({ heavy: 3, light: 1 }) === 'heavy') heavy += 1;
    expect(heavy / 20_000).toBeCloseTo(0.75, 1);
  });

  it('gives each child index its own stream', () => {
    expect(mixSeed(1, 0)).not.toBe(mixSeed(1, 1));
    expect(mixSeed(1, 0)).not.toBe(mixSeed(2, 0));
    expect(mixSeed(5, 9)).toBe(mixSeed(5, 9));
  });
});
