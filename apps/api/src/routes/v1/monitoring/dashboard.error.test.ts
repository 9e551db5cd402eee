import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';

interface ProblemBody { status: number; code: string; detail: string; errors: { path: string; message: string }[] }

describe.each(testEngines())('dashboard questions that cannot be answered on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
  });
  afterAll(() => world.close());

  const problem = async (who: PersonKey, query: Record<string, string>) => {
    const response = await (await world.signIn(who)).request(`/api/v1/monitoring/dashboard?${new URLSearchParams(query)}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as ProblemBody;
    expect(body.code).toBe('malformed-request');
    return body;
  };

  it.each<[string, Record<string, string>, string]>([
    ['a grouping that does not exist', { groupBy: 'planet' }, 'groupBy'],
    ['a first quarter that cannot be read', { from: 'last spring', to: '2025-26 Q3' }, 'from'],
    ['a fifth quarter', { from: '2025-Q5', to: '2025-26 Q3' }, 'from'],
    ['a whole year for the first quarter', { from: '2025-26', to: '2025-26 Q3' }, 'from'],
    ['a last quarter that cannot be read', { from: '2025-26 Q1', to: '2025-26 Q9' }, 'to'],
    ['a last quarter before the first', { from: '2025-26 Q3', to: '2025-26 Q1' }, 'to'],
    ['thirteen quarters', { from: '2022-23 Q3', to: '2025-26 Q3' }, 'to'],
  ])('refuses %s, naming %s', async (_case, query, parameter) => {
    const body = await problem('commissioner', query);
    expect(body.errors.map((error) => error.path)).toEqual([parameter]);
    expect(body.detail.startsWith(`${parameter}:`)).toBe(true);
  });

  it('says how many quarters may be asked for', async () => {
    const body = await problem('commissioner', { from: '2022-23 Q1', to: '2025-26 Q4' });
    expect(body.errors[0]?.message).toBe('ask for 12 quarters at most (you asked for 16)');
  });

  it('refuses to pass one authority off as a region, and says which grouping its staff may use', async () => {
    const body = await problem('teamManagerA', { groupBy: 'rpb-region' });
    expect(body.errors[0]).toEqual({ path: 'groupBy', message: 'your figures can be grouped by provider' });
  });

  it('says what is wrong in Welsh to someone who reads Cynnig in Welsh', async () => {
    const manager = await world.signIn('iroB');
    expect((await manager.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' })).status).toBe(200);
    const grouping = (await (await manager.request('/api/v1/monitoring/dashboard?groupBy=authority')).json()) as ProblemBody;
    expect(grouping.errors[0]?.message).toBe('gellir grwpio eich ffigurau fesul provider');
    const range = (await (await manager.request(`/api/v1/monitoring/dashboard?${new URLSearchParams({ from: '2025-26 Q3', to: '2025-26 Q2' })}`)).json()) as ProblemBody;
    expect(range.errors[0]).toEqual({ path: 'to', message: 'ni all y chwarter olaf ddod cyn y cyntaf (from)' });
    const quarter = (await (await manager.request('/api/v1/monitoring/dashboard?from=gwanwyn')).json()) as ProblemBody;
    expect(quarter.errors[0]?.message).toMatch(/^rhowch un chwarter ariannol/);
  });
});
