// "Sign out" is a link to this page: it ends the session on the API, throws away
// any drafts in the tab (the session's signOut does both), and goes to the sign-in page.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useSession } from '../../session/session-context';
import { usePageTitle } from '../../shell/page-title';

export function SignOutPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useLocation();
  usePageTitle(t('common.signOut'));
  useEffect(() => {
    session.signOut().finally(() => navigate('/sign-in', { replace: true }));
    // Signing out happens once, when the page opens.
  }, []);
  return (
    <p className="govuk-body" role="status">
      {t('common.loading')}
    </p>
  );
}
