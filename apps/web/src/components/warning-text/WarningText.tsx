// A warning about a consequence (e.g. "declining never ends the child's entitlement").
// The "!" icon is hidden from screen readers; a hidden "Warning" word is read instead.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function WarningText({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{t('common.warning')}</span>
        {children}
      </strong>
    </div>
  );
}
