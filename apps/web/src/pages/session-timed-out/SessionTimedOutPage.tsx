// Where a person lands when their session ends mid-task. What they typed is kept
// in the tab (useDraft); signing in again brings them back to the same form.
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { safeReturnPath } from '../../session/return-path';
import { usePageTitle } from '../../shell/page-title';

export function SessionTimedOutPage() {
  const { t } = useTranslation();
  const title = t('sessionTimedOut.title');
  usePageTitle(title);
  const returnTo = safeReturnPath(new URLSearchParams(useSearch()).get('return'));
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('sessionTimedOut.body')}</p>
      <p className="govuk-body">{t('sessionTimedOut.drafts')}</p>
      <Link className="govuk-button" href={`/sign-in?return=${encodeURIComponent(returnTo)}`} role="button" draggable={false}>
        {t('sessionTimedOut.signIn')}
      </Link>
    </>
  );
}
