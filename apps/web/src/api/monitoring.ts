// National monitoring as the forms app reads it: take-up and timeliness figures by
// quarter for each authority and region, already through disclosure control (small
// counts withheld, counts rounded to 5), and the provider's quarterly export.
//
// The API does not serve these yet. The forms app is built to the routes below
// (documented in apps/web/README.md) and says plainly when they are missing.
import { bilingualSchema } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

/** A figure withheld to protect children's privacy, shown as "[c]" as StatsWales does. */
export const suppressedCellSchema = z.object({ suppressed: z.literal(true) });
export const cellSchema = z.union([z.number(), z.null(), suppressedCellSchema]);
export type Cell = z.infer<typeof cellSchema>;

export const dashboardSeriesSchema = z.object({
  /** The measure's id in @cynnig/monitoring's catalogue, e.g. 'take-up-rate'. */
  measureId: z.string(),
  title: bilingualSchema,
  unit: z.enum(['percent', 'count', 'working-days']),
  groupBy: z.enum(['authority', 'region', 'wales']),
  groups: z.array(z.object({ code: z.string(), name: bilingualSchema, values: z.array(cellSchema) })),
});
export type DashboardSeries = z.infer<typeof dashboardSeriesSchema>;

export const dashboardSchema = z.object({
  disclosure: z.enum(['exact', 'published']),
  /** Financial quarters in order, e.g. '2024-25 Q1'; every group has one value per quarter. */
  quarters: z.array(z.string()).min(1),
  series: z.array(dashboardSeriesSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const exportFormats = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** GET /api/v1/monitoring/dashboard?from=Q&to=Q (proposed). */
export const dashboardPath = (from: string, to: string) => `/monitoring/dashboard?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
/** GET /api/v1/exports/national-reporting-template?quarter=Q&format=F (proposed): a file download. */
export const exportPath = (quarter: string, format: ExportFormat) => `/exports/national-reporting-template?quarter=${encodeURIComponent(quarter)}&format=${format}`;

export function monitoringApi(client: ApiClient) {
  return {
    dashboard(from: string, to: string): Promise<Dashboard> {
      return client.request('GET', dashboardPath(from, to), dashboardSchema);
    },
  };
}

export function isSuppressedCell(cell: Cell | undefined): cell is { suppressed: true } {
  return typeof cell === 'object' && cell !== null;
}
