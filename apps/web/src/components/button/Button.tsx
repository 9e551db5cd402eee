// The one button style: green for the main action ("Continue"), grey or red when asked.
import type { ButtonHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'warning';
}

export function Button({ variant = 'primary', className, children, type = 'submit', ...rest }: ButtonProps) {
  const { t } = useTranslation();
  const classes = ['govuk-button', variant === 'primary' ? null : `govuk-button--${variant}`, className].filter(Boolean).join(' ');
  return (
    // A double click must not send a form twice; govuk-frontend's JS would do this, React does it here.
    <button type={type} className={classes} data-prevent-double-click="true" {...rest}>
      {children ?? t('common.continue')}
    </button>
  );
}
