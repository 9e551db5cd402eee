import { afterEach, describe, expect, it } from 'vitest';
import type { Dashboard, DashboardSeries } from '../api/monitoring';
import { mount, text, type Mounted } from '../test-support/render';
import { DashboardFigures } from './DashboardPage';
import { seriesFacts } from './series-summary';

const c = { suppressed: true } as const;
const takeUp: DashboardSeries = {
  measureId: 'take-up-rate',
  title: { en: 'Take-up rate', cy: 'Cyfradd derbyn' },
  unit: 'percent',
  groups: [
    { code: 'north-wales', name: { en: 'North Wales', cy: 'Gogledd Cymru' }, values: [40, 45] },
    { code: 'west-glamorgan', name: { en: 'West Glamorgan', cy: 'Gorllewin Morgannwg' }, values: [c, 30] },
    { code: 'gwent', name: { en: 'Gwent', cy: 'Gwent' }, values: [55, c] },
  ],
  total: { code: 'wales', name: { en: 'Wales', cy: 'Cymru' }, values: [50, 42.5] },
};
const byRegion: Dashboard = { disclosure: 'published', quarters: ['2025-26 Q1', '2025-26 Q2'], groupBy: 'rpb-region', groupings: ['rpb-region', 'authority'], series: [takeUp] };

const authorities = Array.from({ length: 22 }, (_, index) => ({ code: `W060000${String(index + 1).padStart(2, '0')}`, name: { en: `Authority ${index + 1}`, cy: `Awdurdod ${index + 1}` }, values: [index, index + 1] }));
const byAuthority: Dashboard = { ...byRegion, groupBy: 'authority', series: [{ ...takeUp, groups: authorities }] };

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

const lineChart = () => document.querySelector('[data-chart="lines-take-up-rate"] svg[role="img"]')!;
const barChart = () => document.querySelector('[data-chart="bars-take-up-rate"] svg[role="img"]')!;
const tableRows = (chart: string) => [...document.querySelectorAll(`[data-chart="${chart}"] tbody tr`)].map((row) => [...row.children].map((cell) => text(cell)));

