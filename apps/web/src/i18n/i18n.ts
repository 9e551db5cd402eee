// The one i18next instance for the forms app: English and Welsh resources with
// identical keys (a test checks), no fallback between them so a gap shows up.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@cynnig/domain';
import cy from './cy.json';
import en from './en.json';

export const resources = { en: { translation: en }, cy: { translation: cy } } as const;

/** Creates a ready instance; tests make their own so each starts in a known language. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    supportedLngs: ['en', 'cy'],
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    nsSeparator: false,
    showSupportNotice: false,
  });
  return instance;
}
