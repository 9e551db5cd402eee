// Computed figures as an export table: one row per measure, group and breakdown value, with
// labels in the reader's language and the legend that explains withheld and rounded figures.
import { localAuthorities, type Bilingual, type Language } from '@cynnig/domain';
import { advocacyRegions, rpbRegions } from '@cynnig/domain';
import { disclosureLegend, exactLegend } from '../disclosure/legend.js';
import { ALL, breakdowns, groupDimensionNames, unknownGroupValues, type GroupDimension } from '../measures/dimensions.js';
import type { MeasureResult } from '../measures/measure-result.js';
import type { ExportColumn, ExportRow, ExportTable } from './export-row.js';

const allLabel: Bilingual = { en: 'All', cy: 'Y cyfan' };

/** The label of a group value: authority and region names in the reader's language; provider ids as they are. */
export function groupValueLabel(dimension: GroupDimension, value: string, language: Language): string {
  if (value === ALL) return allLabel[language];
  if (value === unknownGroupValues.provider.code) return unknownGroupValues.provider[language];
  if (value === unknownGroupValues.region.code) return unknownGroupValues.region[language];
  if (dimension === 'authority') return localAuthorities.find((authority) => authority.code === value)?.name[language] ?? value;
  if (dimension === 'rpbRegion' || dimension === 'advocacyRegion') return [...rpbRegions, ...advocacyRegions].find((region) => region.id === value)?.name[language] ?? value;
  return value;
}

export function legendFor(result: MeasureResult): Bilingual {
  return result.disclosure === 'published' ? disclosureLegend : exactLegend;
}

export function periodNote(result: MeasureResult): Bilingual {
  return { en: `Period: ${result.period.from} to ${result.period.to}`, cy: `Cyfnod: ${result.period.from} i ${result.period.to}` };
}

const headers: Record<string, Bilingual> = {
  measure_id: { en: 'Measure id', cy: 'Dynodydd y mesur' },
  measure: { en: 'Measure', cy: 'Mesur' },
  breakdown: { en: 'Breakdown', cy: 'Dadansoddiad' },
  breakdown_value: { en: 'Breakdown value', cy: 'Gwerth y dadansoddiad' },
  value: { en: 'Value', cy: 'Gwerth' },
};

export function measureTableColumns(result: MeasureResult, language: Language): ExportColumn[] {
  return [
    { key: 'measure_id', header: headers.measure_id![language] },
    { key: 'measure', header: headers.measure![language] },
    ...result.groupBy.map((dimension) => ({ key: dimension, header: groupDimensionNames[dimension][language] })),
    { key: 'breakdown', header: headers.breakdown![language] },
    { key: 'breakdown_value', header: headers.breakdown_value![language] },
    { key: 'value', header: headers.value![language] },
  ];
}

/** Every figure of the chosen measures (all unless given), row by row. */
export function* measureRows(result: MeasureResult, language: Language, measureIds?: readonly string[]): Generator<ExportRow> {
  const width = result.columns.length;
  for (const measure of result.measures) {
    if (measureIds && !measureIds.includes(measure.id)) continue;
    const values = result.values.get(measure.id)!;
    for (let r = 0; r < result.rows.length; r += 1) {
      const row = result.rows[r]!;
      const groups = Object.fromEntries(result.groupBy.map((dimension) => [dimension, groupValueLabel(dimension, row[dimension] ?? ALL, language)]));
      for (let c = 0; c < width; c += 1) {
        const column = result.columns[c]!;
        const breakdown = column.dimension === null ? null : breakdowns[column.dimension];
        yield {
          measure_id: measure.id,
          measure: measure.name[language],
          ...groups,
          breakdown: breakdown ? breakdown.name[language] : allLabel[language],
          breakdown_value: breakdown ? (breakdown.values.find((value) => value.code === column.value)?.[language] ?? column.value) : allLabel[language],
          value: values[r * width + c],
        };
      }
    }
  }
}

export function measureTable(result: MeasureResult, language: Language, measureIds?: readonly string[]): ExportTable {
  return { columns: measureTableColumns(result, language), rows: measureRows(result, language, measureIds), notes: [legendFor(result), periodNote(result)] };
}
