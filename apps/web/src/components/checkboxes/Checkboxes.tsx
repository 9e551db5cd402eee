// Any number of choices from a list, e.g. the formats used to make an offer
// (easy read, symbols, BSL). react-hook-form collects the ticked values as an array.
import type { ChangeEventHandler, FocusEventHandler, Ref } from 'react';
import { fieldId } from '../../forms/field-id';
import type { ChoiceOption } from '../../forms/choice-option';
import { ErrorMessage } from '../error-message/ErrorMessage';
import { Fieldset } from '../fieldset/Fieldset';

export interface CheckboxesProps {
  name: string;
  legend: string;
  options: readonly ChoiceOption[];
  hint?: string;
  error?: string | undefined;
  isPageHeading?: boolean;
  onChange?: ChangeEventHandler<HTMLInputElement>;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  ref?: Ref<HTMLInputElement>;
}

export function Checkboxes({ name, legend, options, hint, error, isPageHeading, onChange, onBlur, ref }: CheckboxesProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <Fieldset legend={legend} isPageHeading={isPageHeading ?? false} describedBy={describedBy}>
        {hint ? (
          <div id={`${id}-hint`} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
        <div className="govuk-checkboxes" data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={optionId}
                  name={name}
                  type="checkbox"
                  value={option.value}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  onChange={onChange}
                  onBlur={onBlur}
                  ref={ref}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
