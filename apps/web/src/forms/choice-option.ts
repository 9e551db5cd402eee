// The options of a radio group, checkbox list or drop-down, taken from a domain
// code list so the words are the same everywhere Cynnig shows that code.
import type { CodeList, Language } from '@cynnig/domain';

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
  readonly hint?: string | undefined;
}

/** Every code of a list, labelled and hinted in the user's language, in the list's own order. */
export function optionsFromCodeList<C extends string>(list: CodeList<C>, language: Language, only?: readonly C[]): ChoiceOption[] {
  return list.entries
    .filter((entry) => !only || only.includes(entry.code))
    .map((entry) => ({ value: entry.code, label: list.label(entry.code, language), hint: entry.hint?.[language] }));
}
