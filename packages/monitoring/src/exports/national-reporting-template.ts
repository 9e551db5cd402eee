// The National Reporting Template's known sections, each an explicit list of catalogue measures,
// and the quarterly return and annual report built from them. The template's full field list is
// not public, so what each section counts is written down here and in MEASURES.md.
import type { Bilingual, ChildRecord, Language } from '@cynnig/domain';
import { addDays, offerTriggers } from '@cynnig/domain';
import { applyDisclosure } from '../disclosure/apply-disclosure.js';
import { computeMeasures } from '../measures/compute.js';
import { ALL, groupDimensionNames, type GroupDimension } from '../measures/dimensions.js';
import type { MeasureParameters } from '../measures/measure.js';
import { measuresWithInputs } from '../measures/measure-catalogue.js';
import type { Disclosure, MeasureResult } from '../measures/measure-result.js';
import { financialQuarterOf, financialYear, quarterPeriod, quartersIn, type QuarterCode } from '../period/financial-quarter.js';
import type { ExportColumn, ExportRow, ExportTable } from './export-row.js';
import { groupValueLabel, legendFor, periodNote } from './measure-table.js';

export interface ReportSection {
  readonly id: string;
  readonly title: Bilingual;
  readonly measureIds: readonly string[];
  /** What the section counts, or does not, in plain words. */
  readonly note: Bilingual;
}

