// Evaluates every rule for one child on one date: the due items the child needs (one open re-offer
// at most) and an explanation of every rule, fired or not. Engines are built once per set of
// authority settings and reused for every child evaluated with those settings.
import { CynnigError, isIsoDate, type Bilingual, type ChildRecord, type DueItem, type IsoDate, type Language } from '@cynnig/domain';
import { dueItemFrom, mergeDueItems } from './due-items/due-items.js';
import { runScopeDirectly, runsDirectly } from './engine/direct-run.js';
import { compileScope, runScope, type CompiledScope, type RunState, type ScopeRun } from './engine/rule-engine.js';
import { explainResult, explainSwitchedOff, type RuleExplanation } from './explain/rule-explanation.js';
import { buildChildFacts } from './facts/child-facts.js';
import { buildEpisodeFacts, returnedEpisodes } from './facts/episode-facts.js';
import { configureRules, type ConfiguredRule, type RuleOverrides } from './parameters/rule-settings.js';
import { ruleBook } from './rule-book/default-rule-book.js';
import type { Rule } from './rule-book/rule-book.js';

/** What the rules say about a child on a date. `explanations` is worked out when first read. */
export interface ChildEvaluation {
  readonly dueItems: DueItem[];
  readonly explanations: RuleExplanation[];
}

interface Configuration {
  readonly configured: readonly ConfiguredRule[];
  readonly child: CompiledScope;
  readonly episode: CompiledScope;
  readonly titles: ReadonlyMap<string, Bilingual>;
  /** Episodes that ended longer ago than this are not run: every episode rule stops after its `followUpDays`. */
  readonly episodeFollowUpDays: number;
  /** Both scopes can be run without json-rules-engine (no rule needs a JSON path). */
  readonly direct: boolean;
}

/** The longest follow-up of the enabled episode rules; without a `followUpDays` parameter a rule follows every episode. */
function longestFollowUp(configured: readonly ConfiguredRule[]): number {
  const episodeRules = configured.filter((c) => c.enabled && c.rule.scope === 'missing-episode');
  return episodeRules.reduce((longest, c) => Math.max(longest, typeof c.parameters['followUpDays'] === 'number' ? c.parameters['followUpDays'] : Number.POSITIVE_INFINITY), 0);
}

const configurations = new Map<string, Configuration>();
const MAX_CONFIGURATIONS = 64;

function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (value !== null && typeof value === 'object') return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableKey((value as Record<string, unknown>)[k])}`).join(',')}}`;
  return JSON.stringify(value);
}

/** The compiled rules for a set of overrides, built on first use and then reused. */
function configurationFor(overrides: RuleOverrides | undefined): Configuration {
  const key = stableKey(overrides ?? {});
  const cached = configurations.get(key);
  if (cached) return cached;
  const configured = configureRules(ruleBook, overrides ?? {});
  const child = compileScope(configured.filter((c) => c.rule.scope === 'child'));
  const episode = compileScope(configured.filter((c) => c.rule.scope === 'missing-episode'));
  const configuration: Configuration = {
    configured,
    child,
    episode,
    titles: new Map(ruleBook.map((rule) => [rule.id, rule.title])),
    episodeFollowUpDays: longestFollowUp(configured),
    direct: runsDirectly(child) && runsDirectly(episode),
  };
  if (configurations.size >= MAX_CONFIGURATIONS) configurations.delete(configurations.keys().next().value as string);
  configurations.set(key, configuration);
  return configuration;
}

interface ItemContext {
  readonly childId: string;
  readonly referenceDate: IsoDate;
  readonly caseId: (rule: Rule) => string | null;
}

/** The due item of each rule of the scope that fired with a due date, in the scope's rule order. */
function itemsOf(state: RunState, scope: CompiledScope, context: ItemContext, ran: (ruleId: string) => boolean, items: DueItem[]): void {
  for (const [ruleId, resolved] of scope.rules) {
    if (!ran(ruleId)) continue;
    const fired = state.fired.get(ruleId);
    if (fired && fired.dueOn !== null) items.push(dueItemFrom({ ...fired, dueOn: fired.dueOn }, resolved, { childId: context.childId, referenceDate: context.referenceDate, caseId: context.caseId(resolved.configured.rule) }));
  }
}

function collect(run: ScopeRun, scope: CompiledScope, context: ItemContext & { episodeId: string | null }, items: DueItem[], explanations: (() => RuleExplanation)[]): void {
  const byName = new Map(run.results.map((result) => [result.name, result]));
  for (const [ruleId, resolved] of scope.rules) {
    const result = byName.get(ruleId);
    if (!result) continue;
    const dueOn = run.state.fired.get(ruleId)?.dueOn ?? null;
    explanations.push(() => explainResult(resolved.configured.rule, result, context.episodeId, dueOn));
  }
  itemsOf(run.state, scope, context, (ruleId) => byName.has(ruleId), items);
}

const activeOfferSets = ['initial-offer', 'reoffer'];

function checkedReferenceDate(referenceDate: unknown): asserts referenceDate is IsoDate {
  if (typeof referenceDate !== 'string' || !isIsoDate(referenceDate))
    throw new CynnigError({ code: 'rules.reference-date-invalid', message: { en: 'The reference date must be a real date in the form YYYY-MM-DD', cy: 'Rhaid i\'r dyddiad cyfeirio fod yn ddyddiad go iawn ar y ffurf BBBB-MM-DD' }, path: ['referenceDate'] });
}

