// Primary and secondary suppression with a witness for every withheld cell. Counts of 1 to 4 are
// withheld; then each withheld count gets a witness: a second table, different from the true one
// in that count, that a reader cannot tell from the true one. It balances every sum a reader can
// form (every line of every axis), keeps every withheld count at 1 or more, changes a shown count
// only within its rounding (a shown 10 stays something that rounds to 10 and is not 1 to 4),
// never changes a shown zero, and keeps every quarter-against-year comparison a reader can rely
// on. The witness is a "hypercube": one balanced change per axis (a swap between two authorities
// of a region, two age bands, two quarters... or a path up through the totals) multiplied
// together. Where a corner could not move unseen, it is withheld too, choosing the change that
// withholds the least; every withheld corner is then protected by the same witness. With a
// witness for every withheld count, no reader of everything published together can pin one down,
// however they combine the published sums.
import { balance, pathsUpFrom, vectorsThrough, type AxisVector, type PartChooser } from './balanced-vectors.js';
import { cellIndex, type SuppressionModel } from './suppression-model.js';

export interface SuppressionRules {
  /** Counts from 1 up to this are withheld (StatsWales practice: 1 to 4). */
  readonly smallestWithheld: number;
  readonly largestWithheld: number;
}

export const defaultSuppressionRules: SuppressionRules = { smallestWithheld: 1, largestWithheld: 4 };

/** How many of the cheapest changes per axis are tried together for each cell (more is slower, withholds less). */
const candidatesPerAxis = 8;
/** For a total column: how many of each other axis's cheapest changes get a column change chosen for them. */
const jointCandidates = 3;

type Entries = readonly (readonly [number, number])[];

interface Corner {
  readonly index: number;
  readonly change: number;
}

interface Witness {
  /** Cells that change (withheld ones are protected by it). */
  readonly corners: readonly Corner[];
  /** Shown cells that have to be withheld for it to hold. */
  readonly toWithhold: readonly number[];
  /** What withholding them loses: the sum of their values. */
  readonly loss: number;
}

/** What a reader knows of a count: withheld (at least the smallest withheld) or shown after rounding. */
interface Reading {
  readonly withheld: Uint8Array;
  readonly values: Float64Array;
  readonly rules: SuppressionRules;
  readonly roundTo: number;
}

const rounded = (value: number, multiple: number) => Math.round(value / multiple) * multiple;

/** True when a shown count could be `change` more without its published figure moving. */
function absorbs(reading: Reading, index: number, change: number): boolean {
  const value = reading.values[index]!;
  const next = value + change;
  return value !== 0 && next > reading.rules.largestWithheld && rounded(next, reading.roundTo) === rounded(value, reading.roundTo);
}

/**
 * Marks cells to withhold (1 = withheld). Zero is never withheld: it cannot identify a child.
 * `roundTo` is the multiple shown counts are rounded to (1 when they are shown exactly).
 */
export function suppressWithWitnesses(model: SuppressionModel, rules: SuppressionRules = defaultSuppressionRules, roundTo = 5): Uint8Array {
  const { values } = model;
  const withheld = new Uint8Array(values.length);
  const protectedCell = new Uint8Array(values.length);
  for (let index = 0; index < values.length; index += 1) {
    const value = values[index]!;
    if (value >= rules.smallestWithheld && value <= rules.largestWithheld) withheld[index] = 1;
  }
  const reading: Reading = { withheld, values, rules, roundTo };
  const G = model.groups.size;
  const Q = model.quarters.size;
  const C = model.columns.size;
  for (let index = 0; index < values.length; index += 1) {
    if (!withheld[index] || protectedCell[index]) continue;
    const c = index % C;
    const q = Math.floor(index / C) % Q;
    const g = Math.floor(index / (C * Q)) % G;
    const m = Math.floor(index / (C * Q * G));
    const witness =
      cheapestWitness(model, reading, m, g, q, c, true) ??
      pathWitness(model, reading, m, g, q, c, true) ??
      cheapestWitness(model, reading, m, g, q, c, false) ??
      pathWitness(model, reading, m, g, q, c, false);
    if (!witness) throw new Error(`no witness found for a withheld count (measure ${m}, group ${g}, quarter ${q}, column ${c})`);
    for (const cell of witness.toWithhold) withheld[cell] = 1;
    for (const corner of witness.corners) if (withheld[corner.index]) protectedCell[corner.index] = 1;
  }
  return withheld;
}

