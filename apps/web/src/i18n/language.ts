// Which language a person sees: a `?lang=` link wins, then the choice remembered
// in this browser, then the browser's own preference. Signed-in users also have
// the choice stored against them by the API, so letters and emails follow it.
import { languageSchema, type Language } from '@cynnig/domain';

export const languageStorageKey = 'cynnig.language';

/** The tag Intl and `<html lang>` use; Welsh as spoken in the UK. */
export const localeOf = (language: Language): string => (language === 'cy' ? 'cy-GB' : 'en-GB');

export function languageFromSearch(search: string): Language | null {
  const parsed = languageSchema.safeParse(new URLSearchParams(search).get('lang'));
  return parsed.success ? parsed.data : null;
}

export interface LanguageSources {
  readonly search: string;
  readonly storage: Pick<Storage, 'getItem'> | null;
  readonly browserLanguages: readonly string[];
}

export function initialLanguage({ search, storage, browserLanguages }: LanguageSources): Language {
  const fromLink = languageFromSearch(search);
  if (fromLink) return fromLink;
  const remembered = languageSchema.safeParse(storage?.getItem(languageStorageKey));
  if (remembered.success) return remembered.data;
  return browserLanguages.some((tag) => tag.toLowerCase().startsWith('cy')) ? 'cy' : 'en';
}

/** The same address in the other language, keeping every other query parameter and the hash. */
export function hrefInLanguage(location: { pathname: string; search: string; hash: string }, language: Language): string {
  const params = new URLSearchParams(location.search);
  params.set('lang', language);
  return `${location.pathname}?${params.toString()}${location.hash}`;
}
