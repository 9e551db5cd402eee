// A drop-down for long lists where radios would be too many (e.g. the 22 councils).
// The Design System prefers radios; use this only when the list is long.
import type { Ref, SelectHTMLAttributes } from 'react';
import { fieldId } from '../../forms/field-id';
import type { ChoiceOption } from '../../forms/choice-option';
import { ErrorMessage } from '../error-message/ErrorMessage';

export interface SelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'name'> {
  name: string;
  label: string;
  options: readonly ChoiceOption[];
  /** Text of the empty first option, e.g. "Choose an authority". */
  placeholder?: string;
  hint?: string;
  error?: string | undefined;
  ref?: Ref<HTMLSelectElement>;
}

export function Select({ name, label, options, placeholder, hint, error, ...rest }: SelectProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
      <select id={id} name={name} className={`govuk-select${error ? ' govuk-select--error' : ''}`} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...rest}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
