// The confirmation panel that ends a journey ("Account deactivated"): the page's heading and
// what is now true, in the Design System's green box.
import type { ReactNode } from 'react';

export function Panel({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="govuk-panel govuk-panel--confirmation">
      <h1 className="govuk-panel__title">{title}</h1>
      {children ? <div className="govuk-panel__body">{children}</div> : null}
    </div>
  );
}
