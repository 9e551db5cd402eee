// "Check your answers": each answer with a Change link back to its question.
// The link's hidden text names the answer, so "Change" alone is never ambiguous.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface SummaryRow {
  readonly key: string;
  readonly value: ReactNode;
  /** Where to change the answer; omit for answers that cannot be changed here. */
  readonly changeHref?: string;
}

export function SummaryList({ rows }: { rows: readonly SummaryRow[] }) {
  const { t } = useTranslation();
  const anyChangeable = rows.some((row) => row.changeHref);
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className={`govuk-summary-list__row${anyChangeable && !row.changeHref ? ' govuk-summary-list__row--no-actions' : ''}`} key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.changeHref ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" href={row.changeHref}>
                {t('common.change')}
                <span className="govuk-visually-hidden"> {row.key.toLocaleLowerCase()}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
