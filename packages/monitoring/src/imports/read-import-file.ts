// Reads one import file: checks its header against the layout, refuses a file for another
// authority, converts each row's cells and validates the row with the shared domain schema.
// Rows that refer to each other are checked afterwards, once every file has been read.
import { caseReferenceSchema, gssCodeSchema, localAuthorities, type Bilingual } from '@cynnig/domain';
import { codeCell, codesCell, numberCell, textCell, timestampCell, yesNoCell } from './cell-values.js';
import type { CellFormat, ImportColumn, ImportFileKind, ImportFileLayout } from './column-layout.js';
import type { ImportFileType } from './file-type.js';
import { cellIssue, fileIssue, lineIssue, type ImportIssue } from './import-issue.js';
import { issueReason } from './issue-reason.js';
import { CsvReadError, readImportCsv, type ImportSource } from './read-import-csv.js';
import { stableId } from './stable-id.js';

/** One row after its own checks; cross-row checks may add issues later. */
export interface RowOutcome {
  readonly kind: ImportFileKind;
  readonly line: number;
  /** Null when the case reference cell is not a valid case reference. */
  readonly caseReference: string | null;
  /** The upsert key, when the case reference is valid. */
  readonly key: string | null;
  /** The parsed row, when the schema accepted it. */
  readonly value: unknown;
  readonly issues: ImportIssue[];
}

export interface FileOutcome {
  readonly kind: ImportFileKind;
  readonly fileName: string;
  readonly rows: RowOutcome[];
  readonly rowsRead: number;
  /** Set when the whole file is refused (header, authority, unreadable CSV). */
  readonly refusal: ImportIssue | null;
}

export interface ReadFileOptions {
  readonly authorityCode: string;
  readonly staff: ReadonlyMap<string, string>;
  /** Internal ids of children Cynnig already holds, by case reference. */
  readonly knownChildren: ReadonlyMap<string, string>;
  readonly onRowsRead?: (rowsRead: number, bytesRead: number) => void;
}

const convert: Record<CellFormat, (cell: string | undefined) => unknown> = {
  'authority-code': (cell) => textCell(cell)?.toUpperCase() ?? null,
  'case-reference': textCell,
  text: textCell,
  date: textCell,
  timestamp: timestampCell,
  code: codeCell,
  codes: codesCell,
  'yes-no': yesNoCell,
  number: numberCell,
  'staff-reference': textCell,
};

const list = (names: readonly string[]) => names.join(', ');

function headerProblem(layout: ImportFileLayout, header: readonly string[]): Bilingual | null {
  const names = header.map((cell) => cell.trim().toLowerCase());
  const known = new Set(layout.columns.map((candidate) => candidate.name));
  // An empty header cell is a column the spreadsheet kept after the data; its cells must stay empty.
  const unknown = [...new Set(names.filter((name) => name !== '' && !known.has(name)))];
  const repeated = [...new Set(names.filter((name, index) => known.has(name) && names.indexOf(name) !== index))];
  const missing = layout.columns.filter((candidate) => !candidate.mayBeOmitted && !names.includes(candidate.name)).map((candidate) => candidate.name);
  if (unknown.length + repeated.length + missing.length === 0) return null;
  const en: string[] = [];
  const cy: string[] = [];
  if (missing.length) en.push(`missing columns: ${list(missing)}`), cy.push(`colofnau ar goll: ${list(missing)}`);
  if (unknown.length) en.push(`unknown columns: ${list(unknown)}`), cy.push(`colofnau anhysbys: ${list(unknown)}`);
  if (repeated.length) en.push(`columns given twice: ${list(repeated)}`), cy.push(`colofnau a roddwyd ddwywaith: ${list(repeated)}`);
  const expected = list(layout.columns.map((candidate) => candidate.name));
  return {
    en: `the header row does not match the layout (${en.join('; ')}). The columns are: ${expected}`,
    cy: `nid yw'r rhes pennawd yn cyfateb i'r cynllun (${cy.join('; ')}). Y colofnau yw: ${expected}`,
  };
}

const authorityName = (code: string) => localAuthorities.find((authority) => authority.code === code)?.name;

