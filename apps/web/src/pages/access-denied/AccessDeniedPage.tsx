// Shown when someone's role does not cover a page (e.g. a commissioner opening a
// child's page). It never says whether the record exists.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../../shell/page-title';

export function AccessDeniedPage() {
  const { t } = useTranslation();
  const title = t('accessDenied.title');
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('accessDenied.body')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          {t('accessDenied.home')}
        </Link>
      </p>
    </>
  );
}
