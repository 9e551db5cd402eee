// Monitoring figures for the person asking: which children they are computed over and how they
// are published. Commissioners see every child in Wales with disclosure control; a provider
// manager sees the children referred to their provider, also published (it leaves the
// authority); authority staff see their own authority's children exactly.
import { monitoringRecords, type Database, type MonitoringSource } from '@cynnig/data';
import type { Bilingual, Role } from '@cynnig/domain';
import {
  applyDisclosure,
  breakdownDimensionIds,
  computeMeasures,
  computePublications,
  figuresFrom,
  financialYearsOf,
  financialQuarterOf,
  financialYear,
  groupDimensionIds,
  measureCatalogue,
  measuresWithInputs,
  quarterPeriod,
  type BreakdownDimension,
  type Disclosure,
  type GroupDimension,
  type MeasureResult,
  type Period,
  type Publication,
  type QuarterCode,
} from '@cynnig/monitoring';
import { sql, type Kysely } from 'kysely';
import { permissions } from '../auth/permissions.js';
import type { Actor } from './actor.js';
import { todayOf } from './actor.js';

/** Who may read monitoring figures, and who may export them (the permissions table decides). */
export const monitoringReaders: readonly Role[] = permissions.readMonitoring;
export const monitoringExporters: readonly Role[] = permissions.exportMonitoring;
/** Staff of an authority, who see their own children's figures exactly. */
export const authorityMonitoringRoles: readonly Role[] = ['team-manager', 'iro', 'administrator'];

/** A period as asked for: a financial quarter or a whole financial year. */
export interface ReportingPeriod {
  readonly period: Period;
  /** Set when the period is one quarter ('2025-26 Q3'). */
  readonly quarter: QuarterCode | null;
  /** The financial year the period falls in, by the calendar year it starts in. */
  readonly startYear: number;
  /** For file names and headings: '2025-26-Q3' or '2025-26'. */
  readonly label: string;
}

/** A parameter a person got wrong, named, with the reason in both languages. */
export class MonitoringQueryError extends Error {
  constructor(readonly parameter: string, readonly reason: Bilingual) {
    super(reason.en);
    this.name = 'MonitoringQueryError';
  }
}

const periodHint: Bilingual = {
  en: 'give a financial quarter like 2025-Q3 (the financial year starting April 2025, October to December) or a financial year like 2025-26',
  cy: 'rhowch chwarter ariannol fel 2025-Q3 (y flwyddyn ariannol sy\'n dechrau ym mis Ebrill 2025, Hydref i Ragfyr) neu flwyddyn ariannol fel 2025-26',
};

/**
 * Reads '2025-Q3' (quarter 3 of the financial year 2025-26: October to December 2025, the
 * National Reporting Template's quarters), '2025-26 Q3' and '2025-26' (the whole year).
 */
export function parseReportingPeriod(text: string): ReportingPeriod {
  const value = text.trim();
  const quarter = /^(\d{4})(?:-(\d{2}))?[- ]?Q([1-4])$/i.exec(value);
  const year = /^(\d{4})-(\d{2})$/.exec(value);
  const startYear = Number((quarter ?? year)?.[1]);
  const endYear = (quarter ?? year)?.[2];
  const sane = Number.isInteger(startYear) && startYear >= 2000 && startYear <= 2100 && (endYear === undefined || Number(endYear) === (startYear + 1) % 100);
  if (!sane || (!quarter && !year)) throw new MonitoringQueryError('period', periodHint);
  const yearLabel = `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
  if (quarter) {
    const code = `${yearLabel} Q${quarter[3]}` as QuarterCode;
    return { period: quarterPeriod(code), quarter: code, startYear, label: `${yearLabel}-Q${quarter[3]}` };
  }
  return { period: financialYear(startYear), quarter: null, startYear, label: yearLabel };
}

/** The quarter before the one today falls in: the latest whole quarter, the default period. */
export function latestWholeQuarter(actor: Pick<Actor, 'now'>): string {
  const current = quarterPeriod(financialQuarterOf(todayOf(actor)));
  const previous = financialQuarterOf(new Date(Date.parse(`${current.from}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
  const match = /^(\d{4})-\d{2} Q([1-4])$/.exec(previous)!;
  return `${match[1]}-Q${match[2]}`;
}

