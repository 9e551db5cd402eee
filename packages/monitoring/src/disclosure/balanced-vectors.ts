// Changes along one axis that keep every line of that axis balanced: move one count from one
// authority to another in the same region, from one age band to another, from one quarter to
// another; or add one to a part and to every total above it (and, where a total is also split
// another way, to one part of each other split). Disclosure control multiplies one such change
// per axis into a change of the whole table that no published sum can see.
import type { Axis, AxisLine } from './suppression-model.js';

/** Node -> how much it changes (usually +1 or -1). */
export type AxisVector = ReadonlyMap<number, number>;

/** Picks one of several parts to carry a change down a line; undefined when none will do. */
export type PartChooser = (parts: readonly number[]) => number | undefined;

/** For each node, the lines it is the margin of and the lines it is a part of. */
interface AxisIndex {
  readonly marginOf: readonly (readonly number[])[];
  readonly partOf: readonly (readonly number[])[];
}

const indexes = new WeakMap<Axis, AxisIndex>();
function indexOf(axis: Axis): AxisIndex {
  let index = indexes.get(axis);
  if (!index) {
    const marginOf: number[][] = Array.from({ length: axis.size }, () => []);
    const partOf: number[][] = Array.from({ length: axis.size }, () => []);
    axis.lines.forEach((line, l) => {
      marginOf[line.margin]!.push(l);
      for (const part of line.parts) partOf[part]!.push(l);
    });
    indexes.set(axis, (index = { marginOf, partOf }));
  }
  return index;
}

/** A vector being built, with each line's residual (margin less the sum of its parts) kept up to date. */
class Balancing {
  readonly vector: Map<number, number>;
  readonly fixed: Set<number>;
  readonly residuals: Float64Array;

  constructor(private readonly axis: Axis, start: AxisVector, from?: Balancing) {
    this.vector = from ? new Map(from.vector) : new Map();
    this.fixed = from ? new Set(from.fixed) : new Set();
    this.residuals = from ? Float64Array.from(from.residuals) : new Float64Array(axis.lines.length);
    for (const [node, change] of start) {
      this.add(node, change);
      this.fixed.add(node);
    }
  }

  add(node: number, change: number): void {
    this.vector.set(node, (this.vector.get(node) ?? 0) + change);
    const { marginOf, partOf } = indexOf(this.axis);
    for (const line of marginOf[node]!) this.residuals[line]! += change;
    for (const line of partOf[node]!) this.residuals[line]! -= change;
  }

  /** Moves free margins until every line is balanced or only lines with a fixed margin are out. */
  settleUpwards(): void {
    for (let moved = true; moved; ) {
      moved = false;
      for (let l = 0; l < this.residuals.length; l += 1) {
        const off = this.residuals[l]!;
        const margin = this.axis.lines[l]!.margin;
        if (off === 0 || this.fixed.has(margin)) continue;
        this.add(margin, -off);
        this.fixed.add(margin);
        moved = true;
      }
    }
  }

  /**
   * The out-of-balance line with the fewest parts: a region's own authorities before all of
   * Wales's, so a change goes down the most specific way first and the wider lines then balance.
   */
  narrowestUnbalanced(): AxisLine | undefined {
    let found: AxisLine | undefined;
    for (let l = 0; l < this.residuals.length; l += 1) {
      const line = this.axis.lines[l]!;
      if (this.residuals[l] !== 0 && (!found || line.parts.length < found.parts.length)) found = line;
    }
    return found;
  }

  residualOf(line: AxisLine): number {
    return this.residuals[this.axis.lines.indexOf(line)]!;
  }

  result(): Map<number, number> {
    return new Map([...this.vector].filter(([, change]) => change !== 0));
  }
}

/**
 * Completes `start` into a vector that balances every line of the axis, or null. A line out of
 * balance moves its margin when the margin is still free, and otherwise moves one free part
 * (picked by `choose`). Nodes set once are never moved again, so this always ends.
 */
export function balance(axis: Axis, start: AxisVector, choose: PartChooser): Map<number, number> | null {
  const state = new Balancing(axis, start);
  for (let step = 0; step <= axis.size + 1; step += 1) {
    state.settleUpwards();
    const down = state.narrowestUnbalanced();
    if (!down) return state.result();
    const part = choose(down.parts.filter((candidate) => !state.fixed.has(candidate)));
    if (part === undefined) return null;
    state.add(part, state.residualOf(down));
    state.fixed.add(part);
  }
  return null;
}

/**
 * Balanced vectors that move `node`: swaps with each other part of a line it is in, the path
 * from it up to every total above it, and paths up through it from each of its parts.
 */
export function vectorsThrough(axis: Axis, node: number, choose: PartChooser): Map<number, number>[] {
  const found = new Map<string, Map<number, number>>();
  const keep = (vector: Map<number, number> | null) => {
    if (!vector || !vector.get(node)) return;
    const key = [...vector].sort((a, b) => a[0] - b[0]).map(([n, c]) => `${n}:${c}`).join(',');
    if (!found.has(key)) found.set(key, vector);
  };
  const { marginOf, partOf } = indexOf(axis);
  keep(balance(axis, new Map([[node, 1]]), choose));
  for (const l of partOf[node]!) {
    for (const other of axis.lines[l]!.parts) if (other !== node) keep(balance(axis, new Map([[node, 1], [other, -1]]), choose));
  }
  for (const l of marginOf[node]!) for (const part of axis.lines[l]!.parts) keep(balance(axis, new Map([[part, 1]]), choose));
  return [...found.values()];
}

/**
 * Every path from `node` up through all the totals above it, trying each allowed part wherever a
 * total split another way needs one of its parts to move too (at most `limit` paths).
 */
export function pathsUpFrom(axis: Axis, node: number, allowed: (part: number) => boolean, limit = 400): Map<number, number>[] {
  const found: Map<number, number>[] = [];
  const visit = (state: Balancing) => {
    if (found.length >= limit) return;
    state.settleUpwards();
    const down = state.narrowestUnbalanced();
    if (!down) {
      found.push(state.result());
      return;
    }
    const off = state.residualOf(down);
    for (const part of down.parts) {
      if (state.fixed.has(part) || !allowed(part)) continue;
      visit(new Balancing(axis, new Map([[part, off]]), state));
    }
  };
  visit(new Balancing(axis, new Map([[node, 1]])));
  return found;
}
