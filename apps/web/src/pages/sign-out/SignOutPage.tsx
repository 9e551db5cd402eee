// "Sign out" is a link to this page: it ends the session on the API, throws away
// any drafts in the tab, and goes to the sign-in page.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { draftKeyPrefix } from '../../drafts/use-draft';
import { useSession } from '../../session/session-context';
import { usePageTitle } from '../../shell/page-title';

export function SignOutPage() {
  const { t } = useTranslation();
  const session = useSession();
  const [, navigate] = useLocation();
  usePageTitle(t('common.signOut'));
  useEffect(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith(draftKeyPrefix)) sessionStorage.removeItem(key);
    session.signOut().finally(() => navigate('/sign-in', { replace: true }));
    // Signing out happens once, when the page opens.
  }, []);
  return (
    <p className="govuk-body" role="status">
      {t('common.loading')}
    </p>
  );
}