/** The cheapest hypercube: the few cheapest balanced changes of each axis, tried in every combination. */
function cheapestWitness(model: SuppressionModel, reading: Reading, m: number, g: number, q: number, c: number, keepQuarterOrder: boolean): Witness | null {
  const { values, withheld } = reading;
  /** What a cell costs a change through it: nothing if withheld or free to move unseen, its value if it would have to be withheld; a zero never moves. */
  const cost = (index: number) => (withheld[index] ? 0 : values[index] === 0 ? Infinity : absorbs(reading, index, 1) || absorbs(reading, index, -1) ? 0.5 : values[index]!);
  const chooser = (cellAt: (node: number) => number): PartChooser => (parts) => {
    let best: number | undefined;
    let bestCost = Infinity;
    for (const part of parts) {
      const partCost = cost(cellAt(part));
      if (partCost < bestCost) [best, bestCost] = [part, partCost];
    }
    return best;
  };
  const cellOnM = (node: number) => cellIndex(model, node, g, q, c);
  const cellOnG = (node: number) => cellIndex(model, m, node, q, c);
  const cellOnQ = (node: number) => cellIndex(model, m, g, node, c);
  const cellOnC = (node: number) => cellIndex(model, m, g, q, node);
  const ranked = (vectors: readonly AxisVector[], cellAt: (node: number) => number, own: number): Entries[] => {
    const scored = vectors.map((vector) => {
      let total = 0;
      for (const node of vector.keys()) if (node !== own) total += cost(cellAt(node));
      return { entries: [...vector] as Entries, total };
    });
    return scored.filter((candidate) => Number.isFinite(candidate.total)).sort((x, y) => x.total - y.total).slice(0, candidatesPerAxis).map((candidate) => candidate.entries);
  };
  const childCounts = model.countsChildren[m]!;
  const measureVectors = ranked(vectorsThrough(model.measures, m, chooser(cellOnM)), cellOnM, m);
  const groupVectors = ranked(vectorsThrough(model.groups, g, chooser(cellOnG)), cellOnG, g);
  const quarterVectors = ranked(childCounts ? childQuarterVectors(model, q) : vectorsThrough(model.quarters, q, chooser(cellOnQ)), cellOnQ, q);
  const columnVectors = ranked(vectorsThrough(model.columns, c, chooser(cellOnC)), cellOnC, c);

  // A count in a total column has to move down every breakdown at once; besides the columns' own
  // cheapest changes, one is chosen for each of the few cheapest corners of the other axes: in
  // each breakdown, the value that is not zero (and cheapest) in every row it touches.
  const isTotal = model.columns.lines.some((line) => line.margin === c);
  let best: Witness | null = null;
  for (const [mi, mv] of measureVectors.entries()) for (const [gi, gv] of groupVectors.entries()) for (const [qi, qv] of quarterVectors.entries()) {
    const joint = !isTotal || mi >= jointCandidates || gi >= jointCandidates || qi >= jointCandidates ? null : balance(model.columns, new Map([[c, 1]]), (parts) => {
      let chosen: number | undefined;
      let chosenCost = Infinity;
      for (const part of parts) {
        let partCost = 0;
        for (const [mn] of mv) for (const [gn] of gv) for (const [qn] of qv) partCost += cost(cellIndex(model, mn, gn, qn, part));
        if (partCost < chosenCost) [chosen, chosenCost] = [part, partCost];
      }
      return chosen;
    });
    for (const cv of joint ? [...columnVectors, [...joint] as Entries] : columnVectors) {
      const candidate = evaluate(model, reading, m, mv, gv, qv, cv, keepQuarterOrder);
      if (candidate && (!best || candidate.loss < best.loss || (candidate.loss === best.loss && candidate.toWithhold.length < best.toWithhold.length))) best = candidate;
      if (best && best.loss === 0) return best;
    }
  }
  return best;
}

/**
 * The fallback: one more thing like one already counted in the cell. On every axis the change
 * runs from the cell up through every total above it, and where a total is split another way
 * (Wales by provider as well as by authority; the total column by every breakdown) it goes down
 * one part that is not zero wherever the other axes' changes are. A thing counted in the cell is
 * such a path, so one always exists (adding to counts never takes one below 1); keeping every
 * quarter-against-year comparison may not be possible, which `keepQuarterOrder` decides.
 */
function pathWitness(model: SuppressionModel, reading: Reading, m: number, g: number, q: number, c: number, keepQuarterOrder: boolean): Witness | null {
  const { values, withheld } = reading;
  const nonZero = (mn: number, gn: number, qn: number, cn: number) => values[cellIndex(model, mn, gn, qn, cn)]! !== 0;
  const childCounts = model.countsChildren[m]!;
  const measurePaths = pathsUpFrom(model.measures, m, (node) => nonZero(node, g, q, c));
  const quarterPaths = childCounts ? [new Map([[q, 1]])] : pathsUpFrom(model.quarters, q, (node) => nonZero(m, g, node, c));
  let best: Witness | null = null;
  for (const mv of measurePaths) {
    for (const qv of quarterPaths) {
      const groupPaths = pathsUpFrom(model.groups, g, (node) => [...mv.keys()].every((mn) => [...qv.keys()].every((qn) => nonZero(mn, node, qn, c))));
      for (const gv of groupPaths) {
        const cost = (node: number) => {
          let total = 0;
          for (const mn of mv.keys()) for (const gn of gv.keys()) for (const qn of qv.keys()) {
            const index = cellIndex(model, mn, gn, qn, node);
            if (values[index] === 0) return Infinity;
            if (!withheld[index] && !absorbs(reading, index, 1)) total += values[index]!;
          }
          return total;
        };
        const cv = balance(model.columns, new Map([[c, 1]]), (parts) => {
          let chosen: number | undefined;
          let chosenCost = Infinity;
          for (const part of parts) {
            const partCost = cost(part);
            if (partCost < chosenCost) [chosen, chosenCost] = [part, partCost];
          }
          return chosen;
        });
        if (!cv) continue;
        const candidate = evaluate(model, reading, m, [...mv], [...gv], [...qv], [...cv], keepQuarterOrder);
        if (candidate && (!best || candidate.loss < best.loss || (candidate.loss === best.loss && candidate.toWithhold.length < best.toWithhold.length))) best = candidate;
      }
    }
  }
  return best;
}

