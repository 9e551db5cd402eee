// Day, month and year boxes for a date the user knows (a date of birth, the day
// a review was held). The form schema (datePartsSchema) turns them into YYYY-MM-DD.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldId } from '../../forms/field-id';
import { ErrorMessage } from '../error-message/ErrorMessage';
import { Fieldset } from '../fieldset/Fieldset';

export interface DateInputProps {
  /** The field holding { day, month, year }; the day box takes this field's id so error links land on it. */
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  isPageHeading?: boolean;
  register(name: string): UseFormRegisterReturn;
}

export function DateInput({ name, legend, hint, error, isPageHeading = false, register }: DateInputProps) {
  const { t } = useTranslation();
  const id = fieldId(name);
  const hintText = hint ?? t('dateInput.hint');
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  const box = (part: 'day' | 'month' | 'year') => {
    const boxId = part === 'day' ? id : `${id}-${part}`;
    return (
      <div className="govuk-date-input__item" key={part}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={boxId}>
            {t(`dateInput.${part}`)}
          </label>
          <input
            id={boxId}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            className={`govuk-input govuk-date-input__input govuk-input--width-${part === 'year' ? 4 : 2}${error ? ' govuk-input--error' : ''}`}
            aria-invalid={error ? true : undefined}
            {...register(`${name}.${part}`)}
          />
        </div>
      </div>
    );
  };
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Fieldset legend={legend} isPageHeading={isPageHeading} describedBy={describedBy} role="group">
        <div id={`${id}-hint`} className="govuk-hint">
          {hintText}
        </div>
        {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
        <div className="govuk-date-input" id={`${id}-boxes`}>
          {box('day')}
          {box('month')}
          {box('year')}
        </div>
      </Fieldset>
    </div>
  );
}
