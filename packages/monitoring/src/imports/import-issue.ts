// What the report says about a row or file that could not be imported: the line, the column and
// the reason, in English and Welsh. It is a CynnigError value, so the API and the command line
// show it like any other error. Messages never repeat what was in the cell: only where and why.
import type { Bilingual, CynnigErrorValue } from '@cynnig/domain';
import type { ImportFileKind } from './column-layout.js';

export interface ImportIssue extends CynnigErrorValue {
  readonly file: ImportFileKind;
  /** The line of the file where the row starts (the header is line 1); null for the file as a whole. */
  readonly line: number | null;
  /** The header of the column at fault, when one column is. */
  readonly column: string | null;
}

/** An issue with one cell: "Line 14, date_of_birth: enter a real date like 2012-03-31". */
export function cellIssue(file: ImportFileKind, line: number, column: string, code: string, reason: Bilingual): ImportIssue {
  return {
    file,
    line,
    column,
    code,
    message: { en: `Line ${line}, ${column}: ${reason.en}`, cy: `Llinell ${line}, ${column}: ${reason.cy}` },
    path: [file, line, column],
  };
}

/** An issue with a whole line (the wrong number of cells, a file that stops being CSV). */
export function lineIssue(file: ImportFileKind, line: number, code: string, reason: Bilingual): ImportIssue {
  return { file, line, column: null, code, message: { en: `Line ${line}: ${reason.en}`, cy: `Llinell ${line}: ${reason.cy}` }, path: [file, line] };
}

/** An issue with the file as a whole, named by its file name. */
export function fileIssue(file: ImportFileKind, fileName: string, code: string, reason: Bilingual): ImportIssue {
  return { file, line: null, column: null, code, message: { en: `${fileName}: ${reason.en}`, cy: `${fileName}: ${reason.cy}` }, path: [file] };
}
