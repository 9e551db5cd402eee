// Shown when the API cannot be reached. Drafts stay in the tab, and "Try again"
// checks the session again without losing the page.
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shell/page-title';

export function ServiceUnavailablePage({ onTryAgain }: { onTryAgain?: () => void }) {
  const { t } = useTranslation();
  const title = t('serviceUnavailable.title');
  usePageTitle(title);
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body">{t('serviceUnavailable.body')}</p>
      <p className="govuk-body">{t('serviceUnavailable.drafts')}</p>
      {onTryAgain ? (
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onTryAgain}>
          {t('common.tryAgain')}
        </button>
      ) : null}
    </>
  );
}
