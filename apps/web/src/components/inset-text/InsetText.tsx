// Sets apart a quotation or a note the user should not miss, such as the child's own words.
import type { ReactNode } from 'react';

export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}
