// Puts the API's field errors where the user will see them: beside each field
// (react-hook-form's setError) and in the error summary at the top of the page.
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import type { ApiProblem } from './problem';

export interface SummaryEntry {
  readonly field: string | null;
  readonly message: string;
}

/**
 * Sets each field error the API sent on the form and returns the summary entries,
 * field errors first; a problem with no field (e.g. "case is closed") becomes one
 * entry with no link.
 */
export function applyProblemToForm<T extends FieldValues>(problem: ApiProblem, setError: UseFormSetError<T>, isField: (name: string) => boolean): SummaryEntry[] {
  const entries: SummaryEntry[] = [];
  for (const { field, message } of problem.fields) {
    const known = isField(field);
    if (known) setError(field as FieldPath<T>, { type: 'server', message }, { shouldFocus: false });
    entries.push({ field: known ? field : null, message });
  }
  if (entries.length === 0) entries.push({ field: null, message: problem.detail ?? problem.title });
  return entries;
}
