import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonKey, TestWorld } from '../../../test-support/test-world.js';
import { openMonitoringWorld } from './monitoring-world.js';
import { dashboardSchema, monitoringFiguresSchema } from './schema.js';

type Dashboard = ReturnType<typeof dashboardSchema.parse>;
const seriesOf = (dashboard: Dashboard, measureId: string) => dashboard.series.find((series) => series.measureId === measureId)!;
const cardiff = { en: 'Cardiff', cy: 'Caerdydd' };

describe.each(testEngines())('the monitoring dashboard on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    ({ world } = await openMonitoringWorld(engine));
  });
  afterAll(() => world.close());

  const dashboard = async (who: PersonKey, query: Record<string, string>) => {
    const response = await (await world.signIn(who)).request(`/api/v1/monitoring/dashboard?${new URLSearchParams(query)}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return dashboardSchema.parse(await response.json());
  };

  it('gives a team manager their authority\'s children exactly, split by provider, with the authority as the line to compare with', async () => {
    const figures = await dashboard('teamManagerA', { from: '2025-26 Q2', to: '2025-26 Q3' });
    expect(figures).toMatchObject({ disclosure: 'exact', quarters: ['2025-26 Q2', '2025-26 Q3'], groupBy: 'provider', groupings: ['provider'] });
    const takeUp = seriesOf(figures, 'take-up-rate');
    expect(takeUp.total).toEqual({ code: 'W06000015', name: cardiff, values: [null, 100] });
    expect(takeUp.groups.map((group) => group.code)).toEqual([world.providers.p1, 'not-referred']);
    expect(takeUp.groups[0]).toEqual({ code: world.providers.p1, name: { en: 'Eiriolaeth De Ddwyrain', cy: 'Eiriolaeth De Ddwyrain' }, values: [null, 100] });
    expect(takeUp.groups[1]?.name.cy).toBe('Heb ei atgyfeirio at ddarparwr');
    expect(seriesOf(figures, 'missing-episodes').total.values).toEqual([0, 3]);
  });

  it('sends the three return home conversation rates and both times from trigger to offer, as shares out of 100 and working days', async () => {
    const figures = await dashboard('teamManagerA', { from: '2025-26 Q3', to: '2025-26 Q3' });
    expect(figures.series.map((series) => series.measureId)).toEqual(
      expect.arrayContaining(['working-days-to-offer-median', 'working-days-to-offer-p90', 'return-conversation-offer-rate', 'return-conversation-accept-rate', 'return-conversation-in-time-rate']),
    );
    // Triggered on Monday 6 October, offered on Friday 10 October: four working days.
    expect(seriesOf(figures, 'working-days-to-offer-median')).toMatchObject({ unit: 'working-days', total: { values: [4] } });
    expect(seriesOf(figures, 'working-days-to-offer-p90')).toMatchObject({ unit: 'working-days', total: { values: [4] } });
    for (const id of ['return-conversation-offer-rate', 'return-conversation-accept-rate', 'return-conversation-in-time-rate']) {
      const [value] = seriesOf(figures, id).total.values;
      expect(seriesOf(figures, id).unit).toBe('percent');
      expect(typeof value === 'number' && value >= 0 && value <= 100, `${id}: ${JSON.stringify(value)}`).toBe(true);
    }
  });

  it('gives a commissioner the last four whole quarters by Regional Partnership Board area when nothing is asked, with Wales apart from the regions', async () => {
    world.setNow(new Date('2026-02-10T12:00:00Z'));
    try {
      const figures = await dashboard('commissioner', {});
      expect(figures).toMatchObject({ disclosure: 'published', quarters: ['2024-25 Q4', '2025-26 Q1', '2025-26 Q2', '2025-26 Q3'], groupBy: 'rpb-region' });
      expect(figures.groupings).toEqual(['rpb-region', 'advocacy-region', 'authority', 'provider']);
      const offers = seriesOf(figures, 'offers-made');
      // Swansea is in West Glamorgan, Cardiff in Cardiff and Vale: the published order of the areas.
      expect(offers.groups.map((group) => group.code)).toEqual(['west-glamorgan', 'cardiff-and-vale']);
      expect(offers.groups[1]?.name).toEqual({ en: 'Cardiff and Vale', cy: 'Caerdydd a\'r Fro' });
      expect(offers.total).toMatchObject({ code: 'wales', name: { en: 'Wales', cy: 'Cymru' } });
      for (const series of figures.series.filter((candidate) => candidate.unit === 'count')) {
        for (const value of [...series.groups, series.total].flatMap((group) => group.values)) expect(value === null || typeof value === 'object' || value % 5 === 0).toBe(true);
      }
    } finally {
      world.setNow(new Date());
    }
  });

  it.each([
    ['authority', ['W06000011', 'W06000015']],
    ['advocacy-region', ['adv-west-glamorgan', 'adv-cardiff-and-vale']],
  ])('groups a commissioner\'s figures by %s', async (groupBy, codes) => {
    const figures = await dashboard('commissioner', { groupBy, from: '2025-26 Q3', to: '2025-26 Q3' });
    expect(figures.groupBy).toBe(groupBy);
    expect(seriesOf(figures, 'take-up-rate').groups.map((group) => group.code)).toEqual(codes);
  });

  it('names providers as they are recorded and puts children not referred last', async () => {
    const figures = await dashboard('commissioner', { groupBy: 'provider', from: '2025-26 Q3', to: '2025-26 Q3' });
    expect(seriesOf(figures, 'offers-made').groups.map((group) => group.name.en)).toEqual(['Eiriolaeth De Ddwyrain', 'Eiriolaeth Gorllewin', 'Not referred to a provider']);
  });

  it('publishes exactly the figures the monitoring route publishes for the same grouping and quarters, withheld cells included', async () => {
    // The monitoring route takes one quarter or a whole year: compare the year, quarter by quarter.
    const figures = await dashboard('commissioner', { groupBy: 'rpb-region', from: '2025-26 Q1', to: '2025-26 Q4' });
    const year = monitoringFiguresSchema.parse(
      await (await (await world.signIn('commissioner')).request('/api/v1/monitoring?period=2025-26&groupBy=rpb-region,quarter&measure=offers-made')).json(),
    );
    const published = (region: string, quarter: string) => {
      const row = year.rows.findIndex((candidate) => candidate.values['rpb-region'] === region && candidate.values['quarter'] === quarter);
      return year.measures[0]?.values[row]?.[0];
    };
    const offers = seriesOf(figures, 'offers-made');
    for (const group of offers.groups) expect(group.values).toEqual(figures.quarters.map((quarter) => published(group.code, quarter)));
    expect(offers.total.values).toEqual(figures.quarters.map((quarter) => published('*', quarter)));
    expect(offers.groups.flatMap((group) => group.values)).toContainEqual({ suppressed: true });
  });

  it('covers up to twelve quarters', async () => {
    const figures = await dashboard('iroA', { from: '2023-24 Q1', to: '2025-26 Q4' });
    expect(figures.quarters).toHaveLength(12);
    expect(figures.series.every((series) => series.total.values.length === 12)).toBe(true);
  });

  it('gives a provider manager the children referred to their provider by the authority they come from, published', async () => {
    const figures = await dashboard('providerManagerP1', { groupBy: 'authority', from: '2025-26 Q3', to: '2025-26 Q3' });
    expect(figures).toMatchObject({ disclosure: 'published', groupBy: 'authority', groupings: ['authority', 'rpb-region', 'advocacy-region'] });
    const offers = seriesOf(figures, 'offers-made');
    expect(offers.total).toEqual({ code: world.providers.p1, name: { en: 'Eiriolaeth De Ddwyrain', cy: 'Eiriolaeth De Ddwyrain' }, values: [{ suppressed: true }] });
    expect(offers.groups.map((group) => group.code)).toEqual(['W06000015']);
  });

  it('audits each reading with its grouping', async () => {
    await dashboard('commissioner', { groupBy: 'advocacy-region', from: '2025-26 Q1', to: '2025-26 Q2' });
    const rows = await world.database.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'monitoring.read').execute();
    expect(rows.map((row) => JSON.stringify(row.detail))).toContainEqual(expect.stringContaining('advocacy-region'));
  });
});
