// The box at the top of a page after a failed submit. It takes focus so screen
// reader users hear it at once, and each message links to the field at fault.
import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../forms/field-id';

export interface ErrorSummaryItem {
  /** The form field the message is about; null for a problem with the whole page. */
  readonly field: string | null;
  readonly message: string;
}

/** Moves focus to the field and scrolls its label or legend into view, as GOV.UK Frontend does. */
function focusField(event: MouseEvent<HTMLAnchorElement>, field: string) {
  const input = document.getElementById(fieldId(field));
  if (!input) return;
  event.preventDefault();
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(input.id)}"]`);
  (legend ?? label ?? input).scrollIntoView?.();
  input.focus({ preventScroll: true });
}

export function ErrorSummary({ items }: { items: readonly ErrorSummaryItem[] }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  // Each new set of errors (a new submit) takes focus again.
  useEffect(() => {
    if (items.length > 0) box.current?.focus();
  }, [items]);
  if (items.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={box}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{t('common.thereIsAProblem')}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item, index) => (
              <li key={`${item.field ?? 'page'}-${index}`}>
                {item.field ? (
                  <a href={`#${fieldId(item.field)}`} onClick={(event) => focusField(event, item.field as string)}>
                    {item.message}
                  </a>
                ) : (
                  item.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
