import { afterEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../api/monitoring';
import { mount, text, type Mounted } from '../test-support/render';
import { DashboardFigures } from './DashboardPage';
import { seriesFacts } from './series-summary';

const takeUp: Dashboard = {
  disclosure: 'published',
  quarters: ['2025-26 Q1', '2025-26 Q2'],
  series: [
    {
      measureId: 'take-up-rate',
      title: { en: 'Take-up of the Active Offer', cy: 'Manteisio ar y cynnig gweithredol' },
      unit: 'percent',
      groupBy: 'region',
      groups: [
        { code: 'north', name: { en: 'North Wales', cy: 'Gogledd Cymru' }, values: [40, 45] },
        { code: 'west', name: { en: 'West Glamorgan', cy: 'Gorllewin Morgannwg' }, values: [{ suppressed: true }, 30] },
        { code: 'gwent', name: { en: 'Gwent', cy: 'Gwent' }, values: [55, { suppressed: true }] },
      ],
    },
  ],
};

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

describe('the monitoring dashboard', () => {
  it('gives each chart a summary in words that names the highest and lowest and counts what is withheld', () => {
    mounted = mount(<DashboardFigures dashboard={takeUp} />);
    expect(text(document.querySelector('#series-0-summary'))).toBe('In 2025-26 Q2 the highest figure was North Wales (45%). The lowest was West Glamorgan (30%). Figures withheld: 2.');
    expect(document.querySelector('svg[role="img"]')?.getAttribute('aria-labelledby')).toBe('series-0-summary');
  });

  it('shows every figure in a table beside the chart, with withheld figures as [c], never as zero', () => {
    mounted = mount(<DashboardFigures dashboard={takeUp} />);
    const rows = [...document.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => text(cell)));
    expect(rows).toEqual([
      ['North Wales', '40%', '45%'],
      ['West Glamorgan', '[c]', '30%'],
      ['Gwent', '55%', '[c]'],
    ]);
    expect(text(document.querySelector('.govuk-inset-text'))).toContain('[c]');
  });

  it('speaks Welsh, names included', () => {
    mounted = mount(<DashboardFigures dashboard={takeUp} />, { language: 'cy' });
    expect(text(document.querySelector('h2'))).toBe('Manteisio ar y cynnig gweithredol fesul rhanbarth');
    expect(text(document.querySelector('#series-0-summary'))).toContain('Gogledd Cymru');
  });

  it('draws a gap, not a point, where a figure is withheld', () => {
    mounted = mount(<DashboardFigures dashboard={takeUp} />);
    // Three groups, four published figures: one point each.
    expect(document.querySelectorAll('svg circle')).toHaveLength(4);
  });

  it('says there is nothing to compare when every figure of the latest quarter is withheld', () => {
    const facts = seriesFacts({ ...takeUp.series[0]!, groups: takeUp.series[0]!.groups.map((group) => ({ ...group, values: [1, { suppressed: true }] })) }, takeUp.quarters, 'en');
    expect(facts).toMatchObject({ highest: null, lowest: null, withheld: 3 });
  });
});
