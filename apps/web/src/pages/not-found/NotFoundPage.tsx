// Shown for any address Cynnig does not know, in the words GOV.UK services use.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { usePageTitle } from '../../shell/page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  const title = t('notFound.title');
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('notFound.typed')}</p>
      <p className="govuk-body">{t('notFound.pasted')}</p>
      <p className="govuk-body">
        <Link className="govuk-link" href="/">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
