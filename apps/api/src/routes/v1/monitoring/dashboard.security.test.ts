import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonKey, TestWorld } from '../../../test-support/test-world.js';
import { openMonitoringWorld } from './monitoring-world.js';
import { dashboardSchema } from './schema.js';

describe.each(testEngines())('who sees which dashboard figures on $name', (engine) => {
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

  it.each<PersonKey>(['socialWorkerA', 'advocateP1'])('refuses %s with 403: figures are for managers, IROs, administrators and commissioners', async (who) => {
    expect((await (await world.signIn(who)).request('/api/v1/monitoring/dashboard?groupBy=provider')).status).toBe(403);
  });

  it('asks a signed-out visitor to sign in', async () => {
    expect((await (await world.anonymous()).request('/api/v1/monitoring/dashboard?groupBy=authority')).status).toBe(401);
  });

  it('never shows one authority the other\'s children or the other\'s provider', async () => {
    const figures = await dashboard('teamManagerB', { groupBy: 'provider', from: '2025-26 Q3', to: '2025-26 Q3' });
    expect(figures.series[0]?.groups.map((group) => group.code)).toEqual([world.providers.p2]);
    expect(figures.series.find((series) => series.measureId === 'missing-episodes')?.total.values).toEqual([0]);
  });

  it('never shows a provider children referred elsewhere, however they are grouped', async () => {
    for (const groupBy of ['authority', 'rpb-region', 'advocacy-region']) {
      const figures = await dashboard('providerManagerP2', { groupBy, from: '2025-26 Q3', to: '2025-26 Q3' });
      expect(figures.series[0]?.groups.map((group) => group.code)).toEqual([{ authority: 'W06000011', 'rpb-region': 'west-glamorgan', 'advocacy-region': 'adv-west-glamorgan' }[groupBy]]);
    }
  });

  it('lets no provider compare itself with other providers', async () => {
    const response = await (await world.signIn('providerManagerP1')).request('/api/v1/monitoring/dashboard?groupBy=provider');
    expect(response.status).toBe(400);
  });

  it('never gives a commissioner a count from 1 to 4, whatever the grouping', async () => {
    for (const groupBy of ['authority', 'rpb-region', 'advocacy-region', 'provider']) {
      const figures = await dashboard('commissioner', { groupBy, from: '2025-26 Q1', to: '2025-26 Q4' });
      const small = figures.series.filter((series) => series.unit === 'count').flatMap((series) => [...series.groups, series.total].flatMap((group) => group.values)).filter((value) => typeof value === 'number' && value > 0 && value < 5);
      expect(small, groupBy).toEqual([]);
    }
  });
});
