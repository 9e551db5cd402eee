// Runs a compiled scope's rules over a child's facts without json-rules-engine, for callers that
// need the due items and not the explanations (the API after every change, the sweep over every
// child). The rule files are the same data; what this leaves out is what only explanations need:
// json-rules-engine copies every rule's conditions into its result on every run and goes through
// promises and events for each condition, which costs several times the evaluation itself.
// Scenario tables and a property test check that both give the same due items.
import type { ChildRecord, IsoDate } from '@cynnig/domain';
import { episodesStartedWithin } from '../facts/episode-facts.js';
import type { DateExpression, RuleCondition, TopCondition } from '../rule-book/rule-file-schema.js';
import { shiftDate, type DateOffsets } from './date-expression.js';
import { dateComparisons } from './operators.js';
import { newRunState, nextReviewDueOnFrom, offerDueOnFrom, recorded, recordFiring, type CompiledScope, type PublishedFact, type RecordedValue, type RunState } from './rule-engine.js';

type Comparison = (fact: unknown, value: unknown) => boolean;

const isNumber = (value: unknown) => Number.parseFloat(value as string).toString() !== 'NaN';

/** json-rules-engine's operators with their checks on the fact's value (a number for comparisons, a list for contains), and the date comparisons. */
const comparisons: Readonly<Record<string, Comparison>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  in: (a, b) => (b as unknown[]).indexOf(a) > -1,
  notIn: (a, b) => (b as unknown[]).indexOf(a) === -1,
  contains: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  doesNotContain: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  lessThan: (a, b) => isNumber(a) && (a as number) < (b as number),
  lessThanInclusive: (a, b) => isNumber(a) && (a as number) <= (b as number),
  greaterThan: (a, b) => isNumber(a) && (a as number) > (b as number),
  greaterThanInclusive: (a, b) => isNumber(a) && (a as number) >= (b as number),
  ...dateComparisons,
};

const published: ReadonlySet<string> = new Set<PublishedFact>(['pendingOfferDueOn', 'pendingReofferDueOn', 'nextOfferDueOn']);

interface Run {
  readonly facts: Record<string, unknown>;
  readonly record: ChildRecord;
  readonly episodeStartedOn: IsoDate | null;
  readonly state: RunState;
}

/** A fact's value as the engine's almanac gives it: a fact of the child, one worked out from others, or a date published earlier in the run. */
function factValue(run: Run, name: string, params: Record<string, unknown>): unknown {
  switch (name) {
    case 'dateOf': {
      const expression = params as unknown as DateExpression & DateOffsets;
      return shiftDate(factValue(run, expression.fact, (expression.factParams ?? {}) as Record<string, unknown>), expression);
    }
    case 'offerDueOn':
      return offerDueOnFrom(factValue(run, 'offerStartedOn', {}) as IsoDate | null, factValue(run, 'currentRoundReferredOn', {}) as IsoDate | null, params);
    case 'nextReviewDueOn':
      return nextReviewDueOnFrom(factValue(run, 'lookedAfterSince', {}) as IsoDate | null, factValue(run, 'reviewsHeld', {}) as number, factValue(run, 'lastReviewOn', {}) as IsoDate | null, params);
    case 'episodesInPeriod':
      return episodesStartedWithin(run.record, run.episodeStartedOn ?? (factValue(run, 'referenceDate', {}) as IsoDate), Number(params['days']));
    default:
      if (published.has(name)) return run.state.published[name as PublishedFact];
      if (!Object.hasOwn(run.facts, name)) throw new Error(`Undefined fact: ${name}`);
      return run.facts[name];
  }
}

/** A condition's right-hand side: a value, or a fact (`{ "fact": "referenceDate" }`). */
function valueOf(run: Run, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && Object.hasOwn(value, 'fact')) {
    const reference = value as { fact: string; params?: Record<string, unknown> };
    return factValue(run, reference.fact, reference.params ?? {});
  }
  return value;
}

function holds(run: Run, condition: RuleCondition | TopCondition): boolean {
  if ('all' in condition) return condition.all.every((part) => holds(run, part));
  if ('any' in condition) return condition.any.some((part) => holds(run, part));
  if ('not' in condition) return !holds(run, condition.not);
  const compare = comparisons[condition.operator];
  if (!compare) throw new Error(`Unknown operator: ${condition.operator}`);
  return compare(factValue(run, condition.fact, condition.params ?? {}), valueOf(run, condition.value));
}

/** True when json-rules-engine is needed to run the condition: a JSON path, which no shipped rule uses. */
function needsEngine(condition: RuleCondition | TopCondition): boolean {
  if ('all' in condition) return condition.all.some(needsEngine);
  if ('any' in condition) return condition.any.some(needsEngine);
  if ('not' in condition) return needsEngine(condition.not);
  const value = condition.value as { path?: unknown } | null;
  return condition.path !== undefined || (value !== null && typeof value === 'object' && 'path' in value);
}

/** True when every rule of the scope can be run directly. */
export function runsDirectly(scope: CompiledScope): boolean {
  return [...scope.rules.values()].every((resolved) => !needsEngine(resolved.conditions));
}

/**
 * Runs the scope's rules in the engine's order (highest priority first; a rule reading a published
 * date always has a lower priority than the rules publishing it) and records each rule that fires
 * as the engine's success handler does. Returns the run's state: which rules fired, with what.
 */
export function runScopeDirectly(scope: CompiledScope, facts: object, record: ChildRecord, episodeStartedOn: IsoDate | null): RunState {
  const run: Run = { facts: facts as Record<string, unknown>, record, episodeStartedOn, state: newRunState() };
  for (const rules of scope.byPriority) {
    const firing = rules.filter((resolved) => holds(run, resolved.conditions));
    for (const resolved of firing) {
      const dueOn = shiftDate(factValue(run, resolved.dueOn.fact, (resolved.dueOn.factParams ?? {}) as Record<string, unknown>), resolved.dueOn);
      const recordedFacts: Record<string, RecordedValue> = {};
      for (const name of resolved.recordFacts) recordedFacts[name] = recorded(factValue(run, name, {}));
      recordFiring(run.state, resolved, dueOn, recordedFacts);
    }
  }
  return run.state;
}
