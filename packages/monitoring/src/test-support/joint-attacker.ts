// An attacker for tests that reads every table published together (authorities, regions,
// providers, Wales, every breakdown, each quarter beside the year, the previous quarter) and
// solves them as one system, the way a determined reader with a spreadsheet would:
//
// - a figure shown in one table and withheld in another is simply read off;
// - everything a reader of MEASURES.md and the published geography knows is written down as an
//   equation: authorities add up to their region and to Wales, regions to Wales, providers to
//   Wales, each breakdown to its total, quarters to the year (for things with one date), outcomes
//   to accepted + declined + could not contact, referrals to their themes, out-of-county and
//   asylum-seeking referrals to the referrals' own area and asylum columns;
// - children are counted in every quarter they were entitled, so for them a quarter is at most
//   the year and the year at most the sum of its quarters (inequalities);
// - a withheld count is at least 1 (zero is always shown) and, in the strongest reading, every
//   shown count is exact (rounding would only help the children).
//
// It then eliminates exactly (rational Gaussian elimination on each connected group of withheld
// cells: a cell fixed by the equations alone is found whatever the path), propagates intervals
// over the original and the eliminated equations and the inequalities until nothing changes,
// and, where a connected group is small enough, enumerates every whole-number solution. A
// withheld cell is recovered when its value is pinned down.
//
// Written apart from the disclosure code on purpose: it builds its equations from the figures
// and the domain's own geography, never from the lines the suppressor uses.
import { regionOn } from '@cynnig/domain';
import { ALL } from '../measures/dimensions.js';
import { isSuppressed, type CellValue, type MeasureResult } from '../measures/measure-result.js';
import { financialQuarterOf, quarterPeriod, type Period } from '../period/financial-quarter.js';

export interface Pinned {
  readonly statistic: string;
  readonly value: number;
  readonly how: 'shown elsewhere' | 'equations' | 'bounds' | 'enumeration';
}

export interface AttackReport {
  readonly pinned: readonly Pinned[];
  /** Withheld statistics the attacker saw, and how many groups were settled by enumeration. */
  readonly withheld: number;
  readonly enumeratedGroups: number;
  readonly equations: number;
}

/** Measures whose parts add up exactly, as MEASURES.md defines them. */
const partitions: readonly { total: string; parts: readonly string[] }[] = [
  { total: 'offer-outcomes', parts: ['offers-accepted', 'offers-declined', 'offers-could-not-contact'] },
  { total: 'offers-answered', parts: ['offers-accepted', 'offers-declined'] },
];
const referralThemePrefix = 'referrals-trigger-';
/**
 * Counts of children for which a child counted in the year was counted in at least one of its
 * quarters. Not true of thresholds (three or more social workers, repeat missing), nor of
 * measures that also ask for entitlement in the same window (social workers added up, offers
 * overdue), since what they count may fall in a quarter the child was not entitled.
 */
const anyDayChildCounts = new Set(['children-entitled', 'children-missing']);

type Known = { kind: 'known'; value: number } | { kind: 'withheld' } | { kind: 'zero' } | { kind: 'unpublished' };

interface Statistic {
  shown: number | null;
  withheld: boolean;
}

/** Which of the five published groupings a row belongs to, or null for a cross-tabulation. */
function groupOf(result: MeasureResult, row: MeasureResult['rows'][number]): string | null {
  const set = result.groupBy.filter((dimension) => dimension !== 'quarter' && row[dimension] !== undefined && row[dimension] !== ALL);
  if (set.length === 0) return 'wales';
  if (set.length > 1) return null;
  return `${set[0]}:${row[set[0]!]}`;
}

function periodIdOf(result: MeasureResult, row: MeasureResult['rows'][number]): string | null {
  if (row.quarter !== undefined && row.quarter !== ALL) return row.quarter;
  const { from, to } = result.period;
  const quarter = financialQuarterOf(from);
  const q = quarterPeriod(quarter);
  if (q.from === from && q.to === to) return quarter;
  if (from.endsWith('-04-01') && to === `${Number(from.slice(0, 4)) + 1}-03-31`) return `FY${from.slice(0, 4)}`;
  return null;
}

const columnId = (column: MeasureResult['columns'][number]) => (column.dimension === null ? 'total' : `${column.dimension}=${column.value}`);
const key = (measure: string, group: string, period: string, column: string) => `${measure}|${group}|${period}|${column}`;

