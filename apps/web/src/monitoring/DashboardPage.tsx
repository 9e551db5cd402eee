// The monitoring dashboard: take-up of the Active Offer over the quarters by region,
// authority or provider, the working days from trigger to offer, and how often a return
// home conversation is offered, accepted and held in time after a missing episode. Each
// chart has a text summary and a table with every figure; the view's total (Wales for a
// commissioner) is a reference line, never one of the groups; withheld figures are gaps
// with "[c]". The choice of grouping and quarters lives in the address. Loaded on its own
// (React.lazy), with the chart code, so the rest of Cynnig stays small.
import type { Language } from '@cynnig/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import type { Dashboard } from '../api/monitoring';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { ErrorSummary } from '../components/error-summary/ErrorSummary';
import { usePageTitle } from '../shell/page-title';
import { DashboardControls } from './DashboardControls';
import { dashboardSearch, readDashboardSearch } from './dashboard-search';
import { dashboardSections, SeriesLines, SeriesBars } from './SeriesFigures';
import { quarterLabel } from './quarters';

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const api = useCynnigApi();
  const search = useSearch();
  const [, navigate] = useLocation();
  const choice = readDashboardSearch(search);
  const resource = useResource(() => api.monitoring.dashboard(choice), `${choice.groupBy ?? ''}|${choice.from ?? ''}|${choice.to ?? ''}`);
  // Keep showing the figures already on the page while the next ones load.
  const [shown, setShown] = useState<Dashboard | null>(null);
  useEffect(() => {
    if (resource.status === 'loaded') setShown(resource.data);
  }, [resource]);
  const outcome = useRef<HTMLParagraphElement>(null);
  const chosen = useRef(false);
  useEffect(() => {
    if (resource.status === 'loaded' && chosen.current) {
      chosen.current = false;
      outcome.current?.focus();
    }
  }, [resource]);
  const title = t('dashboard.title');
  const problem = resource.status === 'problem' && resource.problem.status === 400 ? resource.problem : null;
  const [formHasErrors, setFormHasErrors] = useState(false);
  usePageTitle(title, problem !== null || formHasErrors);
  const dashboard = resource.status === 'loaded' ? resource.data : resource.status === 'loading' ? shown : null;
  return (
    <>
      {problem ? <ErrorSummary items={problem.fields.length > 0 ? problem.fields.map((field) => ({ field: null, message: field.message })) : [{ field: null, message: problem.detail ?? problem.title }]} /> : null}
      <h1 className="govuk-heading-xl">{title}</h1>
      <p className="govuk-body-l">{t('dashboard.intro')}</p>
      {problem ? (
        <p className="govuk-body">
          <a
            className="govuk-link"
            href="/monitoring"
            onClick={(event) => {
              event.preventDefault();
              navigate('/monitoring');
            }}
          >
            {t('dashboard.startAgain')}
          </a>
        </p>
      ) : null}
      {resource.status === 'loading' ? (
        <p className="govuk-body" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {(resource.status === 'problem' && !problem) || resource.status === 'unavailable' ? (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-m">{t('dashboard.notAvailableTitle')}</h2>
          <p className="govuk-body">{t('dashboard.notAvailable')}</p>
        </div>
      ) : null}
      {dashboard ? (
        <>
          <DashboardControls
            // A new form for each set of figures shown, so it always starts from what the page shows.
            key={JSON.stringify([dashboard.groupBy, dashboard.quarters, choice.show])}
            dashboard={dashboard}
            show={choice.show}
            onErrors={setFormHasErrors}
            onChoose={(next) => {
              chosen.current = true;
              navigate(`/monitoring?${dashboardSearch(next)}`);
            }}
          />
          <p className="govuk-body govuk-!-font-weight-bold" ref={outcome} tabIndex={-1} aria-live="polite">
            {t('dashboard.showing', { grouping: t(`dashboard.groupingsLower.${dashboard.groupBy}`), from: quarterLabel(dashboard.quarters[0] ?? '', language), to: quarterLabel(dashboard.quarters.at(-1) ?? '', language) })}
          </p>
          <DashboardFigures dashboard={dashboard} show={choice.show} />
        </>
      ) : null}
    </>
  );
}

export function DashboardFigures({ dashboard, show = [] }: { dashboard: Dashboard; show?: readonly string[] }) {
  const { t } = useTranslation();
  const sections = dashboardSections.filter((section) => section.charts.some((chart) => dashboard.series.some((series) => series.measureId === chart.measureId)));
  return (
    <>
      {dashboard.disclosure === 'published' ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">{t('dashboard.disclosure')}</p>
        </div>
      ) : null}
      <nav aria-labelledby="dashboard-contents" className="govuk-!-margin-bottom-8">
        <h2 className="govuk-heading-s" id="dashboard-contents">
          {t('dashboard.contents')}
        </h2>
        <ul className="govuk-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a className="govuk-link" href={`#${section.id}`}>
                {t(section.heading)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {sections.map((section) => (
        <section key={section.id} id={section.id} aria-labelledby={`${section.id}-heading`} className="govuk-!-margin-bottom-9">
          <h2 className="govuk-heading-l" id={`${section.id}-heading`}>
            {t(section.heading)}
          </h2>
          {section.charts.map((chart) => {
            const series = dashboard.series.find((candidate) => candidate.measureId === chart.measureId);
            if (!series) return null;
            const id = `${chart.kind}-${chart.measureId}`;
            return chart.kind === 'lines' ? (
              <SeriesLines key={id} id={id} series={series} dashboard={dashboard} show={show} />
            ) : (
              <SeriesBars key={id} id={id} series={series} dashboard={dashboard} />
            );
          })}
        </section>
      ))}
    </>
  );
}
