// National monitoring as the forms app reads it: take-up and timeliness figures by
// quarter for each authority, region or provider and for the whole view (Wales for a
// commissioner), already through disclosure control where they leave an authority
// (small counts withheld, counts rounded to 5), and the provider's quarterly export.
import { bilingualSchema } from '@cynnig/domain';
import { z } from 'zod';
import type { ApiClient } from './client';

/** A figure withheld to protect children's privacy, shown as "[c]" as StatsWales does. */
export const suppressedCellSchema = z.object({ suppressed: z.literal(true) });
export const cellSchema = z.union([z.number(), z.null(), suppressedCellSchema]);
export type Cell = z.infer<typeof cellSchema>;

export const dashboardGroupings = ['authority', 'rpb-region', 'advocacy-region', 'provider'] as const;
export type DashboardGrouping = (typeof dashboardGroupings)[number];

/** One line of a chart: a group, or the view's total, with one figure per quarter. */
export const dashboardLineSchema = z.object({ code: z.string(), name: bilingualSchema, values: z.array(cellSchema) });
export type DashboardLine = z.infer<typeof dashboardLineSchema>;

export const dashboardSeriesSchema = z.object({
  /** The measure's id in @cynnig/monitoring's catalogue, e.g. 'take-up-rate'. */
  measureId: z.string(),
  title: bilingualSchema,
  unit: z.enum(['percent', 'count', 'working-days']),
  groups: z.array(dashboardLineSchema),
  /** Every child in the view (Wales, or the person's authority or provider): the line to compare with, never a group. */
  total: dashboardLineSchema,
});
export type DashboardSeries = z.infer<typeof dashboardSeriesSchema>;

export const dashboardSchema = z.object({
  disclosure: z.enum(['exact', 'published']),
  /** Financial quarters in order, e.g. '2024-25 Q1'; every line has one value per quarter. */
  quarters: z.array(z.string()).min(1),
  groupBy: z.enum(dashboardGroupings),
  /** The groupings this person may choose, the default first. */
  groupings: z.array(z.enum(dashboardGroupings)).min(1),
  series: z.array(dashboardSeriesSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/** What the dashboard is asked for; anything left out is the API's default. */
export interface DashboardQuery {
  readonly groupBy?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}

export const exportFormats = ['csv', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** GET /api/v1/monitoring/dashboard?groupBy=G&from=Q&to=Q */
export function dashboardPath(query: DashboardQuery): string {
  const parameters = new URLSearchParams();
  for (const key of ['groupBy', 'from', 'to'] as const) if (query[key]) parameters.set(key, query[key]);
  const search = parameters.toString();
  return `/monitoring/dashboard${search ? `?${search}` : ''}`;
}
/** GET /api/v1/exports/national-reporting-template?quarter=Q&format=F: a file download. */
export const exportPath = (quarter: string, format: ExportFormat) => `/exports/national-reporting-template?quarter=${encodeURIComponent(quarter)}&format=${format}`;

export function monitoringApi(client: ApiClient) {
  return {
    dashboard(query: DashboardQuery): Promise<Dashboard> {
      return client.request('GET', dashboardPath(query), dashboardSchema);
    },
  };
}

export function isSuppressedCell(cell: Cell | undefined): cell is { suppressed: true } {
  return typeof cell === 'object' && cell !== null;
}