function otherAuthority(line: number, kind: ImportFileKind, found: string, own: string): ImportIssue {
  const ownName = authorityName(own);
  const foundName = authorityName(found);
  return cellIssue(kind, line, 'authority_code', 'import.other-authority', {
    en: `this file is for ${found}${foundName ? ` (${foundName.en})` : ''} but you are importing for ${own}${ownName ? ` (${ownName.en})` : ''}; nothing in it was imported`,
    cy: `mae'r ffeil hon ar gyfer ${found}${foundName ? ` (${foundName.cy})` : ''} ond rydych yn mewnforio ar gyfer ${own}${ownName ? ` (${ownName.cy})` : ''}; ni fewnforiwyd dim ohoni`,
  });
}

const csvReasons: Record<CsvReadError['reason'], Bilingual> = {
  'quote-not-closed': { en: 'a quoted cell starting on this line is never closed, so the rest of the file cannot be read; nothing in it was imported', cy: 'nid yw cell mewn dyfynodau sy\'n dechrau ar y llinell hon byth yn cau, felly ni ellir darllen gweddill y ffeil; ni fewnforiwyd dim ohoni' },
  'quote-misplaced': { en: 'a quote mark is in the wrong place, so the file cannot be read as CSV; nothing in it was imported', cy: 'mae dyfynnod yn y lle anghywir, felly ni ellir darllen y ffeil fel CSV; ni fewnforiwyd dim ohoni' },
  unreadable: { en: 'the file cannot be read as CSV here; nothing in it was imported', cy: 'ni ellir darllen y ffeil fel CSV yma; ni fewnforiwyd dim ohoni' },
};

/** Reads and checks every row of one file. */
export async function readImportFile<K extends ImportFileKind>(type: ImportFileType<K, unknown>, source: ImportSource, options: ReadFileOptions): Promise<FileOutcome> {
  const { layout } = type;
  const rows: RowOutcome[] = [];
  let rowsRead = 0;
  let refusal: ImportIssue | null = null;
  let positions: { column: ImportColumn; index: number }[] | null = null;
  let columnByName = new Map<string, ImportColumn>();
  const childIds = new Map<string, string>();
  let headerWidth = 0;
  let unnamed: number[] = [];
  let bytesRead = 0;
  const records = readImportCsv(source, (progress) => {
    bytesRead = progress.bytesRead;
    options.onRowsRead?.(rowsRead, bytesRead);
  });
  try {
    for await (const record of records) {
      if (positions === null) {
        const problem = headerProblem(layout, record.cells);
        if (problem) {
          refusal = lineIssue(type.kind, record.line, 'import.header-mismatch', problem);
          break;
        }
        const names = record.cells.map((cell) => cell.trim().toLowerCase());
        positions = layout.columns.map((column) => ({ column, index: names.indexOf(column.name) }));
        columnByName = new Map(layout.columns.map((column) => [column.name, column]));
        headerWidth = record.cells.length;
        unnamed = names.flatMap((name, index) => (name === '' ? [index] : []));
        continue;
      }
      rowsRead += 1;
      if (refusal) continue;
      if (record.cells.length !== headerWidth) {
        rows.push({
          kind: type.kind, line: record.line, caseReference: null, key: null, value: null,
          issues: [lineIssue(type.kind, record.line, 'import.cell-count', {
            en: `this line has ${record.cells.length} cells but the header has ${headerWidth}; check for a missing or extra comma`,
            cy: `mae gan y llinell hon ${record.cells.length} cell ond mae gan y pennawd ${headerWidth}; chwiliwch am goma ar goll neu goma ychwanegol`,
          })],
        });
        continue;
      }
      const filledUnnamed = unnamed.find((index) => record.cells[index]!.trim() !== '');
      if (filledUnnamed !== undefined) {
        rows.push({
          kind: type.kind, line: record.line, caseReference: null, key: null, value: null,
          issues: [lineIssue(type.kind, record.line, 'import.cell-without-column', {
            en: `cell ${filledUnnamed + 1} has a value but its column has no header; name the column or empty the cell`,
            cy: `mae gwerth yng nghell ${filledUnnamed + 1} ond nid oes pennawd i'w cholofn; enwch y golofn neu gwagiwch y gell`,
          })],
        });
        continue;
      }
      const outcome = readRow(type, positions, columnByName, record.cells, record.line, options, childIds);
      if (outcome === 'other-authority') {
        refusal = otherAuthority(record.line, type.kind, textCell(record.cells[positions[0]!.index])!, options.authorityCode);
        continue;
      }
      rows.push(outcome);
    }
    if (positions === null && refusal === null) {
      refusal = fileIssue(type.kind, layout.fileName, 'import.empty-file', { en: 'the file is empty: it needs a header row naming its columns', cy: 'mae\'r ffeil yn wag: mae angen rhes pennawd sy\'n enwi ei cholofnau' });
    }
  } catch (error) {
    if (!(error instanceof CsvReadError)) throw error;
    refusal = lineIssue(type.kind, error.line, `import.csv-${error.reason}`, csvReasons[error.reason]);
  }
  options.onRowsRead?.(rowsRead, bytesRead);
  return { kind: type.kind, fileName: layout.fileName, rows: refusal ? [] : rows, rowsRead, refusal };
}

