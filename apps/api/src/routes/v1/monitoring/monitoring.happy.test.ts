import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestWorld } from '../../../test-support/test-world.js';
import { openMonitoringWorld } from './monitoring-world.js';
import { measureCatalogueSchema, monitoringFiguresSchema } from './schema.js';

type Figures = ReturnType<typeof monitoringFiguresSchema.parse>;
const figure = (figures: Figures, measureId: string, row = 0, column = 0) => figures.measures.find((measure) => measure.id === measureId)?.values[row]?.[column];

describe.each(testEngines())('monitoring figures on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    ({ world } = await openMonitoringWorld(engine));
  });
  afterAll(() => world.close());

  const read = async (who: Parameters<TestWorld['signIn']>[0], query: string) => {
    const response = await (await world.signIn(who)).request(`/api/v1/monitoring${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return monitoringFiguresSchema.parse(await response.json());
  };

  it('gives a team manager their own authority\'s children exactly', async () => {
    const figures = await read('teamManagerA', '?period=2025-Q3&measure=children-entitled,offers-made,offers-accepted,missing-episodes');
    expect(figures.disclosure).toBe('exact');
    expect(figures.period).toEqual({ from: '2025-10-01', to: '2025-12-31', label: '2025-26-Q3' });
    expect(figure(figures, 'children-entitled')).toBe(3);
    expect(figure(figures, 'offers-made')).toBe(1);
    expect(figure(figures, 'offers-accepted')).toBe(1);
    expect(figure(figures, 'missing-episodes')).toBe(3);
    expect(figures.measures.map((measure) => measure.id)).toEqual(['children-entitled', 'offers-made', 'offers-accepted', 'missing-episodes']);
  });

  it('gives a commissioner every child in Wales, grouped by authority, with small numbers withheld and the rest rounded to 5', async () => {
    const figures = await read('commissioner', '?period=2025-Q3&groupBy=authority&measure=children-entitled,offers-made');
    expect(figures.disclosure).toBe('published');
    expect(figures.rows.map((row) => row.values['authority'])).toEqual(['W06000011', 'W06000015', '*']);
    expect(figures.rows[1]?.labels['authority']).toBe('Cardiff');
    for (const measure of figures.measures) {
      for (const value of measure.values.flat()) expect(value === null || (typeof value === 'object') || (typeof value === 'number' && value % 5 === 0)).toBe(true);
    }
    expect(figure(figures, 'children-entitled', 1)).toEqual({ suppressed: true });
  });

  it('gives a provider manager the children referred to their provider, published', async () => {
    const figures = await read('providerManagerP1', '?period=2025-Q3&measure=offers-made,offers-accepted');
    expect(figures.disclosure).toBe('published');
    expect(figures.scope).toMatch(/provider/);
    expect(figure(figures, 'offers-made')).toEqual({ suppressed: true });
  });

  it('breaks figures down and groups them by quarter across a financial year', async () => {
    const figures = await read('iroA', '?period=2025-26&groupBy=quarter&breakdown=age-band,language&measure=missing-episodes');
    expect(figures.rows.map((row) => row.values['quarter'])).toEqual(['2025-26 Q1', '2025-26 Q2', '2025-26 Q3', '2025-26 Q4', '*']);
    expect(figures.columns[0]).toEqual({ breakdown: null, value: '*', label: 'All' });
    expect(figures.columns.some((column) => column.breakdown === 'age-band')).toBe(true);
    expect(figure(figures, 'missing-episodes', 2)).toBe(3);
    expect(figure(figures, 'missing-episodes', 0)).toBe(0);
  });

  it('audits each reading of figures', async () => {
    await read('teamManagerA', '?period=2025-Q3&measure=offers-made');
    const rows = await world.database.db.selectFrom('audit_log').select(['action', 'detail']).where('action', '=', 'monitoring.read').execute();
    expect(rows.length).toBeGreaterThan(0);
  });

  it('lists the measures with their meaning in English and Welsh', async () => {
    const response = await (await world.signIn('commissioner')).request('/api/v1/monitoring/measures');
    expect(response.status).toBe(200);
    const catalogue = measureCatalogueSchema.parse(await response.json());
    const takeUp = catalogue.measures.find((measure) => measure.id === 'take-up-rate');
    expect(takeUp?.name.cy).toBeTruthy();
    expect(catalogue.groupBy.map((group) => group.id)).toEqual(['authority', 'rpb-region', 'advocacy-region', 'provider', 'quarter']);
    expect(catalogue.breakdown.map((breakdown) => breakdown.id)).toContain('asylum-status');
  });
});