/** Collects every statistic shown or withheld in the tables, and which families each table publishes. */
function readTables(tables: readonly MeasureResult[]) {
  const statistics = new Map<string, Statistic>();
  /** measure|groupDimension|period|column -> published (absent rows are then zero). */
  const families = new Set<string>();
  const measureUnits = new Map<string, string>();
  const columnsByDimension = new Map<string, Set<string>>();
  const groupValues = new Map<string, Set<string>>();
  const periods = new Set<string>();
  for (const table of tables) {
    const width = table.columns.length;
    for (const measure of table.measures) {
      if (measure.kind !== 'count') continue;
      measureUnits.set(measure.id, measure.unit);
      const values = table.values.get(measure.id)!;
      table.rows.forEach((row, r) => {
        const group = groupOf(table, row);
        const period = periodIdOf(table, row);
        if (group === null || period === null) return;
        periods.add(period);
        const dimension = group === 'wales' ? 'wales' : group.slice(0, group.indexOf(':'));
        if (group !== 'wales') {
          const set = groupValues.get(dimension) ?? new Set<string>();
          groupValues.set(dimension, set);
          set.add(group.slice(group.indexOf(':') + 1));
        }
        table.columns.forEach((column, c) => {
          const cell: CellValue | undefined = values[r * width + c];
          const columnKey = columnId(column);
          if (column.dimension !== null) {
            const set = columnsByDimension.get(column.dimension) ?? new Set<string>();
            columnsByDimension.set(column.dimension, set);
            set.add(column.value);
          }
          if (cell === null || cell === undefined) return;
          families.add(`${measure.id}|${dimension}|${period}|${columnKey}`);
          const id = key(measure.id, group, period, columnKey);
          const statistic = statistics.get(id) ?? { shown: null, withheld: false };
          statistics.set(id, statistic);
          if (isSuppressed(cell)) statistic.withheld = true;
          else statistic.shown = cell as number;
        });
      });
    }
  }
  return { statistics, families, measureUnits, columnsByDimension, groupValues, periods };
}

type Term = readonly [statistic: string, coefficient: number];

