// An import: the file type (path), whether to keep valid rows or only check (query), the CSV
// text (body, up to 10 MB); and the bilingual report that comes back.
import { z } from '@hono/zod-openapi';

export const importParamsSchema = z.object({
  fileType: z.string().max(40).openapi({ param: { name: 'fileType', in: 'path' }, description: 'children, entitlements, placements, allocations, reviews or missing-episodes', example: 'children' }),
});

export const importQuerySchema = z.object({
  acceptValidRows: z.string().max(10).optional().openapi({ description: 'true to import the valid rows when some have errors (off by default: any error and nothing is written)', example: 'false' }),
  dryRun: z.string().max(10).optional().openapi({ description: 'true to check the file and get the report without writing anything', example: 'true' }),
});

const bilingual = z.object({ en: z.string(), cy: z.string() });
const counts = z.object({ inserted: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const importReportSchema = z
  .object({
    fileType: z.string(),
    fileName: z.string(),
    dryRun: z.boolean(),
    written: z.boolean(),
    rowsRead: z.number().int(),
    accepted: z.number().int(),
    rejected: z.number().int(),
    heldBack: z.number().int(),
    refused: z.boolean(),
    applied: z.object({ children: counts, entitlements: counts, placements: counts, allocations: counts, reviews: counts, missingEpisodes: counts }).nullable(),
    childrenChanged: z.number().int(),
    summary: bilingual,
    errors: z.array(z.object({ line: z.number().int().nullable(), column: z.string().nullable(), code: z.string(), message: bilingual })),
  })
  .openapi('ImportReport');
export type ImportReportBody = z.infer<typeof importReportSchema>;
