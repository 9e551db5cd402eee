// Monitoring figures and the measures catalogue as the API returns them. Query parameters are
// read as text here and checked by the monitoring service, so a wrong period or measure is a
// 400 that names the parameter, in the reader's language.
import { z } from '@hono/zod-openapi';

const listParameter = (description: string, example: string) => z.string().max(500).optional().openapi({ description, example });

export const monitoringQuerySchema = z.object({
  measure: listParameter('Measure ids separated by commas (see /api/v1/monitoring/measures); every measure when left out', 'offers-made,take-up-rate'),
  period: z.string().max(40).optional().openapi({ description: 'A financial quarter like 2025-Q3 (October to December 2025) or a financial year like 2025-26; the latest whole quarter when left out', example: '2025-Q3' }),
  groupBy: listParameter('Any of authority, rpb-region, advocacy-region, provider, quarter', 'authority,quarter'),
  breakdown: listParameter('Any of age-band, legal-status, placement-type, area, language, disability, asylum-status', 'age-band'),
});

const bilingual = z.object({ en: z.string(), cy: z.string() });
export const cellSchema = z.union([z.number(), z.null(), z.object({ suppressed: z.literal(true) })]).openapi({ description: 'A figure; null where there is nothing to measure; {"suppressed": true} where it is withheld ([c])' });

export const monitoringFiguresSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
    disclosure: z.enum(['exact', 'published']),
    /** What the figures cover, in the reader's language. */
    scope: z.string(),
    legend: z.string(),
    groupBy: z.array(z.string()),
    breakdown: z.array(z.string()),
    rows: z.array(z.object({ values: z.record(z.string(), z.string()), labels: z.record(z.string(), z.string()) })),
    columns: z.array(z.object({ breakdown: z.string().nullable(), value: z.string(), label: z.string() })),
    measures: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.string(),
        /** One list per row, one figure per column. */
        values: z.array(z.array(cellSchema)),
      }),
    ),
  })
  .openapi('MonitoringFigures');

export const measureCatalogueSchema = z
  .object({
    measures: z.array(
      z.object({
        id: z.string(),
        kind: z.string(),
        name: bilingual,
        definition: bilingual,
        numerator: bilingual,
        denominator: bilingual.nullable(),
        periodRule: bilingual,
        whatCounts: bilingual,
      }),
    ),
    groupBy: z.array(z.object({ id: z.string(), name: bilingual })),
    breakdown: z.array(z.object({ id: z.string(), name: bilingual, values: z.array(z.object({ code: z.string(), en: z.string(), cy: z.string() })) })),
  })
  .openapi('MeasureCatalogue');

export const dashboardGroupingSchema = z.enum(['authority', 'rpb-region', 'advocacy-region', 'provider']);

export const dashboardQuerySchema = z.object({
  groupBy: z.string().max(40).optional().openapi({
    description: 'How the figures are split: authority, rpb-region, advocacy-region or provider. Which of these a person may choose depends on their view (the answer lists them as groupings); the first of those when left out',
    example: 'rpb-region',
  }),
  from: z.string().max(40).optional().openapi({ description: 'The first financial quarter, like 2025-26 Q1 (or 2025-Q1); three quarters before to when left out', example: '2025-26 Q1' }),
  to: z.string().max(40).optional().openapi({ description: 'The last financial quarter, like 2025-26 Q4; the latest whole quarter when left out. At most 12 quarters from from to to', example: '2025-26 Q4' }),
});

const dashboardLineSchema = z.object({
  code: z.string().openapi({ description: 'The authority\'s GSS code, the region\'s or provider\'s id, "wales" for every child in Wales, or a code for no value ("not-referred", "no-region")' }),
  name: bilingual,
  /** One figure per quarter, in the order of quarters. */
  values: z.array(cellSchema),
});

export const dashboardSchema = z
  .object({
    disclosure: z.enum(['exact', 'published']),
    quarters: z.array(z.string()).min(1).max(12),
    groupBy: dashboardGroupingSchema,
    /** The groupings this person may ask for, the default first. */
    groupings: z.array(dashboardGroupingSchema).min(1),
    series: z.array(
      z.object({
        measureId: z.string(),
        title: bilingual,
        unit: z.enum(['percent', 'count', 'working-days']),
        /** One line per group present in the figures, in a stable order (authorities and regions as published, providers by name). */
        groups: z.array(dashboardLineSchema),
        /** Every child in the view, the line the groups are compared with: Wales for a commissioner, the person's authority or provider otherwise. */
        total: dashboardLineSchema,
      }),
    ),
  })
  .openapi('MonitoringDashboard');