/** Every equation (sum of terms = 0) and inequality (sum of terms <= 0) the reader can write down. */
function relations(read: ReturnType<typeof readTables>, periodOf: (period: string) => Period, emit: (terms: readonly Term[], equal: boolean) => void): void {
  const equations = { push: (terms: readonly Term[]) => emit(terms, true) };
  const atMost = { push: (terms: readonly Term[]) => emit(terms, false) };
  const { families, measureUnits, columnsByDimension, groupValues, periods } = read;
  const columns = ['total', ...[...columnsByDimension].flatMap(([dimension, values]) => [...values].map((value) => `${dimension}=${value}`))];
  const published = (measure: string, dimension: string, period: string, column: string) => families.has(`${measure}|${dimension}|${period}|${column}`);
  const sumOf = (measure: string, period: string, column: string, total: string, totalDimension: string, parts: readonly string[], partDimension: string) => {
    if (!published(measure, totalDimension, period, column) || !published(measure, partDimension, period, column)) return;
    equations.push([[key(measure, total, period, column), 1], ...parts.map((part): Term => [key(measure, part, period, column), -1])]);
  };
  for (const [measure, unit] of measureUnits) {
    for (const period of periods) {
      const on = periodOf(period).to;
      for (const column of columns) {
        // Groups add up to Wales, authorities to their regions, and (where regions nest) regions to wider ones.
        for (const [dimension, values] of groupValues) sumOf(measure, period, column, 'wales', 'wales', [...values].map((value) => `${dimension}:${value}`), dimension);
        const authorities = [...(groupValues.get('authority') ?? [])];
        for (const kind of ['rpbRegion', 'advocacyRegion'] as const) {
          for (const region of groupValues.get(kind) ?? []) {
            const members = authorities.filter((authority) => regionOn(authority, kind === 'rpbRegion' ? 'rpb' : 'advocacy', on)?.id === region);
            sumOf(measure, period, column, `${kind}:${region}`, kind, members.map((authority) => `authority:${authority}`), 'authority');
          }
        }
      }
      // Each breakdown adds up to the total column, in every row.
      const groups = ['wales', ...[...groupValues].flatMap(([dimension, values]) => [...values].map((value) => `${dimension}:${value}`))];
      for (const group of groups) {
        const dimension = group === 'wales' ? 'wales' : group.slice(0, group.indexOf(':'));
        for (const [breakdown, values] of columnsByDimension) {
          const parts = [...values].map((value) => `${breakdown}=${value}`);
          if (!published(measure, dimension, period, 'total') || parts.some((part) => !published(measure, dimension, period, part))) continue;
          equations.push([[key(measure, group, period, 'total'), 1], ...parts.map((part): Term => [key(measure, group, period, part), -1])]);
        }
      }
    }
    // Quarters and their financial year.
    for (const period of periods) {
      if (!period.startsWith('FY')) continue;
      const startYear = Number(period.slice(2));
      const quarters = [1, 2, 3, 4].map((q) => `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')} Q${q}`);
      const groups = ['wales', ...[...groupValues].flatMap(([dimension, values]) => [...values].map((value) => `${dimension}:${value}`))];
      for (const group of groups) {
        const dimension = group === 'wales' ? 'wales' : group.slice(0, group.indexOf(':'));
        for (const column of columns) {
          if (!published(measure, dimension, period, column) || quarters.some((quarter) => !published(measure, dimension, quarter, column))) continue;
          const year: Term = [key(measure, group, period, column), 1];
          const parts = quarters.map((quarter): Term => [key(measure, group, quarter, column), -1]);
          if (unit === 'child') {
            // A child is described as of each window's last day, so only the total column of a
            // group a child never leaves (authority, region, Wales) compares across windows.
            if (column !== 'total' || dimension === 'provider') continue;
            if (anyDayChildCounts.has(measure)) atMost.push([year, ...parts]);
            for (const [part] of parts) atMost.push([[part, 1], [year[0], -1]]);
          } else equations.push([year, ...parts]);
        }
      }
    }
  }
  // Measures that add up, and measures that are the referrals' own columns.
  const cellsOf = (measure: string) => [...read.statistics.keys()].filter((id) => id.startsWith(`${measure}|`)).map((id) => id.slice(measure.length + 1));
  const themes = [...measureUnits.keys()].filter((id) => id.startsWith(referralThemePrefix));
  const sums = [...partitions, ...(themes.length > 0 ? [{ total: 'referrals', parts: themes }] : [])];
  for (const { total, parts } of sums) {
    if (!measureUnits.has(total) || parts.some((part) => !measureUnits.has(part))) continue;
    for (const rest of cellsOf(total)) {
      if (parts.some((part) => !read.statistics.has(`${part}|${rest}`) && !familyPublished(read, part, rest))) continue;
      equations.push([[`${total}|${rest}`, 1], ...parts.map((part): Term => [`${part}|${rest}`, -1])]);
    }
  }
  // Out-of-county and asylum-seeking referrals are published as the referrals' own area and
  // asylum columns (the same figures), their totals as those shown figures added up.
  for (const rest of cellsOf('referrals-out-of-county')) {
    const [group, period, column] = rest.split('|') as [string, string, string];
    if (column === 'area=elsewhere-in-wales' || column === 'area=outside-wales') equations.push([[`referrals-out-of-county|${rest}`, 1], [`referrals|${group}|${period}|${column}`, -1]]);
  }
  for (const rest of cellsOf('referrals-uasc')) {
    const [group, period, column] = rest.split('|') as [string, string, string];
    if (column === 'asylumStatus=uasc') equations.push([[`referrals-uasc|${rest}`, 1], [`referrals|${group}|${period}|asylumStatus=uasc`, -1]]);
  }
}

/** The least (or greatest) value of a sum of terms leaving one out, when some bounds are infinite. */
function sumWithout(variables: Int32Array, coefficients: Float64Array, skip: number, lo: Float64Array, hi: Float64Array, which: 'min' | 'max'): number {
  let sum = 0;
  for (let t = 0; t < variables.length; t += 1) {
    if (t === skip) continue;
    const v = variables[t]!;
    const c = coefficients[t]!;
    sum += (c > 0) === (which === 'min') ? c * lo[v]! : c * hi[v]!;
  }
  return sum;
}

