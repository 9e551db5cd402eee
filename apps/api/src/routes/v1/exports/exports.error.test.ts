import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type TestWorld } from '../../../test-support/test-world.js';

interface ProblemBody { code: string; errors: { path: string; message: string }[] }

describe.each(testEngines())('exports that cannot be made on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
  });
  afterAll(() => world.close());

  it('answers 404 for an export it does not know', async () => {
    expect((await (await world.signIn('teamManagerA')).request('/api/v1/exports/everything?period=2025-Q3')).status).toBe(404);
  });

  it.each([
    ['/api/v1/exports/measures?period=2025-Q3&format=docx', 'format'],
    ['/api/v1/exports/measures?period=Q3', 'period'],
    ['/api/v1/exports/quarterly-return?period=2025-26', 'period'],
  ])('answers %s with a 400 naming %s, and audits nothing', async (path, parameter) => {
    const response = await (await world.signIn('teamManagerA')).request(path);
    expect(response.status).toBe(400);
    expect(((await response.json()) as ProblemBody).errors.map((error) => error.path)).toEqual([parameter]);
    expect(await world.database.db.selectFrom('audit_log').select('id').where('action', '=', 'export.created').execute()).toEqual([]);
  });

  it('makes an empty file, not an error, when the authority has no children in the period', async () => {
    const response = await (await world.signIn('teamManagerA')).request('/api/v1/exports/child-extract?period=2019-Q1');
    expect(response.status).toBe(200);
    expect((await response.text()).split('\r\n').filter((line) => line.length > 0)).toHaveLength(3);
  });
});
