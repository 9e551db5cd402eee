import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dashboard } from '../api/monitoring';
import { click, mount, submit, text, type Mounted } from '../test-support/render';
import { DashboardControls } from './DashboardControls';

const dashboard: Dashboard = {
  disclosure: 'published',
  quarters: ['2024-25 Q4', '2025-26 Q1'],
  groupBy: 'rpb-region',
  groupings: ['rpb-region', 'advocacy-region', 'authority', 'provider'],
  series: [{ measureId: 'take-up-rate', title: { en: 'Take-up rate', cy: 'Cyfradd derbyn' }, unit: 'percent', groups: [], total: { code: 'wales', name: { en: 'Wales', cy: 'Cymru' }, values: [null, null] } }],
};

function choose(select: Element | null, value: string) {
  if (!(select instanceof HTMLSelectElement)) throw new Error('not a drop-down');
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

describe('choosing what the dashboard shows', () => {
  it('offers the groupings the person may use and starts from what is shown', () => {
    mounted = mount(<DashboardControls dashboard={dashboard} show={[]} onChoose={() => undefined} />);
    expect([...document.querySelectorAll('input[name="groupBy"]')].map((input) => (input as HTMLInputElement).value)).toEqual(['rpb-region', 'advocacy-region', 'authority', 'provider']);
    expect((document.querySelector('input[value="rpb-region"]') as HTMLInputElement).checked).toBe(true);
    expect((document.querySelector('#from') as HTMLSelectElement).value).toBe('2024-25 Q4');
    expect((document.querySelector('#to') as HTMLSelectElement).value).toBe('2025-26 Q1');
    expect(text(document.querySelector('#from option[value="2025-26 Q1"]'))).toBe('2025-26 Q1 (April to June 2025)');
  });

  it('passes on the grouping and quarters chosen when the button is pressed', async () => {
    const onChoose = vi.fn();
    mounted = mount(<DashboardControls dashboard={dashboard} show={[]} onChoose={onChoose} />);
    await click(document.querySelector('input[value="authority"]'));
    choose(document.querySelector('#from'), '2024-25 Q1');
    await submit(document.querySelector('form'));
    expect(onChoose).toHaveBeenCalledWith({ groupBy: 'authority', from: '2024-25 Q1', to: '2025-26 Q1', show: [] });
  });

  it('says what is wrong, in Welsh too, and changes nothing when the last quarter comes before the first', async () => {
    const onChoose = vi.fn();
    const onErrors = vi.fn();
    mounted = mount(<DashboardControls dashboard={dashboard} show={[]} onChoose={onChoose} onErrors={onErrors} />, { language: 'cy' });
    choose(document.querySelector('#from'), '2025-26 Q1');
    choose(document.querySelector('#to'), '2024-25 Q3');
    await submit(document.querySelector('form'));
    expect(onChoose).not.toHaveBeenCalled();
    expect(text(document.querySelector('.govuk-error-summary'))).toContain('Rhaid i\'r chwarter olaf fod yr un fath â\'r chwarter cyntaf neu ar ei ôl');
    expect(document.querySelector('.govuk-error-summary a')?.getAttribute('href')).toBe('#to');
    // So the page's title can start "Gwall:".
    expect(onErrors).toHaveBeenLastCalledWith(true);
  });

  it('asks which authorities to draw when there are too many for one chart', () => {
    const authorities = Array.from({ length: 22 }, (_, index) => ({ code: `A${index}`, name: { en: `Authority ${index}`, cy: `Awdurdod ${index}` }, values: [null, null] }));
    const byAuthority: Dashboard = { ...dashboard, groupBy: 'authority', series: [{ ...dashboard.series[0]!, groups: authorities }] };
    mounted = mount(<DashboardControls dashboard={byAuthority} show={['A3']} onChoose={() => undefined} />);
    expect(document.querySelectorAll('input[name="show"]')).toHaveLength(22);
    expect((document.querySelector('input[name="show"][value="A3"]') as HTMLInputElement).checked).toBe(true);
  });
});
