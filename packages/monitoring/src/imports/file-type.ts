// What each kind of import file must say about itself: its layout, the shared domain schema its
// rows are checked with, how cells become the schema's fields, and which column a field came from.
import type { Bilingual } from '@cynnig/domain';
import type { z } from 'zod';
import type { ImportFileKind, ImportFileLayout } from './column-layout.js';

/** Cells of one row after conversion, by column name (see cell-values.ts). */
export type CellValues = Readonly<Record<string, unknown>>;

export interface RowContext {
  readonly authorityCode: string;
  /** The child's internal id: the stored one for a child Cynnig holds, else minted from authority and case reference. */
  readonly childId: string;
  /** Cynnig user ids by the staff reference the council's case system uses. */
  readonly staff: ReadonlyMap<string, string>;
}

/** A problem found while mapping cells, before the schema runs (a worker with no Cynnig account). */
export interface MappingProblem {
  readonly column: string;
  readonly code: string;
  readonly reason: Bilingual;
}

export interface ImportFileType<K extends ImportFileKind, T> {
  readonly kind: K;
  readonly layout: ImportFileLayout;
  readonly schema: z.ZodType<T>;
  /** The schema's input for a row, without its `id` (minted from the natural key). */
  toCandidate(values: CellValues, context: RowContext): { candidate: Record<string, unknown>; problems: readonly MappingProblem[] };
  /** The column a schema issue's path points at. */
  columnOf(path: readonly PropertyKey[]): string;
  /** Why a cell that reads well was still refused by a cross-field rule (an end before a start). */
  readonly crossFieldReasons?: Readonly<Record<string, Bilingual>>;
  /** The date a row happens on, to check it is not before the child was born. */
  dateOf?(value: T): { column: string; date: string } | null;
}

/** The column for a path, from a map of top-level schema fields to columns. */
export function columnsByField(fields: Readonly<Record<string, string>>, fallback: string): (path: readonly PropertyKey[]) => string {
  return (path) => {
    const field = path[0];
    return typeof field === 'string' ? fields[field] ?? fallback : fallback;
  };
}

export const endBeforeStart = (startColumn: string): Bilingual => ({
  en: `the end must be the same as or after ${startColumn}`,
  cy: `rhaid i'r diwedd fod yr un fath â ${startColumn} neu ar ei ôl`,
});
