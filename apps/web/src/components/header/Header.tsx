// The top of every page: Cynnig's name (a link home), the service navigation with
// sign out when someone is signed in, and the language switch.
import type { Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { LanguageSwitch } from '../language-switch/LanguageSwitch';

export interface NavigationItem {
  readonly href: string;
  readonly text: string;
}

export interface HeaderProps {
  navigation: readonly NavigationItem[];
  signedIn: boolean;
  onChooseLanguage: (language: Language) => void;
}

export function Header({ navigation, signedIn, onChooseLanguage }: HeaderProps) {
  const { t } = useTranslation();
  const [pathname] = useLocation();
  const items: NavigationItem[] = [...navigation, ...(signedIn ? [{ href: '/sign-out', text: t('common.signOut') }] : [])];
  return (
    <header>
      <div className="govuk-generic-header">
        <div className="govuk-generic-header__container govuk-width-container">
          <div className="govuk-generic-header__logo">
            <Link href="/" className="govuk-generic-header__homepage-link">
              {t('service.name')}
            </Link>
          </div>
        </div>
      </div>
      <section aria-label={t('common.serviceInformation')} className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            {items.length > 0 ? (
              <nav aria-label={t('common.menu')} className="govuk-service-navigation__wrapper">
                <ul className="govuk-service-navigation__list" id="navigation">
                  {items.map((item) => {
                    const active = item.href === pathname;
                    return (
                      <li className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`} key={item.href}>
                        <Link className="govuk-service-navigation__link" href={item.href} aria-current={active ? 'page' : undefined}>
                          {active ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              </nav>
            ) : null}
          </div>
          <LanguageSwitch onChoose={onChooseLanguage} />
        </div>
      </section>
    </header>
  );
}
