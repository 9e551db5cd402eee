import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type TestWorld } from '../../../test-support/test-world.js';

interface ProblemBody { status: number; code: string; detail: string; errors: { path: string; message: string }[] }

describe.each(testEngines())('monitoring queries that cannot be answered on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
  });
  afterAll(() => world.close());

  it.each([
    ['?period=2025-Q5', 'period'],
    ['?period=last-spring', 'period'],
    ['?period=2025-27', 'period'],
    ['?measure=offers-made,happiness', 'measure'],
    ['?groupBy=planet', 'groupBy'],
    ['?groupBy=authority,authority', 'groupBy'],
    ['?breakdown=shoe-size', 'breakdown'],
  ])('answers %s with a 400 problem naming %s', async (query, parameter) => {
    const response = await (await world.signIn('commissioner')).request(`/api/v1/monitoring${query}`);
    expect(response.status).toBe(400);
    const problem = (await response.json()) as ProblemBody;
    expect(problem.code).toBe('malformed-request');
    expect(problem.errors.map((error) => error.path)).toEqual([parameter]);
    expect(problem.detail.startsWith(`${parameter}:`)).toBe(true);
  });

  it('says what is wrong in Welsh to someone who reads Cynnig in Welsh', async () => {
    const manager = await world.signIn('teamManagerA');
    expect((await manager.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' })).status).toBe(200);
    const problem = (await (await manager.request('/api/v1/monitoring?period=2025-Q9')).json()) as ProblemBody;
    expect(problem.errors[0]?.message).toMatch(/chwarter ariannol/);
    const unknown = (await (await manager.request('/api/v1/monitoring?measure=hapusrwydd')).json()) as ProblemBody;
    expect(unknown.errors[0]?.message).toMatch(/nid oes mesur o'r enw hapusrwydd/);
  });

  it('answers the latest whole quarter when no period is given', async () => {
    world.setNow(new Date('2026-02-10T12:00:00Z'));
    const body = (await (await (await world.signIn('commissioner')).request('/api/v1/monitoring?measure=offers-made')).json()) as { period: { label: string } };
    expect(body.period.label).toBe('2025-26-Q3');
    world.setNow(new Date());
  });
});
