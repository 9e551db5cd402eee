import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type TestWorld } from '../../../test-support/test-world.js';
import { openMonitoringWorld } from '../monitoring/monitoring-world.js';

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

  it('refuses the cross-border missing extract when a row would break England\'s rules, naming the row in both languages, and writes nothing', async () => {
    const { world: withEpisodes } = await openMonitoringWorld(engine);
    try {
      // Osian (placed in Hereford) has episodes on 1 October, 14 November and 20 December 2025.
      // His date of birth is then corrected in the case system to 1 November 2025: the first
      // episode would start before he was born.
      await withEpisodes.database.db.updateTable('children').set({ date_of_birth: '2025-11-01' }).where('case_reference', '=', 'CDF-2021-0107').execute();
      const administrator = await withEpisodes.signIn('administratorA');
      const before = await withEpisodes.database.db.selectFrom('audit_log').select('id').where('action', '=', 'export.created').execute();
      const response = await administrator.request('/api/v1/exports/missing-extract?period=2025-Q3&format=csv');
      expect(response.status).toBe(422);
      const problem = (await response.json()) as ProblemBody & { detail: string };
      expect(problem.code).toBe('validation-failed');
      expect(problem.errors.map((error) => error.path)).toEqual(['rows.1.MIS_START']);
      expect(problem.errors[0]!.message).toMatch(/^Row 1 \(P[0-9a-f]{16}\): Start date must not be before the date of birth/);
      expect(problem.detail).toContain('Row 1');
      expect(problem.detail).not.toContain('Osian');
      await administrator.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' });
      const welsh = (await (await administrator.request('/api/v1/exports/missing-extract?period=2025-Q3&format=csv')).json()) as ProblemBody;
      expect(welsh.errors[0]!.message).toMatch(/^Rhes 1 \(P[0-9a-f]{16}\): Ni all y dyddiad dechrau fod cyn y dyddiad geni/);
      expect(await withEpisodes.database.db.selectFrom('audit_log').select('id').where('action', '=', 'export.created').execute()).toEqual(before);
    } finally {
      await withEpisodes.close();
    }
  });
});
