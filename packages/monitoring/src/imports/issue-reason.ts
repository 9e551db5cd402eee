// Translates a zod issue from a shared domain schema into the reason a person reading the report
// can act on, in English and Welsh, for the column the issue points at. The schema stays the one
// judge of what is valid; this only says why in the words of the file's layout.
import { isIsoDate, type Bilingual } from '@cynnig/domain';
import type { z } from 'zod';
import type { ImportColumn } from './column-layout.js';

const cannotBeEmpty: Bilingual = { en: 'this cannot be empty', cy: 'ni all hwn fod yn wag' };

function join(first: Bilingual, second: Bilingual): Bilingual {
  return { en: `${first.en}; ${second.en}`, cy: `${first.cy}; ${second.cy}` };
}

/** True when a converted cell is in its column's format, so a refusal must come from a rule across fields. */
function readsWell(column: ImportColumn, value: unknown): boolean {
  if (value === null) return true;
  if (column.format === 'date') return typeof value === 'string' && isIsoDate(value);
  if (column.format === 'timestamp') return typeof value === 'string' && value.endsWith('Z') && !Number.isNaN(Date.parse(value));
  return true;
}

/**
 * The reason for an issue on a column: a rule across fields when the cell itself reads well,
 * "cannot be empty" for an empty required cell, the length limit for long text, and otherwise
 * the column's hint (what a good value looks like).
 */
export function issueReason(issue: z.core.$ZodIssue, column: ImportColumn, cellText: string, value: unknown, crossFieldReason: Bilingual | undefined): Bilingual {
  if (issue.code === 'custom' && crossFieldReason !== undefined && readsWell(column, value)) return crossFieldReason;
  if (cellText === '') return column.format === 'text' || column.format === 'case-reference' ? cannotBeEmpty : join(cannotBeEmpty, column.hint);
  if (issue.code === 'too_big' && issue.origin === 'string') {
    const limit = String(issue.maximum);
    return { en: `use ${limit} characters or fewer`, cy: `defnyddiwch ${limit} nod neu lai` };
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    const limit = String(issue.maximum);
    return join({ en: `give at most ${limit}`, cy: `rhowch ${limit} ar y mwyaf` }, column.hint);
  }
  return column.hint;
}
