// Renders the measure catalogue as MEASURES.md: every measure's id, names, definition,
// numerator, denominator, period rule and what counts, in English and Welsh.
import type { MeasureDefinition } from '../measures/measure.js';
import { measureCatalogue } from '../measures/measure-catalogue.js';
import { defaultMeasureParameters } from '../measures/measure.js';

const row = (label: string, en: string, cy: string) => `| ${label} | ${en.replaceAll('|', '\\|')} | ${cy.replaceAll('|', '\\|')} |`;

function section(measure: MeasureDefinition): string {
  const kind = measure.kind === 'count' ? `count of ${measure.unit === 'child' ? 'children' : measure.unit === 'offer' ? 'Active Offer rounds' : 'missing episodes'}` : measure.kind === 'ratio' ? (measure.proportion ? 'rate (0 to 1)' : 'average') : `percentile ${measure.percentile}`;
  return [
    `### ${measure.name.en} / ${measure.name.cy}`,
    '',
    `\`${measure.id}\`: ${kind}`,
    '',
    '| | English | Cymraeg |',
    '|---|---|---|',
    row('Definition / Diffiniad', measure.definition.en, measure.definition.cy),
    row('Numerator / Rhifiadur', measure.numerator.en, measure.numerator.cy),
    row('Denominator / Enwadur', measure.denominator?.en ?? '-', measure.denominator?.cy ?? '-'),
    row('Period rule / Rheol y cyfnod', measure.periodRule.en, measure.periodRule.cy),
    row('What counts / Beth sy\'n cyfrif', measure.whatCounts.en, measure.whatCounts.cy),
    '',
  ].join('\n');
}

export function measuresMarkdown(measures: readonly MeasureDefinition[] = measureCatalogue): string {
  return [
    '# Cynnig monitoring measures / Mesurau monitro Cynnig',
    '',
    'Generated from `src/measures/` by `pnpm --filter @cynnig/monitoring catalogue`; do not edit by hand.',
    'Wedi\'i gynhyrchu o `src/measures/`; peidiwch â\'i olygu â llaw.',
    '',
    `Default parameters / Paramedrau diofyn: ${Object.entries(defaultMeasureParameters).map(([key, value]) => `\`${key}\` = ${value}`).join(', ')}.`,
    '',
    'Every measure can be grouped by authority, RPB region, advocacy region, provider and quarter (UK financial year, Q1 = April to June), and broken down by age band, legal status, placement type, in or out of area, preferred language, disability and asylum status. Published figures: counts of 1 to 4 and figures that would reveal them are shown as [c]; other counts are rounded to the nearest 5.',
    '',
    ...measures.map(section),
  ].join('\n');
}
