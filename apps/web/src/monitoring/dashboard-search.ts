// The dashboard's choices live in its address (?groupBy=rpb-region&from=2025-26 Q1&to=2025-26 Q4
// &show=W06000015&show=W06000011), so a view can be shared, bookmarked, reloaded and read again
// in the other language. The form that sets them is checked with the schema below before the
// address changes; the API checks the same things again and names the parameter at fault.
import { z } from 'zod';
import type { DashboardQuery } from '../api/monitoring';
import { maxLines } from './chart-styles';
import { quarterCount } from './quarters';

/** The most quarters one dashboard covers, as the API allows. */
export const maxQuarters = 12;

export interface DashboardSearch extends DashboardQuery {
  /** The groups whose lines are drawn when there are too many to draw them all. */
  readonly show: readonly string[];
}

const text = (value: string | null) => (value && value.trim() !== '' ? value.trim() : undefined);

export function readDashboardSearch(search: string): DashboardSearch {
  const parameters = new URLSearchParams(search);
  return {
    groupBy: text(parameters.get('groupBy')),
    from: text(parameters.get('from')),
    to: text(parameters.get('to')),
    show: parameters.getAll('show').filter((code) => code.trim() !== ''),
  };
}

export function dashboardSearch(choice: DashboardSearch): string {
  const parameters = new URLSearchParams();
  for (const key of ['groupBy', 'from', 'to'] as const) if (choice[key]) parameters.set(key, choice[key]);
  for (const code of choice.show) parameters.append('show', code);
  return parameters.toString();
}

const asList = (value: unknown) => (Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : []);

/** The controls' answers; messages are translation keys. */
export const dashboardChoiceSchema = z
  .object({
    groupBy: z.preprocess((value) => value ?? '', z.string().min(1, 'dashboard.errors.groupBy')),
    from: z.preprocess((value) => value ?? '', z.string().min(1, 'dashboard.errors.from')),
    to: z.preprocess((value) => value ?? '', z.string().min(1, 'dashboard.errors.to')),
    show: z.preprocess(asList, z.array(z.string()).max(maxLines, 'dashboard.errors.showTooMany')),
  })
  .superRefine((choice, context) => {
    if (!choice.from || !choice.to) return;
    const count = quarterCount(choice.from, choice.to);
    if (count < 1) context.addIssue({ code: 'custom', path: ['to'], message: 'dashboard.errors.toBeforeFrom' });
    else if (count > maxQuarters) context.addIssue({ code: 'custom', path: ['to'], message: 'dashboard.errors.tooManyQuarters' });
  });
export type DashboardChoice = z.infer<typeof dashboardChoiceSchema>;