function familyPublished(read: ReturnType<typeof readTables>, measure: string, rest: string): boolean {
  const [group, period, column] = rest.split('|') as [string, string, string];
  const dimension = group === 'wales' ? 'wales' : group.slice(0, group.indexOf(':'));
  return read.families.has(`${measure}|${dimension}|${period}|${column}`);
}

const resolved = new WeakMap<object, Map<string, Known>>();
function resolve(read: ReturnType<typeof readTables>, id: string): Known {
  let cache = resolved.get(read);
  if (!cache) resolved.set(read, (cache = new Map()));
  let known = cache.get(id);
  if (!known) cache.set(id, (known = resolveOnce(read, id)));
  return known;
}

function resolveOnce(read: ReturnType<typeof readTables>, id: string): Known {
  const statistic = read.statistics.get(id);
  if (statistic?.shown !== null && statistic?.shown !== undefined) return { kind: 'known', value: statistic.shown };
  if (statistic?.withheld) return { kind: 'withheld' };
  const [measure, ...rest] = id.split('|');
  return familyPublished(read, measure!, rest.join('|')) ? { kind: 'zero' } : { kind: 'unpublished' };
}

// Exact arithmetic on whole numbers: every step is checked to stay a safe integer, so the
// elimination never rounds (it stops with an error instead).
const exact = (value: number): number => {
  if (!Number.isFinite(value)) return value;
  if (!Number.isSafeInteger(value)) throw new Error('numbers grew too large for exact elimination');
  return value;
};
const gcd = (a: number, b: number): number => {
  let x = Math.abs(a);
  let y = Math.abs(b);
  while (y) [x, y] = [y, x % y];
  return x;
};

/**
 * A relation over withheld counts: lo <= sum(coefficient x count) <= hi, whole numbers. Shown
 * counts have been moved into the bounds (a single value when shown exactly, a range when
 * rounded); an inequality has lo = -Infinity.
 */
interface Row {
  coefficients: Map<number, number>;
  lo: number;
  hi: number;
  /** After elimination: the variable this row solves for. */
  pivot?: number;
}

/** Divides by the coefficients' common factor (the sum is then a whole number in a narrower range). */
function normalise(row: Row): Row {
  let divisor = 0;
  for (const value of row.coefficients.values()) divisor = gcd(divisor, value);
  if (divisor > 1) {
    for (const [variable, value] of row.coefficients) row.coefficients.set(variable, value / divisor);
    row.lo = Math.ceil(row.lo / divisor);
    row.hi = Math.floor(row.hi / divisor);
  }
  return row;
}

/** [lo, hi] x factor. */
const scaled = (lo: number, hi: number, factor: number): [number, number] => (factor >= 0 ? [exact(lo * factor), exact(hi * factor)] : [exact(hi * factor), exact(lo * factor)]);

/** Gauss-Jordan elimination of equations, fraction free, carrying each row's range. */
function eliminate(rows: Row[]): Row[] {
  const reduced: Row[] = [];
  const pivotOf = new Map<number, Row>();
  /** For each variable, the reduced rows it appears in, so a new pivot is cleared only where it is. */
  const rowsWith = new Map<number, Set<Row>>();
  const index = (row: Row, v: number, present: boolean) => {
    let set = rowsWith.get(v);
    if (!set) rowsWith.set(v, (set = new Set()));
    if (present) set.add(row);
    else set.delete(row);
  };
  /** row := row x pivot - factor x other (other's pivot is `variable`); keeps the index of reduced rows. */
  const subtract = (row: Row, other: Row, variable: number, indexed: boolean) => {
    const factor = row.coefficients.get(variable)!;
    const pivot = other.coefficients.get(variable)!;
    for (const [v, value] of row.coefficients) row.coefficients.set(v, exact(value * pivot));
    for (const [v, value] of other.coefficients) {
      const next = exact((row.coefficients.get(v) ?? 0) - factor * value);
      if (next === 0) {
        row.coefficients.delete(v);
        if (indexed) index(row, v, false);
      } else {
        if (indexed && !row.coefficients.has(v)) index(row, v, true);
        row.coefficients.set(v, next);
      }
    }
    const [lo, hi] = scaled(row.lo, row.hi, pivot);
    const [otherLo, otherHi] = scaled(other.lo, other.hi, factor);
    row.lo = exact(lo - otherHi);
    row.hi = exact(hi - otherLo);
    normalise(row);
  };
  for (const original of rows) {
    const row: Row = { coefficients: new Map(original.coefficients), lo: original.lo, hi: original.hi };
    // Pivot rows hold no other pivot, so clearing one never brings another back.
    for (const v of [...row.coefficients.keys()]) {
      const pivotRow = pivotOf.get(v);
      if (pivotRow && row.coefficients.has(v)) subtract(row, pivotRow, v, false);
    }
    if (row.coefficients.size === 0) {
      if (row.lo > 0 || row.hi < 0) throw new Error('the published figures contradict each other');
      continue;
    }
    // The pivot that appears in the fewest reduced rows keeps the rows short.
    let variable = -1;
    let spread = Infinity;
    for (const v of row.coefficients.keys()) {
      const count = rowsWith.get(v)?.size ?? 0;
      if (count < spread || (count === spread && v < variable)) [variable, spread] = [v, count];
    }
    for (const other of [...(rowsWith.get(variable) ?? [])]) subtract(other, row, variable, true);
    row.pivot = variable;
    reduced.push(row);
    pivotOf.set(variable, row);
    for (const v of row.coefficients.keys()) index(row, v, true);
  }
  return reduced;
}

