// The export request: which export (path), which period and which file format (query).
import { z } from '@hono/zod-openapi';

export const exportParamsSchema = z.object({
  kind: z.string().max(40).openapi({ param: { name: 'kind', in: 'path' }, description: 'quarterly-return (also national-reporting-template), annual-report, measures, child-extract or missing-extract', example: 'quarterly-return' }),
});

export const exportQuerySchema = z.object({
  period: z.string().max(40).optional().openapi({ description: 'A financial quarter like 2025-Q3 or a financial year like 2025-26; the latest whole quarter when left out', example: '2025-Q3' }),
  quarter: z.string().max(40).optional().openapi({ description: 'The same as period, for the national-reporting-template (the quarterly return)', example: '2025-26 Q3' }),
  format: z.string().max(10).optional().openapi({ description: 'csv (the default), xlsx or json', example: 'csv' }),
});

export const exportFileSchema = z.string().openapi({ format: 'binary', description: 'The file, streamed' });

/** The JSON form of an export: the notes (legend, period) in both languages, the columns and the rows. */
export const exportJsonSchema = z
  .object({
    notes: z.array(z.object({ en: z.string(), cy: z.string() })),
    columns: z.array(z.object({ key: z.string(), header: z.string() })),
    rows: z.array(z.record(z.string(), z.unknown())),
  })
  .openapi('ExportJson');
