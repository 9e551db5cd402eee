// "English | Cymraeg" on every page (Welsh Language Standards). The current
// language is plain text; the other is a link to the same page in that language,
// marked with lang and hreflang so screen readers pronounce it properly.
import type { Language } from '@cynnig/domain';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { hrefInLanguage } from '../../i18n/language';

const languages: readonly { code: Language; nameKey: 'language.english' | 'language.welsh' }[] = [
  { code: 'en', nameKey: 'language.english' },
  { code: 'cy', nameKey: 'language.welsh' },
];

export function LanguageSwitch({ onChoose, inverse = false }: { onChoose: (language: Language) => void; inverse?: boolean }) {
  const { t, i18n } = useTranslation();
  const [pathname, navigate] = useLocation();
  const search = useSearch();
  const current = i18n.language as Language;
  return (
    <nav className={`govuk-language-navigation${inverse ? ' govuk-language-navigation--inverse' : ''}`} aria-label={t('language.navigationLabel')}>
      <ul className="govuk-language-navigation__list">
        {languages.map(({ code, nameKey }) => {
          // Each language's name is written in that language, whatever the page's language.
          const name = t(nameKey, { lng: code });
          if (code === current) {
            return (
              <li className="govuk-language-navigation__list-item" key={code}>
                <span className="govuk-language-navigation__text" lang={code} aria-current="true">
                  {name}
                </span>
              </li>
            );
          }
          const href = hrefInLanguage({ pathname, search: search ? `?${search}` : '', hash: '' }, code);
          const choose = (event: MouseEvent<HTMLAnchorElement>) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            onChoose(code);
            navigate(href, { replace: true });
          };
          return (
            <li className="govuk-language-navigation__list-item" key={code}>
              <a className="govuk-language-navigation__link" href={href} lang={code} hrefLang={code} rel="alternate" onClick={choose}>
                {name}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