function readRow(
  type: ImportFileType<ImportFileKind, unknown>,
  positions: readonly { column: ImportColumn; index: number }[],
  columnByName: ReadonlyMap<string, ImportColumn>,
  cells: readonly string[],
  line: number,
  options: ReadFileOptions,
  childIds: Map<string, string>,
): RowOutcome | 'other-authority' {
  const values: Record<string, unknown> = {};
  const texts: Record<string, string> = {};
  for (const { column, index } of positions) {
    const cell = index < 0 ? undefined : cells[index];
    texts[column.name] = (cell ?? '').trim();
    values[column.name] = convert[column.format](cell);
  }
  const issues: ImportIssue[] = [];
  const byColumn = new Set<string>();
  const add = (columnName: string, code: string, reason: Bilingual) => {
    if (byColumn.has(columnName)) return;
    byColumn.add(columnName);
    issues.push(cellIssue(type.kind, line, columnName, code, reason));
  };
  const authority = values.authority_code;
  if (typeof authority === 'string' && authority !== options.authorityCode && gssCodeSchema.safeParse(authority).success) return 'other-authority';
  if (authority !== options.authorityCode) add('authority_code', 'import.invalid-cell', texts.authority_code === '' ? { en: 'this cannot be empty; enter your council\'s GSS code', cy: 'ni all hwn fod yn wag; rhowch god GSS eich cyngor' } : columnByName.get('authority_code')!.hint);

  const caseReferenceParse = caseReferenceSchema.safeParse(values.case_reference ?? '');
  const caseReference = caseReferenceParse.success ? caseReferenceParse.data : null;
  if (caseReference === null) add('case_reference', 'import.invalid-cell', texts.case_reference === '' ? { en: 'this cannot be empty', cy: 'ni all hwn fod yn wag' } : columnByName.get('case_reference')!.hint);

  const childKey = caseReference ?? '';
  let childId = childIds.get(childKey);
  if (childId === undefined) {
    childId = options.knownChildren.get(childKey) ?? stableId(options.authorityCode, 'child', childKey);
    childIds.set(childKey, childId);
  }
  const { candidate, problems } = type.toCandidate(values, { authorityCode: options.authorityCode, childId, staff: options.staff });
  for (const problem of problems) add(problem.column, problem.code, problem.reason);

  const naturalKey = type.layout.naturalKey.filter((name) => name !== 'case_reference').map((name) => String(values[name] ?? ''));
  const key = caseReference === null ? null : [options.authorityCode, type.kind, caseReference, ...naturalKey].join('/');
  const id = type.kind === 'children' ? childId : stableId(options.authorityCode, type.kind, caseReference ?? '', ...naturalKey);
  const parsed = type.schema.safeParse({ id, ...candidate });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const columnName = type.columnOf(issue.path);
      const column = columnByName.get(columnName)!;
      add(columnName, 'import.invalid-cell', issueReason(issue, column, texts[columnName] ?? '', values[columnName], type.crossFieldReasons?.[columnName]));
    }
  }
  return { kind: type.kind, line, caseReference, key, value: issues.length === 0 && parsed.success ? parsed.data : null, issues };
}
