// The frame of every page: skip link, header with navigation and language switch,
// phase banner, one <main> landmark for the page's content, footer.
import type { Language } from '@cynnig/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Footer } from '../components/footer/Footer';
import { Header, type NavigationItem } from '../components/header/Header';
import { PhaseBanner } from '../components/phase-banner/PhaseBanner';
import { SkipLink } from '../components/skip-link/SkipLink';

export function Layout({ signedIn, onChooseLanguage, children }: { signedIn: boolean; onChooseLanguage: (language: Language) => void; children: ReactNode }) {
  const { t } = useTranslation();
  const navigation: NavigationItem[] = signedIn ? [{ href: '/', text: t('common.home') }] : [];
  return (
    <>
      <SkipLink />
      <Header navigation={navigation} signedIn={signedIn} onChooseLanguage={onChooseLanguage} />
      <div className="govuk-width-container">
        <PhaseBanner />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer />
    </>
  );
}