const groupNames: Record<string, GroupDimension> = { authority: 'authority', 'rpb-region': 'rpbRegion', 'advocacy-region': 'advocacyRegion', provider: 'provider', quarter: 'quarter' };
const breakdownNames: Record<string, BreakdownDimension> = {
  'age-band': 'ageBand', 'legal-status': 'legalStatus', 'placement-type': 'placementType', area: 'area', language: 'language', disability: 'disability', 'asylum-status': 'asylumStatus',
};
/** The names used in URLs, by dimension (kebab-case, like the rest of the API's parameters). */
export const groupParameterNames = Object.keys(groupNames);
export const breakdownParameterNames = Object.keys(breakdownNames);

function listOf(text: string | undefined): string[] {
  return (text ?? '').split(',').map((part) => part.trim()).filter((part) => part.length > 0);
}

function dimensions<T extends string>(parameter: string, text: string | undefined, names: Record<string, T>, known: readonly string[]): T[] {
  const chosen = listOf(text).map((name) => names[name] ?? (known.includes(name) ? (name as T) : undefined));
  const wrong = listOf(text).filter((_, index) => chosen[index] === undefined);
  if (wrong.length > 0 || new Set(chosen).size !== chosen.length) {
    const allowed = Object.keys(names).join(', ');
    throw new MonitoringQueryError(parameter, { en: `use one or more of ${allowed}, separated by commas, each once`, cy: `defnyddiwch un neu fwy o ${allowed}, wedi'u gwahanu gan atalnodau, pob un unwaith` });
  }
  return chosen as T[];
}

export interface MonitoringQuery {
  readonly measure?: string | undefined;
  readonly period?: string | undefined;
  readonly groupBy?: string | undefined;
  readonly breakdown?: string | undefined;
}

export interface MonitoringRequest {
  readonly measureIds: readonly string[] | null;
  readonly period: ReportingPeriod;
  readonly groupBy: readonly GroupDimension[];
  readonly breakdown: readonly BreakdownDimension[];
}

/** Checks a monitoring query; a wrong value throws a MonitoringQueryError naming the parameter. */
export function readMonitoringQuery(query: MonitoringQuery, actor: Pick<Actor, 'now'>): MonitoringRequest {
  const ids = listOf(query.measure);
  const unknown = ids.filter((id) => !measureCatalogue.some((measure) => measure.id === id));
  if (unknown.length > 0) {
    throw new MonitoringQueryError('measure', { en: `there is no measure called ${unknown.join(', ')}: see /api/v1/monitoring/measures`, cy: `nid oes mesur o'r enw ${unknown.join(', ')}: gweler /api/v1/monitoring/measures` });
  }
  return {
    measureIds: ids.length > 0 ? ids : null,
    period: parseReportingPeriod(query.period ?? latestWholeQuarter(actor)),
    groupBy: dimensions('groupBy', query.groupBy, groupNames, groupDimensionIds),
    breakdown: dimensions('breakdown', query.breakdown, breakdownNames, breakdownDimensionIds),
  };
}

export interface MonitoringView {
  readonly source: MonitoringSource;
  readonly disclosure: Disclosure;
}

/** Whose children the person's figures are about, and whether they are exact or published. */
export function monitoringViewOf(user: Actor['user']): MonitoringView {
  if (user.role === 'commissioner') return { source: { kind: 'national' }, disclosure: 'published' };
  if ((user.role === 'provider-manager' || user.role === 'provider-advocate') && user.providerId) return { source: { kind: 'provider', providerId: user.providerId }, disclosure: 'published' };
  if (authorityMonitoringRoles.includes(user.role) && user.authorityCode) return { source: { kind: 'authority', authorityCode: user.authorityCode }, disclosure: 'exact' };
  throw new MonitoringQueryError('role', { en: 'this account cannot see monitoring figures', cy: 'ni all y cyfrif hwn weld ffigurau monitro' });
}

/**
 * Publications already worked out, per database and financial year, with what the data looked
 * like when they were counted. A Wales-sized year takes several seconds to count and protect, so
 * every request does not do it again: it is worked out again when the data has changed (a child,
 * a case, an episode, a fact added or ended) or after ten minutes, whichever comes first.
 */
