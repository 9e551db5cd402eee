// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dashboardChoiceSchema, dashboardSearch, readDashboardSearch } from './dashboard-search';

describe('the dashboard\'s choices in its address', () => {
  it('reads what a shared address asks for, and writes it back the same', () => {
    const search = 'groupBy=authority&from=2025-26+Q1&to=2025-26+Q4&show=W06000015&show=W06000011';
    const choice = readDashboardSearch(search);
    expect(choice).toEqual({ groupBy: 'authority', from: '2025-26 Q1', to: '2025-26 Q4', show: ['W06000015', 'W06000011'] });
    expect(dashboardSearch(choice)).toBe(search);
  });

  it('leaves to the API what the address does not say', () => {
    expect(readDashboardSearch('')).toEqual({ groupBy: undefined, from: undefined, to: undefined, show: [] });
  });

  const problems = (choice: Record<string, unknown>) => dashboardChoiceSchema.safeParse(choice).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

  it('accepts one to twelve quarters', () => {
    expect(problems({ groupBy: 'rpb-region', from: '2025-26 Q3', to: '2025-26 Q3', show: [] })).toEqual([]);
    expect(problems({ groupBy: 'rpb-region', from: '2023-24 Q1', to: '2025-26 Q4', show: [] })).toEqual([]);
  });

  it.each([
    [{ from: '2025-26 Q3', to: '2025-26 Q1' }, 'dashboard.errors.toBeforeFrom'],
    [{ from: '2022-23 Q4', to: '2025-26 Q4' }, 'dashboard.errors.tooManyQuarters'],
  ])('refuses %o on the last quarter', (range, message) => {
    expect(problems({ groupBy: 'rpb-region', ...range, show: [] })).toEqual([['to', message]]);
  });

  it('refuses more lines than a chart can draw', () => {
    expect(problems({ groupBy: 'authority', from: '2025-26 Q1', to: '2025-26 Q2', show: ['1', '2', '3', '4', '5', '6', '7', '8'] })).toEqual([['show', 'dashboard.errors.showTooMany']]);
  });
});
