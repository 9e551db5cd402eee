// Imports from council case systems: reads the CSV files a case system exported, checks every row
// with the shared domain schemas and across rows, and returns the plan of upserts the data layer
// applies, with a bilingual report. All or nothing unless valid rows are explicitly kept.
import { CynnigError, gssCodeSchema } from '@cynnig/domain';
import { importFileKinds, type ImportFileKind } from './column-layout.js';
import { checkChildReferences, checkDuplicates, checkEpisodeOverlaps, checkNotBeforeBirth, type ChildIndex } from './cross-row-checks.js';
import { importFileTypes } from './import-file-types.js';
import { cellIssue, fileIssue, type ImportIssue } from './import-issue.js';
import { emptyPlan, planListOf, type ImportFileSummary, type ImportPlan, type ImportResult, type PlannedRow } from './import-plan.js';
import { fileSummary, importSummary } from './import-summary.js';
import { readImportFile, type FileOutcome, type RowOutcome } from './read-import-file.js';
import type { ImportSource } from './read-import-csv.js';

export interface ImportFile {
  readonly kind: ImportFileKind;
  /** The file's content: a Node readable stream, any async iterable of chunks, or the whole text. */
  readonly source: ImportSource;
  /** The file's size in bytes, when known, so progress can be shown as a share. */
  readonly sizeBytes?: number | null;
}

export interface ImportProgress {
  readonly file: ImportFileKind;
  readonly rowsRead: number;
  readonly bytesRead: number;
  readonly totalBytes: number | null;
}

export interface ImportOptions {
  /** The authority importing; a file naming another authority is refused. */
  readonly authorityCode: string;
  readonly files: readonly ImportFile[];
  /**
   * The authority's children Cynnig already holds: their internal id by case reference. Rows may
   * refer to them, and rows about them carry that id rather than a newly minted one.
   */
  readonly knownChildren?: ReadonlyMap<string, string>;
  /** Cynnig user ids by the staff references the case system uses (for allocations and reviews); matched without regard to case. */
  readonly staff?: ReadonlyMap<string, string>;
  /** Keep the valid rows when some fail. Off by default: any error leaves the plan empty. */
  readonly acceptValidRows?: boolean;
  /** Called as each file is read, for a progress bar. */
  readonly onProgress?: (progress: ImportProgress) => void;
}

const order = (kind: ImportFileKind) => importFileKinds.indexOf(kind);

function issueOrder(a: ImportIssue, b: ImportIssue): number {
  const columns = importFileTypes[a.file].layout.columns;
  const columnIndex = (issue: ImportIssue) => (issue.column === null ? -1 : columns.findIndex((column) => column.name === issue.column));
  return order(a.file) - order(b.file) || (a.line ?? 0) - (b.line ?? 0) || columnIndex(a) - columnIndex(b);
}

/**
 * Reads the files and plans the import. Re-importing the same files gives the same plan (ids
 * are minted from authority, case reference and each row's natural key, or are the ids of
 * children Cynnig already holds), so applying it again changes nothing. Rows are never deleted.
 *
 * ```ts
 * const { plan, issues, summary } = await planImport({ authorityCode: 'W06000015', files: [{ kind: 'children', source: createReadStream('children.csv') }] });
 * ```
 */
