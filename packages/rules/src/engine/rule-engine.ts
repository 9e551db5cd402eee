// Builds one json-rules-engine Engine per rule scope and authority settings, and runs it for a
// child (or one of their missing episodes). Engines are built once and reused across children:
// the child's facts come in as run-time facts; the due items a run produces are kept in a
// per-run state object in the almanac, never on the engine.
import type { IsoDate } from '@cynnig/domain';
import { addWorkingDays } from '@cynnig/domain';
import { Engine, Fact, type Almanac, type RuleResult } from 'json-rules-engine';
import type { ChildRecord } from '@cynnig/domain';
import { episodesStartedWithin } from '../facts/episode-facts.js';
import { withParameters, type ConfiguredRule } from '../parameters/rule-settings.js';
import { publishedFactNames, type DateExpression, type TopCondition } from '../rule-book/rule-file-schema.js';
import { shiftDate, type DateOffsets } from './date-expression.js';
import { dateOperators } from './operators.js';

export type PublishedFact = (typeof publishedFactNames)[number];
export type RecordedValue = string | number | boolean | null;

/** What a rule that fired produced, before it becomes a due item. */
export interface FiredRule {
  readonly ruleId: string;
  readonly dueOn: IsoDate | null;
  readonly facts: Record<string, RecordedValue>;
}

/** State kept for one run: due dates published for later rules and the rules that fired. */
export interface RunState {
  readonly published: Record<PublishedFact, IsoDate | null>;
  readonly fired: Map<string, FiredRule>;
}

/** A rule ready to run: its conditions and event with the authority's parameter values filled in. */
export interface ResolvedRule {
  readonly configured: ConfiguredRule;
  readonly conditions: TopCondition;
  readonly dueOn: DateExpression & DateOffsets;
  readonly recordFacts: readonly string[];
  readonly publishes: readonly PublishedFact[];
}

export interface CompiledScope {
  readonly engine: Engine;
  readonly rules: ReadonlyMap<string, ResolvedRule>;
  /** The rules in the order json-rules-engine runs them: highest priority first, equal priorities together. */
  readonly byPriority: readonly (readonly ResolvedRule[])[];
}

const RUN = '__run';
const RECORD = '__record';
const EPISODE_START = '__episodeStartedOn';

/** A fact's value as a due item records it: text, number, yes/no or nothing. */
export function recorded(value: unknown): RecordedValue {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.join(',');
  return JSON.stringify(value);
}

/** When the pending offer is due: `offerWorkingDays` after the referral, or the referral and offer days after the trigger. */
export function offerDueOnFrom(startedOn: IsoDate | null, referredOn: IsoDate | null, params: Record<string, unknown>): IsoDate | null {
  const offerDays = Number(params['offerWorkingDays'] ?? 0);
  if (referredOn) return addWorkingDays(referredOn, offerDays);
  if (startedOn) return addWorkingDays(startedOn, Number(params['referralWorkingDays'] ?? 0) + offerDays);
  return null;
}

/** When the next review is due: the first after `firstReviewWorkingDays`, the second after `secondReviewMonths`, then every `laterReviewMonths`. */
export function nextReviewDueOnFrom(since: IsoDate | null, held: number, last: IsoDate | null, params: Record<string, unknown>): IsoDate | null {
  if (since === null) return null;
  if (held === 0 || last === null) return addWorkingDays(since, Number(params['firstReviewWorkingDays']));
  return shiftDate(last, { months: Number(held === 1 ? params['secondReviewMonths'] : params['laterReviewMonths']) });
}

/** What a rule that fired leaves in the run's state: its due date and facts, and the dates it publishes (the earliest wins). */
export function recordFiring(state: RunState, resolved: ResolvedRule, dueOn: IsoDate | null, facts: Record<string, RecordedValue>): void {
  const ruleId = resolved.configured.rule.id;
  state.fired.set(ruleId, { ruleId, dueOn, facts });
  if (dueOn === null) return;
  for (const name of resolved.publishes) {
    const current = state.published[name];
    if (current === null || dueOn < current) state.published[name] = dueOn;
  }
}

/** A new run's state: nothing published, nothing fired. */
export function newRunState(): RunState {
  return { published: { pendingOfferDueOn: null, pendingReofferDueOn: null, nextOfferDueOn: null }, fired: new Map() };
}

async function dateOf(expression: DateExpression & DateOffsets, almanac: Almanac): Promise<IsoDate | null> {
  const start = await almanac.factValue(expression.fact, (expression.factParams ?? {}) as Record<string, unknown>);
  return shiftDate(start, expression);
}

