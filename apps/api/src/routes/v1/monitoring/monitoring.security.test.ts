import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonKey, TestWorld } from '../../../test-support/test-world.js';
import { openMonitoringWorld } from './monitoring-world.js';
import { monitoringFiguresSchema } from './schema.js';

describe.each(testEngines())('who sees which monitoring figures on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    ({ world } = await openMonitoringWorld(engine));
  });
  afterAll(() => world.close());

  it.each<PersonKey>(['socialWorkerA', 'advocateP1'])('refuses %s with 403: figures are for managers, IROs, administrators and commissioners', async (who) => {
    const agent = await world.signIn(who);
    expect((await agent.request('/api/v1/monitoring?period=2025-Q3')).status).toBe(403);
    expect((await agent.request('/api/v1/monitoring/measures')).status).toBe(403);
  });

  it('asks a signed-out visitor to sign in', async () => {
    expect((await (await world.anonymous()).request('/api/v1/monitoring')).status).toBe(401);
  });

  it('never shows one authority the other\'s children, even grouped by authority', async () => {
    const figures = monitoringFiguresSchema.parse(await (await (await world.signIn('teamManagerB')).request('/api/v1/monitoring?period=2025-Q3&groupBy=authority&measure=children-entitled,missing-episodes')).json());
    expect(figures.rows.map((row) => row.values['authority'])).toEqual(['W06000011', '*']);
    expect(figures.measures.find((measure) => measure.id === 'missing-episodes')?.values.flat()).toEqual([0, 0]);
  });

  it('never shows a provider another provider\'s referrals', async () => {
    const figures = monitoringFiguresSchema.parse(await (await (await world.signIn('providerManagerP2')).request('/api/v1/monitoring?period=2025-Q3&groupBy=provider&measure=offers-made')).json());
    expect(figures.rows.map((row) => row.values['provider'])).toEqual([world.providers.p2, '*']);
  });

  it('never gives a commissioner a figure from 1 to 4', async () => {
    const figures = monitoringFiguresSchema.parse(await (await (await world.signIn('commissioner')).request('/api/v1/monitoring?period=2025-Q3&groupBy=authority,provider&breakdown=age-band')).json());
    const small = figures.measures.filter((measure) => measure.kind === 'count').flatMap((measure) => measure.values.flat()).filter((value) => typeof value === 'number' && value > 0 && value < 5);
    expect(small).toEqual([]);
  });
});
