// The red message beside a field; its hidden "Error:" prefix tells screen reader users what it is.
import { useTranslation } from 'react-i18next';

export function ErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useTranslation();
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">{t('common.errorHidden')}</span> {message}
    </p>
  );
}
