// Shown when the API answers 409: someone saved the record first. Nothing is
// overwritten; the user reloads the latest version and makes their change again.
import { useTranslation } from 'react-i18next';
import { NotificationBanner } from '../notification-banner/NotificationBanner';

export function ConflictBanner({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <NotificationBanner heading={t('conflict.title')} takeFocus id="conflict-banner">
      <p className="govuk-body">{t('conflict.body')}</p>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onReload}>
        {t('conflict.reload')}
      </button>
    </NotificationBanner>
  );
}
