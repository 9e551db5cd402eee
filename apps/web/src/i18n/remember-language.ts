// Whenever the language changes: mark the page with it (<html lang>, so screen
// readers use the right voice) and remember it in this browser for next time.
import type { i18n as I18n } from 'i18next';
import { languageStorageKey } from './language';

export function rememberLanguage(i18n: I18n, storage: Pick<Storage, 'setItem'> | null, root: { lang: string } | null): () => void {
  const apply = (language: string) => {
    if (root) root.lang = language;
    try {
      storage?.setItem(languageStorageKey, language);
    } catch {
      // Storage may be blocked; the choice then lasts for this page only.
    }
  };
  apply(i18n.language);
  i18n.on('languageChanged', apply);
  return () => i18n.off('languageChanged', apply);
}
