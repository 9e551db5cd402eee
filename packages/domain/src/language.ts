// The two languages every page, message and code list must speak (Welsh Language Standards).
import { z } from 'zod';

export const languageSchema = z.enum(['en', 'cy']);
/** A user's interface language: English or Welsh. */
export type Language = z.infer<typeof languageSchema>;

export const bilingualSchema = z.object({ en: z.string().min(1), cy: z.string().min(1) });
/** A text in both languages; never show one without the other existing. */
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Picks the text for a language. */
export function inLanguage(text: Bilingual, language: Language): string {
  return text[language];
}