function addComputedFacts(engine: Engine): void {
  engine.addFact('dateOf', (params, almanac) => dateOf(params as DateExpression & DateOffsets, almanac));
  engine.addFact('offerDueOn', async (params, almanac) => {
    const [startedOn, referredOn] = await Promise.all([almanac.factValue<IsoDate | null>('offerStartedOn'), almanac.factValue<IsoDate | null>('currentRoundReferredOn')]);
    return offerDueOnFrom(startedOn, referredOn, params);
  });
  engine.addFact('nextReviewDueOn', async (params, almanac) => {
    const [since, held, last] = await Promise.all([
      almanac.factValue<IsoDate | null>('lookedAfterSince'),
      almanac.factValue<number>('reviewsHeld'),
      almanac.factValue<IsoDate | null>('lastReviewOn'),
    ]);
    return nextReviewDueOnFrom(since, held, last, params);
  });
  engine.addFact('episodesInPeriod', async (params, almanac) => {
    const [record, episodeStart, referenceDate] = await Promise.all([
      almanac.factValue<ChildRecord>(RECORD),
      almanac.factValue<IsoDate | null>(EPISODE_START),
      almanac.factValue<IsoDate>('referenceDate'),
    ]);
    return episodesStartedWithin(record, episodeStart ?? referenceDate, Number(params['days']));
  });
  for (const name of publishedFactNames) {
    engine.addFact(name, async (_params, almanac) => (await almanac.factValue<RunState>(RUN)).published[name], { cache: false });
  }
}

/**
 * Compiles the enabled rules of one scope into an engine. Rules that fire compute their due date
 * and record their facts in the run's state; a rule whose due date is published (the earliest wins)
 * lets lower-priority rules read it, e.g. the IRO's "re-offer overdue" reads the re-offer due date.
 */
export function compileScope(configured: readonly ConfiguredRule[]): CompiledScope {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const operator of dateOperators) engine.addOperator(operator);
  addComputedFacts(engine);
  const rules = new Map<string, ResolvedRule>();
  for (const entry of configured) {
    if (!entry.enabled) continue;
    const { rule, parameters } = entry;
    const resolved: ResolvedRule = {
      configured: entry,
      conditions: withParameters(rule.conditions, parameters),
      dueOn: withParameters(rule.event.params.dueOn, parameters) as DateExpression & DateOffsets,
      recordFacts: rule.event.params.recordFacts,
      publishes: rule.event.params.publishes ?? [],
    };
    rules.set(rule.id, resolved);
    engine.addRule({ name: rule.id, priority: rule.priority, conditions: resolved.conditions as never, event: { type: rule.id } });
  }
  engine.on('success', async (_event, almanac, result) => {
    const resolved = rules.get(result.name);
    if (!resolved) return;
    const run = await almanac.factValue<RunState>(RUN);
    const dueOn = await dateOf(resolved.dueOn, almanac);
    const facts: Record<string, RecordedValue> = {};
    for (const name of resolved.recordFacts) facts[name] = recorded(await almanac.factValue(name));
    recordFiring(run, resolved, dueOn, facts);
  });
  const priorities = [...new Set([...rules.values()].map((resolved) => resolved.configured.rule.priority))].sort((a, b) => b - a);
  const byPriority = priorities.map((priority) => [...rules.values()].filter((resolved) => resolved.configured.rule.priority === priority));
  return { engine, rules, byPriority };
}

/** The outcome of running one scope's engine once. */
export interface ScopeRun {
  readonly state: RunState;
  readonly results: readonly RuleResult[];
}

/**
 * The run each engine is busy with, if any. json-rules-engine keeps one status per engine: when
 * one run finishes it marks the engine finished, and another run still going on the same engine
 * then skips its remaining priority levels, so two children evaluated at once (two requests
 * explaining children, or a sweep beside a request) could lose due items. Engines are shared per
 * set of authority settings, so each engine runs one evaluation at a time, in the order asked.
 */
const busy = new WeakMap<Engine, Promise<unknown>>();

async function oneRunAtATime<T>(engine: Engine, run: () => Promise<T>): Promise<T> {
  const previous = busy.get(engine) ?? Promise.resolve();
  const next = previous.then(run, run);
  busy.set(engine, next.catch(() => undefined));
  return next;
}

/** Runs a compiled scope over a set of facts. `record` feeds facts counted from the whole record (episodes in a period). */
export async function runScope(scope: CompiledScope, facts: object, record: ChildRecord, episodeStartedOn: IsoDate | null): Promise<ScopeRun> {
  const state = newRunState();
  // constant facts are read without a cache, so they are passed uncached: no cache key is hashed for each
  const runtime: Record<string, Fact> = {};
  for (const [name, value] of Object.entries({ ...facts, [RUN]: state, [RECORD]: record, [EPISODE_START]: episodeStartedOn })) runtime[name] = new Fact(name, value, { cache: false });
  const { results, failureResults } = await oneRunAtATime(scope.engine, () => scope.engine.run(runtime));
  return { state, results: [...results, ...failureResults] };
}
