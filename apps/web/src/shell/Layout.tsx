// The frame of every page: skip link, header with navigation and language switch,
// phase banner, one <main> landmark for the page's content, footer.
import type { Language, Role } from '@cynnig/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Footer } from '../components/footer/Footer';
import { Header, type NavigationItem } from '../components/header/Header';
import { PhaseBanner } from '../components/phase-banner/PhaseBanner';
import { SkipLink } from '../components/skip-link/SkipLink';
import { journeyHref, journeysByRole } from '../home/journeys';

export function Layout({ role, onChooseLanguage, children }: { role: Role | null; onChooseLanguage: (language: Language) => void; children: ReactNode }) {
  const { t } = useTranslation();
  const signedIn = role !== null;
  // Home, then the role's other pages of their own (the home page already shows the first).
  const navigation: NavigationItem[] = role
    ? [
        { href: '/', text: t('common.home') },
        ...journeysByRole[role]
          .slice(1)
          .filter((journey) => journeyHref[journey] !== undefined && journey !== 'ruleCatalogue')
          .map((journey) => ({ href: journeyHref[journey] as string, text: t(`journeys.${journey}.title`) })),
      ]
    : [];
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