export async function planImport(options: ImportOptions): Promise<ImportResult> {
  if (!gssCodeSchema.safeParse(options.authorityCode).success) {
    throw new CynnigError({ code: 'import.invalid-authority', message: { en: 'Imports need the importing council\'s GSS code', cy: 'Mae angen cod GSS y cyngor sy\'n mewnforio ar gyfer mewnforio' }, path: ['authorityCode'] });
  }
  // Staff references are matched without regard to case ("sw-0193" is "SW-0193").
  const staff = new Map([...(options.staff ?? new Map<string, string>())].map(([reference, userId]) => [reference.toUpperCase(), userId]));
  const knownChildren = options.knownChildren ?? new Map<string, string>();
  const outcomes: FileOutcome[] = [];
  const sorted = [...options.files].sort((a, b) => order(a.kind) - order(b.kind));
  for (const file of sorted) {
    const type = importFileTypes[file.kind];
    if (outcomes.some((outcome) => outcome.kind === file.kind)) {
      outcomes.push({
        kind: file.kind, fileName: type.layout.fileName, rows: [], rowsRead: 0,
        refusal: fileIssue(file.kind, type.layout.fileName, 'import.file-repeated', { en: 'only one file of this kind can be imported at a time; this one was not read', cy: 'dim ond un ffeil o\'r math hwn y gellir ei mewnforio ar y tro; ni ddarllenwyd hon' }),
      });
      continue;
    }
    const totalBytes = file.sizeBytes ?? null;
    outcomes.push(await readImportFile(type, file.source, {
      authorityCode: options.authorityCode,
      staff,
      knownChildren,
      onRowsRead: (rowsRead, bytesRead) => options.onProgress?.({ file: file.kind, rowsRead, bytesRead, totalBytes }),
    }));
  }

  for (const outcome of outcomes) checkDuplicates(outcome);
  const childrenFile = outcomes.find((outcome) => outcome.kind === 'children');
  const children: ChildIndex = {
    rows: new Map((childrenFile?.rows ?? []).filter((row) => row.caseReference !== null).reverse().map((row) => [row.caseReference!, row])),
    known: knownChildren,
    childrenFileRefused: childrenFile?.refusal != null,
  };
  const dependent = new Set<RowOutcome>();
  for (const outcome of outcomes) {
    if (outcome.kind === 'children') continue;
    for (const row of checkChildReferences(outcome, children)) dependent.add(row);
    checkNotBeforeBirth(outcome, children);
    if (outcome.kind === 'missing-episodes') checkEpisodeOverlaps(outcome);
  }

  const keepValid = options.acceptValidRows === true;
  if (keepValid) {
    for (const row of dependent) {
      if (row.issues.length > 0) continue;
      const childLine = children.rows.get(row.caseReference!)!.line;
      row.issues.push(cellIssue(row.kind, row.line, 'case_reference', 'import.child-rejected', {
        en: `the child's row (line ${childLine} of children.csv) has errors, so this row cannot be imported`,
        cy: `mae gwallau yn rhes y plentyn (llinell ${childLine} o children.csv), felly ni ellir mewnforio'r rhes hon`,
      }));
    }
  }

  const issues = outcomes.flatMap((outcome) => [...(outcome.refusal ? [outcome.refusal] : []), ...outcome.rows.flatMap((row) => row.issues)]).sort(issueOrder);
  const anyFailure = issues.length > 0;
  const writing = keepValid || !anyFailure;
  const plan = emptyPlan(options.authorityCode) as { -readonly [K in keyof ImportPlan]: ImportPlan[K] };
  const summaries: ImportFileSummary[] = [];
  for (const outcome of outcomes) {
    const valid = outcome.rows.filter((row) => row.issues.length === 0 && !(dependent.has(row) && !keepValid) && row.value !== null);
    const rejected = outcome.refusal ? outcome.rowsRead : outcome.rows.filter((row) => row.issues.length > 0).length;
    const accepted = writing ? valid : [];
    if (accepted.length > 0) {
      const planned: PlannedRow<unknown>[] = accepted.map((row) => ({ key: row.key!, caseReference: row.caseReference!, line: row.line, value: row.value }));
      planned.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      (plan[planListOf[outcome.kind]] as PlannedRow<unknown>[]) = planned;
    }
    summaries.push(fileSummary({
      file: outcome.kind,
      fileName: outcome.fileName,
      rowsRead: outcome.rowsRead,
      accepted: accepted.length,
      rejected,
      refused: outcome.refusal !== null,
      heldBack: outcome.rowsRead - accepted.length - rejected,
    }));
  }
  return { plan, issues, summary: importSummary(summaries) };
}
