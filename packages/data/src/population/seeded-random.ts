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

export class SeededRandom {
  private state: number;
  /** The seed the stream started from, and how many ids it has made: what an id is minted from. */
  private readonly origin: number;
  private ids = 0;

  constructor(seed: number) {
    this.state = seed >>> 0;
    this.origin = seed >>> 0;
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
   * A version 4 UUID, deterministic and valid for the domain's schemas. It is minted from the
   * stream's starting seed and a count of ids drawn, not from the stream's 32-bit state: two
   * children's streams can pass through the same states (at Wales size some did, and gave two
   * allocations the same id), but no two streams start from the same seed. The stream still moves
   * on as far as before, so everything drawn after an id is as it was.
   */
  uuid(): string {
    for (let draw = 0; draw < 31; draw += 1) this.next();
    this.ids += 1;
    // Each word mixes the seed and the count in its own way (the part first), so two (seed, count)
    // pairs that happen to give one word alike do not give the others alike too.
    const words = [1, 2, 3, 4].map((part) => mixSeed(part, this.origin, this.ids).toString(16).padStart(8, '0')).join('');
    const variant = (8 + (parseInt(words[16]!, 16) % 4)).toString(16);
    return `${words.slice(0, 8)}-${words.slice(8, 12)}-4${words.slice(13, 16)}-${variant}${words.slice(17, 20)}-${words.slice(20, 32)}`;
  }

  /** Several distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }
}