describe('the monitoring dashboard', () => {
  it('gives each chart a summary in words, named by it: the total over the quarters, the highest and lowest, and how many are withheld', () => {
    mounted = mount(<DashboardFigures dashboard={byRegion} />);
    expect(text(document.querySelector('#lines-take-up-rate-summary'))).toBe('Wales: 50% in 2025-26 Q1, 42.5% in 2025-26 Q2. In 2025-26 Q2 the highest figure was North Wales (45%). The lowest was West Glamorgan (30%). Figures withheld: 2.');
    expect(lineChart().getAttribute('aria-labelledby')).toBe('lines-take-up-rate-summary');
  });

  it('shows every figure in a table beside the chart, the total as its own row, withheld figures as [c], never as zero', () => {
    mounted = mount(<DashboardFigures dashboard={byRegion} />);
    expect(tableRows('lines-take-up-rate')).toEqual([
      ['North Wales', '40%', '45%'],
      ['West Glamorgan', '[c]', '30%'],
      ['Gwent', '55%', '[c]'],
      ['Wales (all children)', '50%', '42.5%'],
    ]);
    expect(text(document.querySelector('.govuk-inset-text'))).toContain('[c]');
  });

  it('draws one line per region with its own marker and dash, and Wales as a separate reference line', () => {
    mounted = mount(<DashboardFigures dashboard={byRegion} />);
    const lines = [...lineChart().querySelectorAll('[data-line]')];
    expect(lines.map((line) => line.getAttribute('data-line'))).toEqual(['north-wales', 'west-glamorgan', 'gwent', 'wales']);
    expect(lines.at(-1)?.getAttribute('data-reference')).toBe('true');
    const markers = lines.slice(0, 3).map((line) => line.querySelector('[data-glyph]')?.getAttribute('data-glyph'));
    expect(new Set(markers).size).toBe(3);
    const dashes = lines.map((line) => line.querySelector('path')?.getAttribute('stroke-dasharray') ?? '');
    expect(new Set(dashes).size).toBe(4);
  });

  it('leaves a gap where a figure is withheld and writes [c] under the chart at that quarter, beside the line\'s marker', () => {
    mounted = mount(<DashboardFigures dashboard={byRegion} />);
    // Six group figures, two withheld: four markers.
    expect(lineChart().querySelectorAll('[data-line]:not([data-reference]) [data-glyph]')).toHaveLength(4);
    const withheld = [...lineChart().querySelectorAll('[data-withheld]')].map((mark) => [mark.getAttribute('data-withheld'), text(mark)]);
    expect(withheld).toEqual([
      ['west-glamorgan|2025-26 Q1', '[c]'],
      ['gwent|2025-26 Q2', '[c]'],
    ]);
  });

  it('keys every line, the reference line and [c] in words', () => {
    mounted = mount(<DashboardFigures dashboard={byRegion} />);
    const key = [...document.querySelectorAll('[data-chart="lines-take-up-rate"] .cynnig-legend li')].map((item) => text(item));
    expect(key).toEqual(['North Wales', 'West Glamorgan', 'Gwent', 'Wales: every child (the total)', '[c] a figure withheld to protect children\'s privacy, shown under the chart; the line has a gap there']);
  });

  it('draws the latest quarter as bars for the groups only, with Wales as a line across them, never as a bar', () => {
    mounted = mount(<DashboardFigures dashboard={byRegion} />);
    const bars = [...barChart().querySelectorAll('[data-bar]')].map((bar) => [bar.getAttribute('data-bar'), bar.querySelectorAll('rect').length, text(bar)]);
    expect(bars).toEqual([
      ['north-wales', 1, 'North Wales45%'],
      ['west-glamorgan', 1, 'West Glamorgan30%'],
      ['gwent', 0, 'Gwent[c]'],
    ]);
    expect(text(barChart().querySelector('[data-reference]'))).toBe('Wales: 42.5%');
    expect(tableRows('bars-take-up-rate').at(-1)).toEqual(['Wales (all children)', '42.5%']);
  });

  it('draws no authority\'s line until some are chosen, as 22 lines could not be read, but puts all 22 in the bars and the table', () => {
    mounted = mount(<DashboardFigures dashboard={byAuthority} />);
    expect([...lineChart().querySelectorAll('[data-line]')].map((line) => line.getAttribute('data-line'))).toEqual(['wales']);
    expect(text(document.querySelector('[data-chart="lines-take-up-rate"] .govuk-inset-text'))).toMatch(/choose up to 7/);
    expect(barChart().querySelectorAll('[data-bar]')).toHaveLength(22);
    expect(tableRows('lines-take-up-rate')).toHaveLength(23);
  });

  it('draws the authorities chosen, in their own order', () => {
    mounted = mount(<DashboardFigures dashboard={byAuthority} show={['W06000015', 'W06000002']} />);
    expect([...lineChart().querySelectorAll('[data-line]')].map((line) => line.getAttribute('data-line'))).toEqual(['W06000002', 'W06000015', 'wales']);
  });

  it('speaks Welsh: names, headings and quarters', () => {
    mounted = mount(<DashboardFigures dashboard={byRegion} />, { language: 'cy' });
    expect(text(document.querySelector('#take-up-heading'))).toBe('Manteisio ar y cynnig gweithredol');
    expect(text(document.querySelector('#lines-take-up-rate-summary'))).toContain('Cymru: 50% yn 2025-26 Ch1');
    expect([...document.querySelectorAll('[data-chart="lines-take-up-rate"] thead th')].map((cell) => text(cell))).toEqual(['Ardal Bwrdd Partneriaeth Rhanbarthol', '2025-26 Ch1', '2025-26 Ch2']);
    expect(tableRows('lines-take-up-rate').at(-1)?.[0]).toBe('Cymru (pob plentyn)');
  });

  it('says there is nothing to compare when every figure of the latest quarter is withheld', () => {
    const facts = seriesFacts({ ...takeUp, groups: takeUp.groups.map((group) => ({ ...group, values: [1, c] })) }, byRegion.quarters, 'en');
    expect(facts).toMatchObject({ highest: null, lowest: null, withheld: 3 });
  });
});