const publicationCache = new WeakMap<Kysely<Database>, Map<number, { readonly fingerprint: string; readonly at: number; readonly publication: Promise<Publication> }>>();
const publicationMaxAgeMs = 10 * 60_000;

/** Counts and latest dates of everything figures are counted from: cheap, and moved by almost any change. */
async function dataFingerprint(db: Kysely<Database>): Promise<string> {
  const summary = (table: 'children' | 'active_offer_cases' | 'missing_episodes' | 'entitlements' | 'placements' | 'allocations' | 'reviews' | 'offer_rounds', latest: string[]) =>
    db.selectFrom(table).select([sql<number>`count(*)`.as('n'), ...latest.map((column) => sql<string | null>`max(${sql.ref(column)})`.as(column))]).executeTakeFirst();
  const parts = await Promise.all([
    summary('children', ['updated_at']),
    summary('active_offer_cases', ['updated_at']),
    summary('missing_episodes', ['updated_at']),
    summary('entitlements', ['start_on', 'end_on']),
    summary('placements', ['start_on', 'end_on']),
    summary('allocations', ['start_on', 'end_on']),
    summary('reviews', ['held_on']),
    summary('offer_rounds', ['outcome_on']),
  ]);
  return JSON.stringify(parts.map((part) => Object.values(part ?? {}).map(String)));
}

/**
 * The national publications of these financial years: counted in one pass over every child in
 * Wales and protected together (see @cynnig/monitoring's publication), reused while the data is
 * unchanged. Every published figure, on screen or in a file, is read out of them.
 */
export async function publicationsFor(db: Kysely<Database>, startYears: readonly number[], now = Date.now()): Promise<Map<number, Publication>> {
  let cache = publicationCache.get(db);
  if (!cache) publicationCache.set(db, (cache = new Map()));
  const fingerprint = await dataFingerprint(db);
  const stale = [...new Set(startYears)].filter((startYear) => {
    const cached = cache!.get(startYear);
    return !cached || cached.fingerprint !== fingerprint || now - cached.at > publicationMaxAgeMs;
  });
  if (stale.length > 0) {
    const counting = computePublications(monitoringRecords(db, { kind: 'national' }), stale);
    for (const startYear of stale) {
      const entry = { fingerprint, at: now, publication: counting.then((publications) => publications.get(startYear)!) };
      cache.set(startYear, entry);
      // A failed count is not kept: the next request tries again.
      entry.publication.catch(() => {
        if (cache!.get(startYear) === entry) cache!.delete(startYear);
      });
    }
  }
  return new Map(await Promise.all(startYears.map(async (startYear) => [startYear, await cache!.get(startYear)!.publication] as const)));
}

/**
 * The figures for the person asking. An authority's own staff get their children's figures
 * exactly, computed in one pass over those records. Anything published (commissioners,
 * providers) is read out of the national publication of the period's financial years: every
 * grouping, quarter and breakdown of a year counted together and protected together, so no two
 * requests can be differenced against each other; a provider sees its own row of it.
 */
export async function monitoringFigures(db: Kysely<Database>, view: MonitoringView, request: MonitoringRequest): Promise<MeasureResult> {
  if (view.disclosure === 'exact') {
    const exact = await computeMeasures(monitoringRecords(db, view.source), {
      period: request.period.period,
      groupBy: request.groupBy,
      breakdown: request.breakdown,
      ...(request.measureIds ? { measures: measuresWithInputs(request.measureIds) } : {}),
    });
    const figures = applyDisclosure(exact, 'exact');
    if (!request.measureIds) return figures;
    const wanted = new Set(request.measureIds);
    return { ...figures, measures: figures.measures.filter((measure) => wanted.has(measure.id)) };
  }
  const publications = await publicationsFor(db, financialYearsOf(request.period.period));
  return figuresFrom(publications, {
    period: request.period.period,
    groupBy: request.groupBy,
    breakdown: request.breakdown,
    measureIds: request.measureIds,
    ...(view.source.kind === 'provider' ? { own: { grouping: 'provider' as const, value: view.source.providerId } } : {}),
  });
}
