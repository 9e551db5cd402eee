// The documented layout of each CSV file a council's case system can send Cynnig: its columns,
// what each holds in English and Welsh, and what a good value looks like. Pure data (no Node
// modules), so the API can serve it to the forms app and the command line can print it.
import type { Bilingual } from '@cynnig/domain';

/** How a cell is read: the same format always gets the same conversion and the same hint. */
export type CellFormat =
  | 'authority-code'
  | 'case-reference'
  | 'text'
  | 'date'
  | 'timestamp'
  | 'code'
  | 'codes'
  | 'yes-no'
  | 'number'
  | 'staff-reference';

export interface ImportColumn {
  /** The header as it must appear in the file (snake_case, English, matched without regard to case). */
  readonly name: string;
  readonly format: CellFormat;
  /** False when the cell may be left empty (read as "not known" or "none"). */
  readonly required: boolean;
  /** True when the column may be left out of the file altogether (every cell then reads as empty). */
  readonly mayBeOmitted: boolean;
  readonly description: Bilingual;
  /** What a good value looks like, shown in the layout and in the message when a cell is wrong. */
  readonly hint: Bilingual;
  /** The codes a `code` or `codes` column accepts. */
  readonly codes?: readonly string[];
  readonly example: string;
}

export const importFileKinds = ['children', 'entitlements', 'placements', 'allocations', 'reviews', 'missing-episodes'] as const;
/** The kinds of file, in the order they are applied: children first, since every other row refers to one. */
export type ImportFileKind = (typeof importFileKinds)[number];

export interface ImportFileLayout {
  readonly kind: ImportFileKind;
  /** The name the file is expected to have, so the command line can tell files apart. */
  readonly fileName: string;
  readonly title: Bilingual;
  readonly description: Bilingual;
  readonly columns: readonly ImportColumn[];
  /** The columns that together identify a row for one child; a repeat in one file is an error. */
  readonly naturalKey: readonly string[];
}

const codeHint = (codes: readonly string[]): Bilingual => ({ en: `use one of: ${codes.join(', ')}`, cy: `defnyddiwch un o: ${codes.join(', ')}` });
const codesHint = (codes: readonly string[]): Bilingual => ({
  en: `use any of ${codes.join(', ')}, separated by semicolons, or leave empty for none`,
  cy: `defnyddiwch unrhyw rai o ${codes.join(', ')}, wedi'u gwahanu gan hanner colon, neu gadewch yn wag am ddim un`,
});

type ColumnSpec = Omit<ImportColumn, 'hint' | 'required' | 'mayBeOmitted'> & { hint?: Bilingual; required?: boolean; mayBeOmitted?: boolean };

/** A column with the hint its format implies; columns are required unless they say otherwise. */
export function column(spec: ColumnSpec): ImportColumn {
  const hint = spec.hint ?? formatHint(spec.format, spec.codes ?? []);
  return { ...spec, hint, required: spec.required ?? true, mayBeOmitted: spec.mayBeOmitted ?? false };
}

function formatHint(format: CellFormat, codes: readonly string[]): Bilingual {
  switch (format) {
    case 'authority-code':
      return { en: 'enter the council\'s GSS code like W06000015', cy: 'rhowch god GSS y cyngor fel W06000015' };
    case 'case-reference':
      return { en: 'enter the case reference: up to 40 letters, numbers, slashes, hyphens and underscores', cy: 'rhowch gyfeirnod yr achos: hyd at 40 o lythrennau, rhifau, blaenslaesau, cysylltnodau a thanlinellau' };
    case 'text':
      return { en: 'enter the text', cy: 'rhowch y testun' };
    case 'date':
      return { en: 'enter a real date like 2012-03-31', cy: 'rhowch ddyddiad go iawn fel 2012-03-31' };
    case 'timestamp':
      return { en: 'enter a date and time like 2024-05-01T14:30 (UK time) or 2024-05-01T13:30:00Z', cy: 'rhowch ddyddiad ac amser fel 2024-05-01T14:30 (amser y DU) neu 2024-05-01T13:30:00Z' };
    case 'code':
      return codeHint(codes);
    case 'codes':
      return codesHint(codes);
    case 'yes-no':
      return { en: 'enter yes or no (also true/false, 1/0, ie/na)', cy: 'rhowch ie neu na (neu yes/no, true/false, 1/0)' };
    case 'number':
      return { en: 'enter a number like 12.5', cy: 'rhowch rif fel 12.5' };
    case 'staff-reference':
      return { en: 'enter the worker\'s staff reference as your case system shows it, for someone who has a Cynnig account', cy: 'rhowch gyfeirnod staff y gweithiwr fel y mae\'ch system achosion yn ei ddangos, i rywun sydd â chyfrif Cynnig' };
  }
}

/** The two columns every file starts with: whose file it is and which child a row is about. */
export const authorityColumn = column({
  name: 'authority_code',
  format: 'authority-code',
  description: { en: 'The council the child is looked after or supported by; must be the council importing the file', cy: 'Y cyngor sy\'n gofalu am y plentyn neu\'n ei gefnogi; rhaid iddo fod y cyngor sy\'n mewnforio\'r ffeil' },
  example: 'W06000015',
});

export const caseReferenceColumn = column({
  name: 'case_reference',
  format: 'case-reference',
  description: { en: 'The child\'s case reference in the council\'s case system; rows refer to children by it, never by a Cynnig id', cy: 'Cyfeirnod achos y plentyn yn system achosion y cyngor; mae rhesi\'n cyfeirio at blant drwyddo, byth drwy un o ddynodwyr Cynnig' },
  example: 'CDF-2019-0042',
});

/** The layout's column by header name. */
export function columnNamed(layout: ImportFileLayout, name: string): ImportColumn | undefined {
  return layout.columns.find((candidate) => candidate.name === name);
}
