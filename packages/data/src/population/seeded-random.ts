// A small seeded pseudo-random generator (mulberry32) so that the same seed always gives the
// same population, on any machine. Each child gets its own stream derived from the seed and
// its position, so children can be generated one at a time, in any order, identically.

/** Mixes numbers into a 32-bit seed (a simple, well-spread integer hash). */
export function mixSeed(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A one-to-one scramble of a 32-bit number: different inputs always give different outputs. */
function scramble32(value: number): number {
  let h = Math.imul((value >>> 0) ^ 0x5bd1e995, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const hex = (value: number, digits: number) => (value >>> 0).toString(16).padStart(8, '0').slice(8 - digits);

export class SeededRandom {
  private state: number;
  private readonly stream: number;
  private idsMade = 0;

  /**
   * `stream` names this stream among the population's (a child's position, say); ids from streams
   * with different numbers never collide, even where two streams' numbers overlap, which they do
   * once there are many thousands of them. It defaults to the seed.
   */
  constructor(seed: number, stream: number = seed) {
    this.state = seed >>> 0;
    this.stream = stream >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks a key with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }

  /**
   * A version 4 UUID: deterministic, valid for the domain's schemas, and unique by construction
   * within a population: it carries the stream's number and how many ids the stream has made
   * (both scrambled one-to-one, so ids still look random), with random digits filling the rest.
   */
  uuid(): string {
    const stream = scramble32(this.stream);
    const count = scramble32(this.idsMade);
    this.idsMade += 1;
    const random = (digits: number) => hex(Math.floor(this.next() * 2 ** (digits * 4)), digits);
    const variant = (8 + Math.floor(this.next() * 4)).toString(16);
    return `${hex(stream, 8)}-${hex(count >>> 16, 4)}-4${random(3)}-${variant}${random(3)}-${hex(count & 0xffff, 4)}${random(4)}${random(4)}`;
  }

  /** Several distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }
}
