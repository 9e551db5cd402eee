// The result of reading a set of import files: the rows to upsert, keyed so that importing the
// same files again plans exactly the same writes, and the report of every row that was refused.
// The data layer applies the plan in one transaction; this package never writes anything.
import type { Allocation, Bilingual, Child, Entitlement, MissingEpisodeSummary, Placement, Review } from '@cynnig/domain';
import type { ImportFileKind } from './column-layout.js';
import type { ImportIssue } from './import-issue.js';

export interface PlannedRow<T> {
  /** The upsert key: authority, file kind, case reference and the row's natural key ("W06000015/placements/CDF-1/2024-01-05"). */
  readonly key: string;
  readonly caseReference: string;
  /** Where the row came from, for the audit record. */
  readonly line: number;
  /** The row as the shared domain schema parsed it, with an id minted from its key. */
  readonly value: T;
}

export interface ImportPlan {
  readonly authorityCode: string;
  readonly children: readonly PlannedRow<Child>[];
  readonly entitlements: readonly PlannedRow<Entitlement>[];
  readonly placements: readonly PlannedRow<Placement>[];
  readonly allocations: readonly PlannedRow<Allocation>[];
  readonly reviews: readonly PlannedRow<Review>[];
  readonly missingEpisodes: readonly PlannedRow<MissingEpisodeSummary>[];
}

/** The plan's list for each kind of file. */
export const planListOf = {
  children: 'children',
  entitlements: 'entitlements',
  placements: 'placements',
  allocations: 'allocations',
  reviews: 'reviews',
  'missing-episodes': 'missingEpisodes',
} as const satisfies Record<ImportFileKind, Exclude<keyof ImportPlan, 'authorityCode'>>;

export interface ImportFileSummary {
  readonly file: ImportFileKind;
  readonly fileName: string;
  /** Rows read after the header, not counting blank lines. */
  readonly rowsRead: number;
  /** Rows in the plan. */
  readonly accepted: number;
  /** Rows with at least one error (every row of a refused file). */
  readonly rejected: number;
  /** True when the whole file was refused (header, another authority, unreadable CSV, given twice). */
  readonly refused: boolean;
  /** Valid rows left out because another row had an error and `acceptValidRows` was not set. */
  readonly heldBack: number;
  readonly text: Bilingual;
}

export interface ImportSummary {
  readonly files: readonly ImportFileSummary[];
  readonly text: Bilingual;
}

export interface ImportResult {
  /** Empty when any row failed, unless `acceptValidRows` was set. */
  readonly plan: ImportPlan;
  /** Every error found, in file order, then line, then column. */
  readonly issues: readonly ImportIssue[];
  readonly summary: ImportSummary;
}

export function emptyPlan(authorityCode: string): ImportPlan {
  return { authorityCode, children: [], entitlements: [], placements: [], allocations: [], reviews: [], missingEpisodes: [] };
}
