// One choice from a short list, e.g. the outcome of an Active Offer. Spread
// react-hook-form's register() into it: every radio shares the same handlers.
import type { ChangeEventHandler, FocusEventHandler, Ref } from 'react';
import { fieldId } from '../../forms/field-id';
import type { ChoiceOption } from '../../forms/choice-option';
import { ErrorMessage } from '../error-message/ErrorMessage';
import { Fieldset } from '../fieldset/Fieldset';

export interface RadiosProps {
  name: string;
  legend: string;
  options: readonly ChoiceOption[];
  hint?: string;
  error?: string | undefined;
  isPageHeading?: boolean;
  inline?: boolean;
  onChange?: ChangeEventHandler<HTMLInputElement>;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  ref?: Ref<HTMLInputElement>;
}

export function Radios({ name, legend, options, hint, error, isPageHeading, inline = false, onChange, onBlur, ref }: RadiosProps) {
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
        <div className={`govuk-radios${inline ? ' govuk-radios--inline' : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={optionId}
                  name={name}
                  type="radio"
                  value={option.value}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  onChange={onChange}
                  onBlur={onBlur}
                  ref={ref}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={`${optionId}-hint`} className="govuk-hint govuk-radios__hint">
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
