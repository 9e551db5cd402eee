// Tells the user something important about the page (a conflict, a saved record).
// A success banner is announced and takes focus, because it confirms an action.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface NotificationBannerProps {
  heading: ReactNode;
  children?: ReactNode;
  variant?: 'important' | 'success';
  /** Important banners that report a failed action (a conflict) also take focus. */
  takeFocus?: boolean;
  id?: string;
}

export function NotificationBanner({ heading, children, variant = 'important', takeFocus, id = 'notification-banner' }: NotificationBannerProps) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const focus = takeFocus ?? variant === 'success';
  useEffect(() => {
    if (focus) box.current?.focus();
  }, [focus]);
  const titleId = `${id}-title`;
  return (
    <div
      id={id}
      ref={box}
      className={`govuk-notification-banner${variant === 'success' ? ' govuk-notification-banner--success' : ''}`}
      role={variant === 'success' || focus ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={focus ? -1 : undefined}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {t(variant === 'success' ? 'common.success' : 'common.important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