export const nationalReportingSections: readonly ReportSection[] = [
  {
    id: 'referrals',
    title: { en: 'Referrals in the quarter', cy: 'Atgyfeiriadau yn y chwarter' },
    measureIds: ['referrals', 'offers-due', 'offers-made', 'offers-made-within-timescale', 'offers-made-within-timescale-rate', 'working-days-to-offer-median', 'working-days-to-offer-p90'],
    note: { en: 'Every round referred to the provider in the quarter, and how quickly offers followed.', cy: 'Pob rownd a atgyfeiriwyd at y darparwr yn y chwarter, a pha mor gyflym y dilynodd y cynigion.' },
  },
  {
    id: 'themes-and-trends',
    title: { en: 'Themes and trends', cy: 'Themâu a thueddiadau' },
    measureIds: [...offerTriggers.codes.map((code) => `referrals-trigger-${code}`), 'offers-accepted', 'offers-declined', 'offers-could-not-contact', 'offers-non-instructed', 'take-up-rate', 'reoffers-after-decline-made', 'reoffers-after-decline-accepted', 'reoffer-take-up-rate', 'children-offer-overdue'],
    note: { en: 'Themes are what prompted each referral (its trigger); the trend is the same figure for the previous quarter.', cy: 'Themâu yw\'r hyn a sbardunodd bob atgyfeiriad; y duedd yw\'r un ffigur ar gyfer y chwarter blaenorol.' },
  },
  {
    id: 'complaints',
    title: { en: 'Complaints', cy: 'Cwynion' },
    measureIds: ['referrals-trigger-complaint'],
    note: { en: 'Referrals prompted by a complaint or representation the child made. Complaints about the advocacy service itself are not recorded in Cynnig.', cy: 'Atgyfeiriadau a sbardunwyd gan gwyn neu sylwadau a wnaed gan y plentyn. Nid yw cwynion am y gwasanaeth eirioli ei hun yn cael eu cofnodi yn Cynnig.' },
  },
  {
    id: 'out-of-county',
    title: { en: 'Out-of-county referrals', cy: 'Atgyfeiriadau y tu allan i\'r sir' },
    measureIds: ['referrals-out-of-county'],
    note: { en: 'Children placed outside their own authority\'s area on the day of referral, in Wales or beyond.', cy: 'Plant a leolwyd y tu allan i ardal eu hawdurdod eu hunain ar ddiwrnod yr atgyfeiriad, yng Nghymru neu y tu hwnt.' },
  },
  {
    id: 'unaccompanied-asylum-seeking-children',
    title: { en: 'Unaccompanied asylum-seeking children', cy: 'Plant ar eu pennau eu hunain sy\'n ceisio lloches' },
    measureIds: ['referrals-uasc'],
    note: { en: 'Referrals of children whose current asylum status is unaccompanied asylum-seeking child.', cy: 'Atgyfeiriadau plant a\'u statws lloches presennol yw plentyn ar ei ben ei hun sy\'n ceisio lloches.' },
  },
  {
    id: 'care-leaver-issues',
    title: { en: 'Care leaver issues', cy: 'Materion pobl ifanc sy\'n gadael gofal' },
    measureIds: ['referrals-care-leavers', 'referrals-trigger-turning-16', 'referrals-trigger-leaving-care-18', 'referrals-trigger-became-care-leaver'],
    note: { en: 'Referrals of care leavers, and referrals prompted by turning 16, leaving care at 18 or becoming a care leaver.', cy: 'Atgyfeiriadau pobl ifanc sy\'n gadael gofal, ac atgyfeiriadau a sbardunwyd gan droi\'n 16, gadael gofal yn 18 oed neu ddod yn berson ifanc sy\'n gadael gofal.' },
  },
  {
    id: 'third-sector-referrers',
    title: { en: 'Third-sector referrers', cy: 'Atgyfeirwyr o\'r trydydd sector' },
    measureIds: ['referrals-trigger-opted-back-in'],
    note: {
      en: 'Cynnig records referrals made by the local authority and children asking for an advocate themselves; it does not record referrals by third-sector organisations. This section shows children\'s own requests; third-sector referrals must still be added by the provider.',
      cy: 'Mae Cynnig yn cofnodi atgyfeiriadau gan yr awdurdod lleol a phlant sy\'n gofyn am eiriolwr eu hunain; nid yw\'n cofnodi atgyfeiriadau gan sefydliadau\'r trydydd sector. Mae\'r adran hon yn dangos ceisiadau plant eu hunain; rhaid i\'r darparwr ychwanegu atgyfeiriadau\'r trydydd sector o hyd.',
    },
  },
  {
    id: 'missing-and-return-conversations',
    title: { en: 'Missing episodes and return home conversations', cy: 'Cyfnodau ar goll a sgyrsiau dychwelyd adref' },
    measureIds: ['missing-episodes', 'children-missing', 'children-repeat-missing', 'missing-episodes-ended', 'return-conversations-offered', 'return-conversations-accepted', 'return-conversations-held-in-time', 'return-conversation-offer-rate', 'return-conversation-in-time-rate'],
    note: { en: 'Episodes of children entitled to advocacy; a conversation should be offered after every one.', cy: 'Cyfnodau plant sydd â hawl i eiriolaeth; dylid cynnig sgwrs ar ôl pob un.' },
  },
  {
    id: 'children-and-social-workers',
    title: { en: 'Children entitled and their social workers', cy: 'Plant sydd â hawl a\'u gweithwyr cymdeithasol' },
    measureIds: ['children-entitled', 'social-workers-per-child', 'children-three-or-more-social-workers'],
    note: { en: 'A child counts in each quarter they were entitled, so quarters do not add up to the year.', cy: 'Mae plentyn yn cyfrif ym mhob chwarter pan oedd ganddo hawl, felly nid yw\'r chwarteri\'n adio i\'r flwyddyn.' },
  },
];

export interface ReturnOptions {
  /** Who the figures are grouped by: provider for a provider's return; authority or region for commissioners. */
  readonly groupBy?: readonly Exclude<GroupDimension, 'quarter'>[];
  readonly language: Language;
  readonly disclosure?: Disclosure;
  readonly parameters?: Partial<MeasureParameters>;
  readonly sections?: readonly ReportSection[];
}

function sectionMeasures(sections: readonly ReportSection[]) {
  return measuresWithInputs([...new Set(sections.flatMap((section) => section.measureIds))]);
}

const text = {
  section: { en: 'Section', cy: 'Adran' },
  measure_id: { en: 'Measure id', cy: 'Dynodydd y mesur' },
  measure: { en: 'Measure', cy: 'Mesur' },
  quarter: { en: 'Quarter', cy: 'Chwarter' },
  value: { en: 'Value', cy: 'Gwerth' },
  previous: { en: 'Previous quarter', cy: 'Chwarter blaenorol' },
} satisfies Record<string, Bilingual>;

