// A code list is a closed set of codes, each with an English and a Welsh label.
// Schemas, forms, exports and the rule catalogue all read labels from here.
import { z } from 'zod';
import type { Bilingual, Language } from './language.js';

export interface CodeListEntry<C extends string> {
  readonly code: C;
  readonly en: string;
  readonly cy: string;
  /** Optional plain-language hint shown beside the label in forms. */
  readonly hint?: Bilingual;
}

export interface CodeList<C extends string> {
  readonly name: string;
  readonly entries: readonly CodeListEntry<C>[];
  readonly codes: readonly [C, ...C[]];
  readonly schema: z.ZodEnum<{ [K in C]: K }>;
  /** The label of a code in a language; throws on an unknown code so gaps are found in tests. */
  label(code: C, language: Language): string;
  has(value: unknown): value is C;
}

/**
 * Defines a code list. The `as const` entries give a literal union type:
 * `defineCodeList('riskGrade', [{ code: 'high', en: 'High', cy: 'Uchel' }] as const)`.
 */
export function defineCodeList<const C extends string>(name: string, entries: readonly CodeListEntry<C>[]): CodeList<C> {
  const codes = entries.map((entry) => entry.code) as unknown as [C, ...C[]];
  const byCode = new Map(entries.map((entry) => [entry.code as string, entry]));
  if (byCode.size !== entries.length) throw new Error(`code list ${name} repeats a code`);
  return {
    name,
    entries,
    codes,
    schema: z.enum(codes) as unknown as z.ZodEnum<{ [K in C]: K }>,
    label(code, language) {
      const entry = byCode.get(code);
      if (!entry) throw new Error(`code list ${name} has no code ${code}`);
      return entry[language];
    },
    has(value): value is C {
      return typeof value === 'string' && byCode.has(value);
    },
  };
}
