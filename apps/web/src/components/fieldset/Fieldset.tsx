// Groups related questions (radios, checkboxes, a date) under one legend; on a
// one-question page the legend is the page's heading.
import type { ReactNode } from 'react';

export interface FieldsetProps {
  legend: string;
  isPageHeading?: boolean;
  describedBy?: string | undefined;
  /** role="group" for a date input, whose boxes are one answer rather than a choice. */
  role?: 'group';
  children: ReactNode;
}

export function Fieldset({ legend, isPageHeading = false, describedBy, role, children }: FieldsetProps) {
  return (
    <fieldset className="govuk-fieldset" aria-describedby={describedBy} role={role}>
      <legend className={`govuk-fieldset__legend${isPageHeading ? ' govuk-fieldset__legend--l' : ' govuk-fieldset__legend--m'}`}>
        {isPageHeading ? <h1 className="govuk-fieldset__heading">{legend}</h1> : legend}
      </legend>
      {children}
    </fieldset>
  );
}