/**
 * Runs every rule for a child on a reference date. `overrides` are the authority's rule settings
 * (switch a rule off, change a parameter); invalid settings throw a bilingual `CynnigError`.
 * Items of kind 'reoffer', 'early-review' and 'strategy-discussion' are merged to one per child.
 * Episode rules run for each returned episode still inside the longest `followUpDays` of those rules.
 *
 * @example
 * const { dueItems, explanations } = await evaluateChild(record, '2025-06-30', {
 *   'reoffer-periodic-after-decline': { parameters: { months: 3 } },
 * });
 * dueItems.filter((item) => item.kind === 'reoffer'); // at most one, the earliest due date
 */
export async function evaluateChild(record: ChildRecord, referenceDate: IsoDate, overrides?: RuleOverrides): Promise<ChildEvaluation> {
  checkedReferenceDate(referenceDate);
  const configuration = configurationFor(overrides);
  const childId = record.child.id;
  const facts = buildChildFacts(record, referenceDate);
  const items: DueItem[] = [];
  const explanations: (() => RuleExplanation)[] = [];

  const childRun = await runScope(configuration.child, facts, record, null);
  collect(childRun, configuration.child, { childId, referenceDate, episodeId: null, caseId: (rule) => (activeOfferSets.includes(rule.set) ? facts.caseId : null) }, items, explanations);

  if (configuration.episode.rules.size > 0) {
    for (const episode of returnedEpisodes(record, referenceDate)) {
      const episodeFacts = buildEpisodeFacts(record, episode, referenceDate);
      if (episodeFacts.daysSinceReturn > configuration.episodeFollowUpDays) continue;
      const run = await runScope(configuration.episode, { ...facts, ...episodeFacts }, record, episodeFacts.episodeStartedAt.slice(0, 10));
      collect(run, configuration.episode, { childId, referenceDate, episodeId: episode.id, caseId: () => episode.id }, items, explanations);
    }
  }
  for (const entry of configuration.configured) if (!entry.enabled) explanations.push(() => explainSwitchedOff(entry.rule));
  let explained: RuleExplanation[] | null = null;
  return {
    dueItems: mergeDueItems(items, configuration.titles),
    // put into words only when read: a sweep over every child needs the due items, not the words
    get explanations() {
      explained ??= explanations.map((explain) => explain());
      return explained;
    },
  };
}

/**
 * The due items alone: what `evaluateChild(...).dueItems` gives, worked out from the same rule
 * files without json-rules-engine (which is needed only to explain the outcome), several times
 * faster. This is what the API runs after every change and the sweep for every child.
 *
 * @example
 * const items = await dueItemsOfChild(record, '2025-06-30', { 'reoffer-school-move': { enabled: false } });
 */
export async function dueItemsOfChild(record: ChildRecord, referenceDate: IsoDate, overrides?: RuleOverrides): Promise<DueItem[]> {
  checkedReferenceDate(referenceDate);
  const configuration = configurationFor(overrides);
  if (!configuration.direct) return (await evaluateChild(record, referenceDate, overrides)).dueItems;
  const childId = record.child.id;
  const facts = buildChildFacts(record, referenceDate);
  const items: DueItem[] = [];
  const every = () => true;
  itemsOf(runScopeDirectly(configuration.child, facts, record, null), configuration.child, { childId, referenceDate, caseId: (rule) => (activeOfferSets.includes(rule.set) ? facts.caseId : null) }, every, items);
  if (configuration.episode.rules.size > 0) {
    for (const episode of returnedEpisodes(record, referenceDate)) {
      const episodeFacts = buildEpisodeFacts(record, episode, referenceDate);
      if (episodeFacts.daysSinceReturn > configuration.episodeFollowUpDays) continue;
      const state = runScopeDirectly(configuration.episode, { ...facts, ...episodeFacts }, record, episodeFacts.episodeStartedAt.slice(0, 10));
      itemsOf(state, configuration.episode, { childId, referenceDate, caseId: () => episode.id }, every, items);
    }
  }
  return mergeDueItems(items, configuration.titles);
}

/** One rule's explanation in one language, for a page or the IRO queue. */
export interface ExplanationLine {
  readonly ruleId: string;
  readonly title: string;
  readonly episodeId: string | null;
  readonly outcome: RuleExplanation['outcome'];
  readonly because: string;
  readonly dueOn: IsoDate | null;
  readonly conditions: readonly { depth: number; text: string; met: boolean | null }[];
}

/** Which rules fired for a child on a date and why, and which did not and why not, in one language. */
export interface ChildExplanation {
  readonly language: Language;
  readonly referenceDate: IsoDate;
  readonly fired: ExplanationLine[];
  readonly notFired: ExplanationLine[];
  readonly switchedOff: ExplanationLine[];
}

/**
 * Explains the rules for a child on a date in English or Welsh.
 *
 * @example
 * const { fired, notFired } = await explainChild(record, '2025-06-30', { language: 'cy' });
 * fired[0]?.because; // "Wedi'i sbarduno oherwydd ..."
 */
export async function explainChild(record: ChildRecord, referenceDate: IsoDate, options: { overrides?: RuleOverrides; language?: Language } = {}): Promise<ChildExplanation> {
  const language = options.language ?? 'en';
  const { explanations } = await evaluateChild(record, referenceDate, options.overrides);
  const line = (e: RuleExplanation): ExplanationLine => ({
    ruleId: e.ruleId,
    title: e.title[language],
    episodeId: e.episodeId,
    outcome: e.outcome,
    because: e.because[language],
    dueOn: e.dueOn,
    conditions: e.conditions.map((c) => ({ depth: c.depth, text: c.text[language], met: c.met })),
  });
  return {
    language,
    referenceDate,
    fired: explanations.filter((e) => e.outcome === 'fired').map(line),
    notFired: explanations.filter((e) => e.outcome === 'not-fired' || e.outcome === 'fired-without-due-date').map(line),
    switchedOff: explanations.filter((e) => e.outcome === 'switched-off').map(line),
  };
}
