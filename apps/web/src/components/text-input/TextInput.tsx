// A labelled text box with optional hint and error. On a one-question page the
// label is the page's heading (isPageHeading), as the Design System advises.
import type { InputHTMLAttributes, Ref } from 'react';
import { fieldId } from '../../forms/field-id';
import { ErrorMessage } from '../error-message/ErrorMessage';

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'name'> {
  name: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  isPageHeading?: boolean;
  widthClass?: string;
  ref?: Ref<HTMLInputElement>;
}

export function TextInput({ name, label, hint, error, isPageHeading = false, widthClass, className, type = 'text', ...rest }: TextInputProps) {
  const id = fieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const labelElement = (
    <label className={`govuk-label${isPageHeading ? ' govuk-label--l' : ''}`} htmlFor={id}>
      {label}
    </label>
  );
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      {isPageHeading ? <h1 className="govuk-label-wrapper">{labelElement}</h1> : labelElement}
      {hint ? (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`} message={error} /> : null}
      <input
        id={id}
        name={name}
        type={type}
        className={['govuk-input', widthClass, error ? 'govuk-input--error' : null, className].filter(Boolean).join(' ')}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
    </div>
  );
}