/**
 * One change as a witness, read both ways (the counts up, or down): its corners, the shown cells
 * that would give it away and so must be withheld, and what that loses; null when neither way
 * works (a zero would move, a withheld count would drop below 1, a quarter would pass its year).
 */
function evaluate(model: SuppressionModel, reading: Reading, m: number, mv: Entries, gv: Entries, qv: Entries, cv: Entries, keepQuarterOrder: boolean): Witness | null {
  const { values, withheld, rules } = reading;
  const corners: Corner[] = [];
  for (const [mn, mc] of mv) {
    for (const [gn, gc] of gv) {
      for (const [qn, qc] of qv) {
        for (const [cn, cc] of cv) {
          const index = cellIndex(model, mn, gn, qn, cn);
          if (values[index] === 0) return null;
          corners.push({ index, change: mc * gc * qc * cc });
        }
      }
    }
  }
  let best: Witness | null = null;
  for (const sign of [1, -1]) {
    const toWithhold: number[] = [];
    let loss = 0;
    let valid = true;
    for (const { index, change } of corners) {
      const next = values[index]! + sign * change;
      if (withheld[index]) {
        if (next < rules.smallestWithheld) valid = false;
      } else if (!absorbs(reading, index, sign * change)) {
        if (next < rules.smallestWithheld) valid = false;
        toWithhold.push(index);
        loss += values[index]!;
      }
      if (!valid) break;
    }
    if (!valid) continue;
    if (keepQuarterOrder && model.countsChildren[m] && model.wholePeriod >= 0 && !keepsQuarterOrder(model, mv, gv, qv, cv, sign)) continue;
    if (!best || loss < best.loss || (loss === best.loss && toWithhold.length < best.toWithhold.length)) best = { corners, toWithhold, loss };
  }
  return best;
}

/**
 * Children are counted in every quarter they were entitled, so quarters carry no sums; any
 * change will do as long as the quarter-against-year comparisons keep holding.
 */
function childQuarterVectors(model: SuppressionModel, q: number): AxisVector[] {
  const year = model.wholePeriod;
  const vectors: Map<number, number>[] = [new Map([[q, 1]])];
  if (year < 0 || model.quarters.size === 1) return vectors;
  for (let other = 0; other < model.quarters.size; other += 1) {
    if (other === q) continue;
    if (q === year) vectors.push(new Map([[q, 1], [other, 1]]));
    else if (other === year) vectors.push(new Map([[q, 1], [year, 1]]));
    else vectors.push(new Map([[q, 1], [other, -1]]));
  }
  return vectors;
}

/**
 * True when the changed figures keep every comparison between quarters and the whole period
 * that a reader can rely on and the true figures satisfy (a quarter at most the year; the year
 * at most its quarters added up): in the total column of a group a child stays in. Elsewhere a
 * child is described as of each window's last day (a birthday, a new placement or provider), so
 * no such comparison holds in general.
 */
function keepsQuarterOrder(model: SuppressionModel, mv: Entries, gv: Entries, qv: Entries, cv: Entries, sign: number): boolean {
  const year = model.wholePeriod;
  const delta = new Float64Array(model.quarters.size);
  for (const [mn, mc] of mv) {
    for (const [gn, gc] of gv) {
      if (!model.keepsChildrenAcrossWindows[gn]) continue;
      for (const [cn, cc] of cv) {
        if (cn !== 0) continue;
        delta.fill(0);
        for (const [qn, qc] of qv) delta[qn] = sign * mc * gc * cc * qc;
        const at = (quarter: number) => model.values[cellIndex(model, mn, gn, quarter, cn)]!;
        const yearBefore = at(year);
        const yearAfter = yearBefore + delta[year]!;
        let sumBefore = 0;
        let sumAfter = 0;
        for (let quarter = 0; quarter < model.quarters.size; quarter += 1) {
          if (quarter === year) continue;
          const before = at(quarter);
          const after = before + delta[quarter]!;
          sumBefore += before;
          sumAfter += after;
          if (before <= yearBefore && after > yearAfter) return false;
          if (after < 0) return false;
        }
        if (yearBefore <= sumBefore && yearAfter > sumAfter) return false;
      }
    }
  }
  return true;
}
