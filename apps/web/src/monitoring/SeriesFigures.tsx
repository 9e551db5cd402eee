// One chart of the dashboard with everything that makes it readable without seeing it: a
// heading, a summary in words (which names the chart), the chart, its key, and a table with
// every figure of every group and the total. Which measures appear, in which sections, is
// the list below.
import type { Language } from '@cynnig/domain';
import { useTranslation } from 'react-i18next';
import type { Dashboard, DashboardLine, DashboardSeries } from '../api/monitoring';
import { Table } from '../components/table/Table';
import { ChartLegend } from './ChartLegend';
import { lineStyle, maxLines } from './chart-styles';
import { LatestQuarterBars } from './LatestQuarterBars';
import { LineChart, type StyledLine } from './LineChart';
import { quarterLabel } from './quarters';
import { cellText, seriesSummary } from './series-summary';

export interface DashboardSection {
  readonly id: string;
  /** Translation key of the section's heading. */
  readonly heading: string;
  readonly charts: readonly { measureId: string; kind: 'lines' | 'bars' }[];
}

export const dashboardSections: readonly DashboardSection[] = [
  { id: 'take-up', heading: 'dashboard.sections.takeUp', charts: [{ measureId: 'take-up-rate', kind: 'lines' }, { measureId: 'take-up-rate', kind: 'bars' }] },
  {
    id: 'time-to-offer',
    heading: 'dashboard.sections.timeToOffer',
    charts: [
      { measureId: 'working-days-to-offer-median', kind: 'lines' },
      { measureId: 'working-days-to-offer-p90', kind: 'lines' },
    ],
  },
  {
    id: 'return-conversations',
    heading: 'dashboard.sections.returnConversations',
    charts: [
      { measureId: 'return-conversation-offer-rate', kind: 'lines' },
      { measureId: 'return-conversation-accept-rate', kind: 'lines' },
      { measureId: 'return-conversation-in-time-rate', kind: 'lines' },
    ],
  },
];

/**
 * The groups drawn as lines: all of them when they fit, otherwise those chosen (in the
 * groups' own order, at most maxLines). Each keeps its style whatever else is drawn.
 */
export function linesToDraw(series: DashboardSeries, show: readonly string[]): StyledLine[] {
  const groups = series.groups.length <= maxLines ? series.groups : series.groups.filter((group) => show.includes(group.code)).slice(0, maxLines);
  return groups.map((group, index) => ({ ...group, style: lineStyle(index) }));
}

function FiguresTable({ caption, groupHeader, quarters, rows, unit, language }: { caption: string; groupHeader: string; quarters: readonly string[]; rows: readonly DashboardLine[]; unit: DashboardSeries['unit']; language: Language }) {
  const { t } = useTranslation();
  return (
    <Table
      caption={caption}
      captionSize="s"
      rows={rows}
      rowKey={(row) => row.code}
      firstCellIsHeader
      columns={[
        { key: 'name', header: groupHeader, cell: (row) => row.name[language] },
        ...quarters.map((quarter) => ({
          key: quarter,
          header: quarterLabel(quarter, language),
          numeric: true,
          cell: (row: DashboardLine) => cellText(row.values[quarters.indexOf(quarter)], unit, language, t),
        })),
      ]}
    />
  );
}

export function SeriesLines({ id, series, dashboard, show }: { id: string; series: DashboardSeries; dashboard: Dashboard; show: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { quarters } = dashboard;
  const lines = linesToDraw(series, show);
  const grouping = t(`dashboard.groupingsLower.${dashboard.groupBy}`);
  const title = series.title[language];
  const summaryId = `${id}-summary`;
  const totalRow = { ...series.total, name: { en: t('dashboard.totalRow', { name: series.total.name.en, lng: 'en' }), cy: t('dashboard.totalRow', { name: series.total.name.cy, lng: 'cy' }) } };
  return (
    <div className="govuk-!-margin-bottom-8" data-chart={id}>
      <h3 className="govuk-heading-m" id={`${id}-title`}>
        {title}
      </h3>
      <p className="govuk-body" id={summaryId}>
        {seriesSummary(series, quarters, language, t)}
      </p>
      {series.groups.length > maxLines && lines.length === 0 ? (
        <div className="govuk-inset-text">{t('dashboard.chooseLines', { grouping, count: maxLines })}</div>
      ) : null}
      <figure className="govuk-!-margin-0 govuk-!-margin-bottom-4">
        <LineChart lines={lines} total={series.total} quarters={quarters} unit={series.unit} language={language} describedBy={summaryId} />
        <figcaption className="govuk-body-s govuk-!-margin-top-2">{t('dashboard.linesCaption', { grouping, from: quarterLabel(quarters[0] ?? '', language), to: quarterLabel(quarters.at(-1) ?? '', language) })}</figcaption>
      </figure>
      <ChartLegend lines={lines} total={series.total} language={language} />
      <FiguresTable caption={t('dashboard.tableCaption', { title })} groupHeader={t(`dashboard.groupings.${dashboard.groupBy}`)} quarters={quarters} rows={[...series.groups, totalRow]} unit={series.unit} language={language} />
    </div>
  );
}

export function SeriesBars({ id, series, dashboard }: { id: string; series: DashboardSeries; dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const quarter = dashboard.quarters.at(-1) ?? '';
  const latest = (line: DashboardLine): DashboardLine => ({ ...line, values: line.values.slice(-1) });
  const latestSeries = { ...series, groups: series.groups.map(latest), total: latest(series.total) };
  const summaryId = `${id}-summary`;
  const title = t('dashboard.barsTitle', { title: series.title[language], quarter: quarterLabel(quarter, language) });
  const totalRow = { ...latestSeries.total, name: { en: t('dashboard.totalRow', { name: series.total.name.en, lng: 'en' }), cy: t('dashboard.totalRow', { name: series.total.name.cy, lng: 'cy' }) } };
  return (
    <div className="govuk-!-margin-bottom-8" data-chart={id}>
      <h3 className="govuk-heading-m" id={`${id}-title`}>
        {title}
      </h3>
      <p className="govuk-body" id={summaryId}>
        {seriesSummary(latestSeries, [quarter], language, t)}
      </p>
      <figure className="govuk-!-margin-0 govuk-!-margin-bottom-4">
        <LatestQuarterBars groups={latestSeries.groups} total={latestSeries.total} unit={series.unit} language={language} describedBy={summaryId} />
        <figcaption className="govuk-body-s govuk-!-margin-top-2">{t('dashboard.barsCaption', { name: series.total.name[language] })}</figcaption>
      </figure>
      <FiguresTable caption={t('dashboard.tableCaption', { title })} groupHeader={t(`dashboard.groupings.${dashboard.groupBy}`)} quarters={[quarter]} rows={[...latestSeries.groups, totalRow]} unit={series.unit} language={language} />
    </div>
  );
}
