// The National Reporting Template's known sections, each an explicit list of catalogue measures,
// and the quarterly return and annual report built from them. The template's full field list is
// not public, so what each section counts is written down here and in MEASURES.md.
import type { Bilingual, ChildRecord, Language } from '@cynnig/domain';
import { addDays, offerTriggers } from '@cynnig/domain';
import { computePublications, figuresFrom, type FiguresRequest, type Publication } from '../disclosure/publication.js';
import { ALL, groupDimensionNames, type GroupDimension } from '../measures/dimensions.js';
import type { MeasureParameters } from '../measures/measure.js';
import type { Disclosure, MeasureResult } from '../measures/measure-result.js';
import { financialQuarterOf, financialYear, quarterPeriod, type QuarterCode } from '../period/financial-quarter.js';
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
  /** Who the figures are grouped by: authority or a region for commissioners; none for Wales, or for a provider's own return. */
  readonly groupBy?: readonly Exclude<GroupDimension, 'quarter'>[];
  /** An authority's or a provider's own return: its row of the national publication. */
  readonly own?: FiguresRequest['own'];
  readonly language: Language;
  readonly disclosure?: Disclosure;
  readonly parameters?: Partial<MeasureParameters>;
  readonly sections?: readonly ReportSection[];
}

/** Child records to count, or publications already counted (by financial year). */
export type ReturnSource = Iterable<ChildRecord> | AsyncIterable<ChildRecord> | ReadonlyMap<number, Publication>;

function sectionMeasureIds(sections: readonly ReportSection[]): string[] {
  return [...new Set(sections.flatMap((section) => section.measureIds))];
}

async function publicationsFor(source: ReturnSource, startYears: readonly number[], options: ReturnOptions): Promise<ReadonlyMap<number, Publication>> {
  if (source instanceof Map) {
    for (const startYear of startYears) if (!source.has(startYear)) throw new RangeError(`no publication for the financial year ${startYear}`);
    return source as ReadonlyMap<number, Publication>;
  }
  return computePublications(source as Iterable<ChildRecord> | AsyncIterable<ChildRecord>, startYears, options.parameters ? { parameters: options.parameters } : {});
}

const text = {
  section: { en: 'Section', cy: 'Adran' },
  measure_id: { en: 'Measure id', cy: 'Dynodydd y mesur' },
  measure: { en: 'Measure', cy: 'Mesur' },
  quarter: { en: 'Quarter', cy: 'Chwarter' },
  value: { en: 'Value', cy: 'Gwerth' },
  previous: { en: 'Previous quarter', cy: 'Chwarter blaenorol' },
} satisfies Record<string, Bilingual>;

/** Each section's measures, row by row of `result` (total column); `previous` is the same table for the quarter before. */
function* sectionRows(result: MeasureResult, sections: readonly ReportSection[], language: Language, previous?: MeasureResult): Generator<ExportRow> {
  const width = result.columns.length;
  const groups = result.groupBy.filter((dimension) => dimension !== 'quarter');
  const keyOf = (row: MeasureResult['rows'][number]) => groups.map((dimension) => row[dimension]).join('|');
  const previousIndex = previous ? new Map(previous.rows.map((row, index) => [keyOf(row), index])) : undefined;
  for (const section of sections) {
    for (const measureId of section.measureIds) {
      const measure = result.measures.find((candidate) => candidate.id === measureId)!;
      const values = result.values.get(measureId)!;
      for (let r = 0; r < result.rows.length; r += 1) {
        const row = result.rows[r]!;
        const labels = Object.fromEntries(groups.map((dimension) => [dimension, groupValueLabel(dimension, row[dimension] ?? ALL, language)]));
        const quarter = row.quarter ?? financialQuarterOf(result.period.from);
        const before = previousIndex?.get(keyOf(row));
        yield {
          section: section.title[language],
          measure_id: measure.id,
          measure: measure.name[language],
          ...labels,
          quarter: quarter === ALL ? (language === 'en' ? 'Whole year' : 'Y flwyddyn gyfan') : quarter,
          value: values[r * width]!,
          ...(previous ? { previous: before === undefined ? null : previous.values.get(measureId)![before * width]! } : {}),
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

export function previousQuarter(quarter: QuarterCode | string): QuarterCode {
  return financialQuarterOf(addDays(quarterPeriod(quarter).from, -1));
}

/**
 * The quarterly return: every section's figures for the quarter, beside the previous quarter's
 * for the trend. Published figures come from the publications of the two quarters' financial
 * years, so the previous quarter shows exactly what was published for it (and what every other
 * table shows).
 */
export async function quarterlyReturn(source: ReturnSource, quarter: QuarterCode | string, options: ReturnOptions): Promise<ExportTable> {
  const sections = options.sections ?? nationalReportingSections;
  const before = previousQuarter(quarter);
  const publications = await publicationsFor(source, [...new Set([quarter, before].map((code) => Number(code.slice(0, 4))))], options);
  const request = { groupBy: options.groupBy ?? [], breakdown: [], measureIds: sectionMeasureIds(sections), disclosure: options.disclosure ?? 'published', ...(options.own ? { own: options.own } : {}) } as const;
  const result = figuresFrom(publications, { ...request, period: quarterPeriod(quarter) });
  const previous = figuresFrom(publications, { ...request, period: quarterPeriod(before) });
  const notes = [legendFor(result), { en: `Quarter ${quarter}`, cy: `Chwarter ${quarter}` }, ...sections.map((section) => ({ en: `${section.title.en}: ${section.note.en}`, cy: `${section.title.cy}: ${section.note.cy}` }))];
  return { columns: columns(options.groupBy ?? [], options.language, true), rows: sectionRows(result, sections, options.language, previous), notes };
}

/** The annual report: the same sections for each quarter of the financial year and the whole year. */
export async function annualReport(source: ReturnSource, startYear: number, options: ReturnOptions): Promise<ExportTable> {
  const sections = options.sections ?? nationalReportingSections;
  const publications = await publicationsFor(source, [startYear], options);
  const result = figuresFrom(publications, {
    period: financialYear(startYear),
    groupBy: [...(options.groupBy ?? []), 'quarter'],
    breakdown: [],
    measureIds: sectionMeasureIds(sections),
    disclosure: options.disclosure ?? 'published',
    ...(options.own ? { own: options.own } : {}),
  });
  const notes = [legendFor(result), periodNote(result), ...sections.map((section) => ({ en: `${section.title.en}: ${section.note.en}`, cy: `${section.title.cy}: ${section.note.cy}` }))];
  return { columns: columns(options.groupBy ?? [], options.language, false), rows: sectionRows(result, sections, options.language), notes };
}