function* sectionRows(result: MeasureResult, sections: readonly ReportSection[], language: Language, quarters: readonly string[], previousOf?: (quarter: string) => string): Generator<ExportRow> {
  const width = result.columns.length;
  const indexOf = new Map(result.rows.map((row, index) => [result.groupBy.map((d) => row[d]).join('|'), index]));
  for (const section of sections) {
    for (const measureId of section.measureIds) {
      const measure = result.measures.find((candidate) => candidate.id === measureId)!;
      const values = result.values.get(measureId)!;
      for (const row of result.rows) {
        if (!quarters.includes(row.quarter ?? ALL)) continue;
        const groups = Object.fromEntries(result.groupBy.filter((d) => d !== 'quarter').map((d) => [d, groupValueLabel(d, row[d] ?? ALL, language)]));
        const previousRow = previousOf ? indexOf.get(result.groupBy.map((d) => (d === 'quarter' ? previousOf(row.quarter!) : row[d])).join('|')) : undefined;
        yield {
          section: section.title[language],
          measure_id: measure.id,
          measure: measure.name[language],
          ...groups,
          quarter: row.quarter === ALL ? (language === 'en' ? 'Whole year' : 'Y flwyddyn gyfan') : row.quarter,
          value: values[indexOf.get(result.groupBy.map((d) => row[d]).join('|'))! * width],
          ...(previousOf ? { previous: previousRow === undefined ? null : values[previousRow * width] } : {}),
        };
      }
    }
  }
}

function columns(groupBy: readonly GroupDimension[], language: Language, withPrevious: boolean): ExportColumn[] {
  return [
    { key: 'section', header: text.section[language] },
    { key: 'measure_id', header: text.measure_id[language] },
    { key: 'measure', header: text.measure[language] },
    ...groupBy.map((dimension) => ({ key: dimension, header: groupDimensionNames[dimension][language] })),
    { key: 'quarter', header: text.quarter[language] },
    { key: 'value', header: text.value[language] },
    ...(withPrevious ? [{ key: 'previous', header: text.previous[language] }] : []),
  ];
}

function previousQuarter(quarter: QuarterCode | string): QuarterCode {
  return financialQuarterOf(addDays(quarterPeriod(quarter).from, -1));
}

/** The quarterly return: every section's figures for the quarter, beside the previous quarter's for the trend. */
export async function quarterlyReturn(records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>, quarter: QuarterCode | string, options: ReturnOptions): Promise<ExportTable> {
  const sections = options.sections ?? nationalReportingSections;
  const groupBy = [...(options.groupBy ?? []), 'quarter' as const];
  const period = { from: quarterPeriod(previousQuarter(quarter)).from, to: quarterPeriod(quarter).to };
  const exact = await computeMeasures(records, { period, groupBy, measures: sectionMeasures(sections), ...(options.parameters ? { parameters: options.parameters } : {}) });
  const result = applyDisclosure(exact, options.disclosure ?? 'published');
  const notes = [legendFor(result), { en: `Quarter ${quarter}`, cy: `Chwarter ${quarter}` }, ...sections.map((section) => ({ en: `${section.title.en}: ${section.note.en}`, cy: `${section.title.cy}: ${section.note.cy}` }))];
  return { columns: columns(options.groupBy ?? [], options.language, true), rows: sectionRows(result, sections, options.language, [quarter], previousQuarter), notes };
}

/** The annual report: the same sections for each quarter of the financial year and the whole year. */
export async function annualReport(records: Iterable<ChildRecord> | AsyncIterable<ChildRecord>, startYear: number, options: ReturnOptions): Promise<ExportTable> {
  const sections = options.sections ?? nationalReportingSections;
  const period = financialYear(startYear);
  const groupBy = [...(options.groupBy ?? []), 'quarter' as const];
  const exact = await computeMeasures(records, { period, groupBy, measures: sectionMeasures(sections), ...(options.parameters ? { parameters: options.parameters } : {}) });
  const result = applyDisclosure(exact, options.disclosure ?? 'published');
  const notes = [legendFor(result), periodNote(result), ...sections.map((section) => ({ en: `${section.title.en}: ${section.note.en}`, cy: `${section.title.cy}: ${section.note.cy}` }))];
  return { columns: columns(options.groupBy ?? [], options.language, false), rows: sectionRows(result, sections, options.language, [...quartersIn(period), ALL]), notes };
}