export interface AttackOptions {
  /**
   * How the attacker reads a shown count: as published (rounded to the nearest 5, and never 1
   * to 4: a shown 10 is 8 to 12, a shown 5 is 5 to 7, a shown 0 is 0) or, hypothetically, exactly.
   */
  readonly shown: 'rounded' | 'exact';
  /** Whole-number solutions are listed by brute force for groups with at most this many (exact reading only). */
  readonly enumerateUpTo?: number;
}

/** What a shown figure tells the reader about the true count. */
function rangeOf(shown: number, reading: AttackOptions['shown']): [number, number] {
  if (reading === 'exact' || shown === 0) return [shown, shown];
  return [Math.max(5, shown - 2), shown + 2];
}

/**
 * Solves everything published together. `truthOf` gives the exact figure of a statistic (from
 * the same tables before disclosure control): the report says what each pinned cell really is,
 * and the attacker checks that nothing it wrote down contradicts the truth.
 */
export function attackTogether(published: readonly MeasureResult[], truthOf: (statistic: string) => number, options: AttackOptions): AttackReport {
  const read = readTables(published);
  const periodOf = (period: string): Period => (period.startsWith('FY') ? { from: `${period.slice(2)}-04-01`, to: `${Number(period.slice(2)) + 1}-03-31` } : quarterPeriod(period));
  const pinned: Pinned[] = [];
  for (const [id, statistic] of read.statistics) {
    if (statistic.withheld && statistic.shown !== null) pinned.push({ statistic: id, value: statistic.shown, how: 'shown elsewhere' });
  }

  const unknownIds: string[] = [];
  const indexOf = new Map<string, number>();
  const variable = (id: string) => {
    let index = indexOf.get(id);
    if (index === undefined) {
      index = unknownIds.length;
      unknownIds.push(id);
      indexOf.set(id, index);
    }
    return index;
  };
  const toRow = (terms: readonly Term[], equal: boolean): Row | null => {
    // The terms add up to zero (equal) or to at most zero; shown counts move to the bounds.
    const row: Row = { coefficients: new Map(), lo: 0, hi: 0 };
    for (const [id, coefficient] of terms) {
      const known = resolve(read, id);
      if (known.kind === 'unpublished') return null;
      if (known.kind === 'known') {
        const [lo, hi] = scaled(...rangeOf(known.value, options.shown), coefficient);
        row.lo -= hi;
        row.hi -= lo;
      } else if (known.kind === 'withheld') {
        const v = variable(id);
        const next = (row.coefficients.get(v) ?? 0) + coefficient;
        if (next === 0) row.coefficients.delete(v);
        else row.coefficients.set(v, next);
      }
    }
    if (!equal) row.lo = -Infinity;
    return normalise(row);
  };
  const equalityRows: Row[] = [];
  const inequalityRows: Row[] = [];
  relations(read, periodOf, (terms, equal) => {
    const row = toRow(terms, equal);
    if (row !== null && row.coefficients.size > 0) (equal ? equalityRows : inequalityRows).push(row);
  });
  for (const id of read.statistics.keys()) if (resolve(read, id).kind === 'withheld') variable(id);
  const count = unknownIds.length;

  // Sanity: the truth satisfies every relation the attacker wrote down.
  for (const row of [...equalityRows, ...inequalityRows]) {
    let sum = 0;
    for (const [v, coefficient] of row.coefficients) sum += coefficient * truthOf(unknownIds[v]!);
    if (sum < row.lo || sum > row.hi) throw new Error(`the attacker wrote down a relation the truth does not satisfy: ${[...row.coefficients].map(([v, c]) => `${c}*${unknownIds[v]}`).join(' + ')} in ${row.lo}..${row.hi}`);
  }

  // Connected groups of unknowns (through any equation or inequality).
  const parent = Array.from({ length: count }, (_, index) => index);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
  for (const row of [...equalityRows, ...inequalityRows]) {
    const [first, ...rest] = [...row.coefficients.keys()];
    for (const other of rest) parent[find(other)] = find(first!);
  }
  const groups = new Map<number, { variables: number[]; equalities: Row[]; inequalities: Row[] }>();
  for (let v = 0; v < count; v += 1) {
    const root = find(v);
    const group = groups.get(root) ?? { variables: [], equalities: [], inequalities: [] };
    groups.set(root, group);
    group.variables.push(v);
  }
  for (const row of equalityRows) groups.get(find(row.coefficients.keys().next().value!))!.equalities.push(row);
  for (const row of inequalityRows) groups.get(find(row.coefficients.keys().next().value!))!.inequalities.push(row);

  let enumeratedGroups = 0;
  const lo = new Float64Array(count).fill(1);
  const hi = new Float64Array(count).fill(Infinity);
  for (const group of groups.values()) {
    const reduced = eliminate(group.equalities);
    const determined = new Set<number>();
    for (const row of reduced) {
      if (row.coefficients.size !== 1) continue;
      const [v, coefficient] = [...row.coefficients][0]!;
      const [low, high] = scaled(row.lo, row.hi, 1 / coefficient!);
      if (Math.ceil(low - 1e-9) === Math.floor(high + 1e-9)) {
        determined.add(v!);
        pinned.push({ statistic: unknownIds[v!]!, value: Math.ceil(low - 1e-9), how: 'equations' });
      }
    }
    // Interval propagation over original and reduced equations and the inequalities, with a
    // work list: a constraint is looked at again only when one of its variables narrowed.
    const constraints = [...group.equalities, ...reduced, ...group.inequalities].map((row) => ({
      variables: Int32Array.from(row.coefficients.keys()),
      coefficients: Float64Array.from(row.coefficients.values()),
      lo: row.lo,
      hi: row.hi,
    }));
    const touching = new Map<number, number[]>();
    constraints.forEach((constraint, index) => {
      for (const v of constraint.variables) touching.set(v, [...(touching.get(v) ?? []), index]);
    });
    const queued = new Uint8Array(constraints.length).fill(1);
    const queue = constraints.map((_, index) => index);
    // Bounds can creep down one at a time round a cycle of sums; a cap on the work keeps the
    // attacker quick, and what it has pinned by then it reports.
    const budget = 200 * constraints.length + 100_000;
    for (let head = 0; head < queue.length && head < budget; head += 1) {
      const index = queue[head]!;
      queued[index] = 0;
      const constraint = constraints[index]!;
      const { variables, coefficients } = constraint;
      let minSum = 0;
      let maxSum = 0;
      for (let t = 0; t < variables.length; t += 1) {
        const v = variables[t]!;
        const c = coefficients[t]!;
        minSum += c > 0 ? c * lo[v]! : c * hi[v]!;
        maxSum += c > 0 ? c * hi[v]! : c * lo[v]!;
      }
      for (let t = 0; t < variables.length; t += 1) {
        const v = variables[t]!;
        const c = coefficients[t]!;
        const ownMin = c > 0 ? c * lo[v]! : c * hi[v]!;
        const ownMax = c > 0 ? c * hi[v]! : c * lo[v]!;
        // Sums with an infinite term: leave them out rather than subtract infinities.
        const othersMin = Number.isFinite(ownMin) ? minSum - ownMin : Number.isFinite(minSum) ? minSum : sumWithout(variables, coefficients, t, lo, hi, 'min');
        const othersMax = Number.isFinite(ownMax) ? maxSum - ownMax : Number.isFinite(maxSum) ? maxSum : sumWithout(variables, coefficients, t, lo, hi, 'max');
        // lo - othersMax <= c*x <= hi - othersMin.
        const upper = constraint.hi - othersMin;
        const lower = constraint.lo - othersMax;
        let newLo = lo[v]!;
        let newHi = hi[v]!;
        if (c > 0) {
          if (Number.isFinite(upper)) newHi = Math.min(newHi, Math.floor(upper / c + 1e-9));
          if (Number.isFinite(lower)) newLo = Math.max(newLo, Math.ceil(lower / c - 1e-9));
        } else {
          if (Number.isFinite(upper)) newLo = Math.max(newLo, Math.ceil(upper / c - 1e-9));
          if (Number.isFinite(lower)) newHi = Math.min(newHi, Math.floor(lower / c + 1e-9));
        }
        if (newLo !== lo[v] || newHi !== hi[v]) {
          lo[v] = newLo;
          hi[v] = newHi;
          for (const other of touching.get(v)!) {
            if (!queued[other]) {
              queued[other] = 1;
              queue.push(other);
            }
          }
        }
      }
    }
    for (const v of group.variables) {
      const truth = truthOf(unknownIds[v]!);
      if (truth < lo[v]! || truth > hi[v]!) throw new Error(`the attacker's bounds exclude the truth for ${unknownIds[v]}: ${lo[v]}..${hi[v]} vs ${truth}`);
      if (!determined.has(v) && lo[v] === hi[v]) pinned.push({ statistic: unknownIds[v]!, value: lo[v]!, how: 'bounds' });
    }
    // Small groups read exactly: every whole-number solution within the bounds, by brute force.
    const limit = options.enumerateUpTo ?? 20_000;
    const pivots = new Set(reduced.map((row) => row.pivot!));
    const free = group.variables.filter((v) => !pivots.has(v));
    let size = 1;
    for (const v of free) size *= Number.isFinite(hi[v]!) ? hi[v]! - lo[v]! + 1 : Infinity;
    const exactRows = reduced.every((row) => row.lo === row.hi);
    if (exactRows && size <= limit && free.length > 0) {
      enumeratedGroups += 1;
      const seen = new Map<number, Set<number>>(group.variables.map((v) => [v, new Set<number>()]));
      const assignment = new Map<number, number>();
      const visit = (position: number) => {
        if (position === free.length) {
          const values = new Map(assignment);
          for (const row of reduced) {
            const pivot = row.pivot!;
            const pivotCoefficient = row.coefficients.get(pivot)!;
            let rest = row.lo;
            for (const [v, c] of row.coefficients) if (v !== pivot) rest -= c * values.get(v)!;
            if (rest % pivotCoefficient !== 0) return;
            values.set(pivot, rest / pivotCoefficient);
          }
          for (const v of group.variables) if (values.get(v)! < lo[v]! || values.get(v)! > hi[v]!) return;
          for (const row of group.inequalities) {
            let sum = 0;
            for (const [v, c] of row.coefficients) sum += c * values.get(v)!;
            if (sum > row.hi) return;
          }
          for (const [v, value] of values) seen.get(v)!.add(value);
          return;
        }
        const v = free[position]!;
        for (let value = lo[v]!; value <= hi[v]!; value += 1) {
          assignment.set(v, value);
          visit(position + 1);
        }
      };
      visit(0);
      for (const v of group.variables) {
        const values = seen.get(v)!;
        if (!values.has(truthOf(unknownIds[v]!))) throw new Error(`enumeration lost the truth for ${unknownIds[v]}`);
        if (values.size === 1 && !determined.has(v) && lo[v] !== hi[v]) pinned.push({ statistic: unknownIds[v]!, value: [...values][0]!, how: 'enumeration' });
      }
    }
  }
  return { pinned, withheld: count, enumeratedGroups, equations: equalityRows.length + inequalityRows.length };
}

/** The exact value of a statistic, read from exact tables the same way the attacker reads published ones. */
export function truthFrom(exactTables: readonly MeasureResult[]): (statistic: string) => number {
  const read = readTables(exactTables);
  return (statistic) => {
    const found = read.statistics.get(statistic);
    if (found?.shown === null || found?.shown === undefined) throw new Error(`no exact figure for ${statistic}`);
    return found.shown;
  };
}
