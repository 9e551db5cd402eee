// The commissioner's monitoring dashboard: take-up of the Active Offer over the
// quarters by authority and region, the time from trigger to offer, and how often
// a return home conversation follows a missing episode. Every chart has a text
// summary and a table with every figure; withheld figures show as "[c]" with the
// reason. Loaded on its own (React.lazy) so the rest of Cynnig stays small.
import type { Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import type { Dashboard, DashboardSeries } from '../api/monitoring';
import { useCynnigApi } from '../api/use-cynnig-api';
import { useResource } from '../api/use-resource';
import { Table } from '../components/table/Table';
import { todayInWales } from '../record-forms/question';
import { usePageTitle } from '../shell/page-title';
import { LatestQuarterBars } from './LatestQuarterBars';
import { completedQuarters } from './quarters';
import { SeriesChart } from './SeriesChart';
import { cellText, seriesSummary } from './series-summary';

export default function DashboardPage() {
  const { t } = useTranslation();
  const api = useCynnigApi();
  const title = t('dashboard.title');
  usePageTitle(title);
  const quarters = completedQuarters(todayInWales(), 4).reverse();
  const from = quarters[0] ?? '';
  const to = quarters.at(-1) ?? '';
  const resource = useResource(() => api.monitoring.dashboard(from, to), `${from}:${to}`);
  return (
    <>
      <h1 className="govuk-heading-xl">{title}</h1>
      <p className="govuk-body-l">{t('dashboard.intro', { from, to })}</p>
      {resource.status === 'loading' ? (
        <p className="govuk-body" role="status">
          {t('common.loading')}
        </p>
      ) : null}
      {resource.status === 'problem' || resource.status === 'unavailable' ? (
        <div className="govuk-inset-text">
          <h2 className="govuk-heading-m">{t('dashboard.notAvailableTitle')}</h2>
          <p className="govuk-body">{t('dashboard.notAvailable')}</p>
        </div>
      ) : null}
      {resource.status === 'loaded' ? <DashboardFigures dashboard={resource.data} /> : null}
    </>
  );
}

export function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  return (
    <>
      {dashboard.disclosure === 'published' ? (
        <div className="govuk-inset-text">
          <p className="govuk-body">{t('dashboard.disclosure')}</p>
        </div>
      ) : null}
      {dashboard.series.map((series, index) => (
        <SeriesFigure key={`${series.measureId}-${series.groupBy}`} id={`series-${index}`} series={series} quarters={dashboard.quarters} language={language} />
      ))}
    </>
  );
}

function SeriesFigure({ id, series, quarters, language }: { id: string; series: DashboardSeries; quarters: readonly string[]; language: Language }) {
  const { t } = useTranslation();
  const title = `${series.title[language]} ${t(`dashboard.by.${series.groupBy}`)}`;
  const summaryId = `${id}-summary`;
  return (
    <section className="govuk-!-margin-bottom-9" aria-labelledby={`${id}-title`}>
      <h2 className="govuk-heading-l" id={`${id}-title`}>
        {title}
      </h2>
      <p className="govuk-body" id={summaryId}>
        {seriesSummary(series, quarters, language, t)}
      </p>
      <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
        {series.groupBy === 'authority' ? (
          <LatestQuarterBars series={series} quarters={quarters} language={language} describedBy={summaryId} />
        ) : (
          <SeriesChart series={series} quarters={quarters} language={language} describedBy={summaryId} />
        )}
        <figcaption className="govuk-body-s">{series.groupBy === 'authority' ? t('dashboard.barsCaption', { quarter: quarters.at(-1) }) : t('dashboard.linesCaption')}</figcaption>
      </figure>
      <Table
        caption={t('dashboard.tableCaption', { title })}
        captionSize="s"
        rows={series.groups}
        rowKey={(group) => group.code}
        firstCellIsHeader
        columns={[
          { key: 'name', header: t(`dashboard.groupHeader.${series.groupBy}`), cell: (group) => group.name[language] },
          ...quarters.map((quarter, index) => ({ key: quarter, header: quarter, numeric: true, cell: (group: DashboardSeries['groups'][number]) => cellText(group.values[index], series.unit, language, t) })),
        ]}
      />
    </section>
  );
}
