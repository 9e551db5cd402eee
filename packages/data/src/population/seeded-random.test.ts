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

  it('never makes the same id in two streams, even when one stream repeats the other\'s numbers a few draws on', () => {
    // mulberry32 steps its state by a fixed amount, so a stream seeded that amount times k further
    // on repeats another's numbers from its k-th draw; a population of 140,000 children has
    // thousands of such pairs.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 500 }), (seed, behind) => {
        const first = new SeededRandom(seed);
        const second = new SeededRandom((seed + Math.imul(0x6d2b79f5, behind)) >>> 0);
        for (let i = 0; i < behind; i += 1) first.next();
        expect(first.next()).toBe(second.next());
        const ids = new Set<string>();
        for (let i = 0; i < 50; i += 1) {
          ids.add(first.uuid());
          ids.add(second.uuid());
        }
        expect(ids.size).toBe(100);
      }),
    );
  });

  it('never makes the same id twice in one stream', () => {
    const random = new SeededRandom(11);
    const ids = new Set(Array.from({ length: 20_000 }, () => random.uuid()));
    expect(ids.size).toBe(20_000);
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
