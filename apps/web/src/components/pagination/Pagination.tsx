// Moves through long lists (a caseload, the IRO's queue) a page at a time.
// Shows the first, last and neighbouring pages with "…" between, as the Design System does.
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** The page numbers to show, with null for a gap: 1 … 4 5 6 … 20. */
export function visiblePages(current: number, total: number): (number | null)[] {
  const wanted = new Set([1, total, current - 1, current, current + 1].filter((page) => page >= 1 && page <= total));
  const pages = [...wanted].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous > 1) result.push(null);
    result.push(page);
  });
  return result;
}

export function Pagination({ current, total, hrefFor }: { current: number; total: number; hrefFor: (page: number) => string }) {
  const { t } = useTranslation();
  if (total <= 1) return null;
  return (
    <nav className="govuk-pagination" aria-label={t('pagination.label')}>
      {current > 1 ? (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" href={hrefFor(current - 1)} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              {t('pagination.previous')}
              <span className="govuk-visually-hidden">{t('pagination.pageHidden')}</span>
            </span>
          </Link>
        </div>
      ) : null}
      <ul className="govuk-pagination__list">
        {visiblePages(current, total).map((page, index) =>
          page === null ? (
            <li className="govuk-pagination__item govuk-pagination__item--ellipses" key={`gap-${index}`}>
              ⋯
            </li>
          ) : (
            <li className={`govuk-pagination__item${page === current ? ' govuk-pagination__item--current' : ''}`} key={page}>
              <Link className="govuk-link govuk-pagination__link" href={hrefFor(page)} aria-label={t('pagination.page', { number: page })} aria-current={page === current ? 'page' : undefined}>
                {page}
              </Link>
            </li>
          ),
        )}
      </ul>
      {current < total ? (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" href={hrefFor(current + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              {t('pagination.next')}
              <span className="govuk-visually-hidden">{t('pagination.pageHidden')}</span>
            </span>
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
