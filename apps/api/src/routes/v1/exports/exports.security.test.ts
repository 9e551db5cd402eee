import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonKey, TestWorld } from '../../../test-support/test-world.js';
import { openMonitoringWorld } from '../monitoring/monitoring-world.js';
import { parseCsv } from './read-csv.js';

describe.each(testEngines())('who may export what on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    ({ world } = await openMonitoringWorld(engine));
  });
  afterAll(() => world.close());

  it.each<[PersonKey, string]>([
    ['providerManagerP1', 'child-extract'],
    ['advocateP1', 'missing-extract'],
    ['commissioner', 'child-extract'],
    ['commissioner', 'missing-extract'],
  ])('refuses %s the %s with 403: child-level extracts stay with the authority', async (who, kind) => {
    const response = await (await world.signIn(who)).request(`/api/v1/exports/${kind}?period=2025-Q3`);
    expect(response.status).toBe(403);
  });

  it('refuses a social worker every export, and asks a signed-out visitor to sign in', async () => {
    expect((await (await world.signIn('socialWorkerA')).request('/api/v1/exports/measures?period=2025-Q3')).status).toBe(403);
    expect((await (await world.anonymous()).request('/api/v1/exports/measures?period=2025-Q3')).status).toBe(401);
  });

  it('gives another authority\'s manager only their own children', async () => {
    const rows = parseCsv(await (await (await world.signIn('teamManagerB')).request('/api/v1/exports/child-extract?period=2025-Q3')).text());
    const data = rows.slice(1).filter((row) => row.length > 2);
    expect(data.map((row) => row[2])).toEqual(['W06000011']);
  });

  it('never puts a name or case reference in an extract, and no text cell can run as a formula', async () => {
    for (const kind of ['child-extract', 'missing-extract', 'measures', 'quarterly-return']) {
      const text = await (await (await world.signIn('teamManagerA')).request(`/api/v1/exports/${kind}?period=2025-Q3`)).text();
      expect(text).not.toMatch(/HYPERLINK|Pritchard|Haddad|CDF-20/);
      for (const cell of parseCsv(text).flat()) {
        const formulaLike = /^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell));
        expect(formulaLike, `${kind}: ${cell}`).toBe(false);
      }
    }
  });
});
