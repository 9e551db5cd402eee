import { countRows } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { childrenWithErrorsCsv, cleanFiles } from './import-fixtures.js';
import { importReportSchema } from './schema.js';

const postCsv = (agent: Agent, path: string, body: string) => agent.request(path, { method: 'POST', headers: { 'content-type': 'text/csv' }, body });

/** Children, their facts and workflow cases, with every child's version: what an import may change. */
async function childState(world: TestWorld) {
  const counts = await countRows(world.database.db);
  const versions = await world.database.db.selectFrom('children').select(['id', 'version', 'updated_at']).orderBy('id').execute();
  const { audit_log: _audit, imports: _imports, sessions: _sessions, ...rest } = counts;
  return { counts: rest, versions };
}

describe.each(testEngines())('importing council files on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    administrator = await world.signIn('administratorA');
  });
  afterAll(() => world.close());

  it('checks a file in a dry run and writes nothing', async () => {
    const before = await childState(world);
    const response = await postCsv(administrator, '/api/v1/imports/children?dryRun=true', cleanFiles[0][1]);
    expect(response.status).toBe(200);
    const report = importReportSchema.parse(await response.json());
    expect(report).toMatchObject({ dryRun: true, written: false, rowsRead: 3, accepted: 3, rejected: 0 });
    expect(await childState(world)).toEqual(before);
  });

  it('imports clean files in order, opens the missing episodes, runs the children\'s rules and audits every child written', async () => {
    for (const [fileType, text] of cleanFiles) {
      const response = await postCsv(administrator, `/api/v1/imports/${fileType}`, text);
      expect(response.status, fileType).toBe(200);
      const report = importReportSchema.parse(await response.json());
      expect(report.written).toBe(true);
      expect(report.rejected).toBe(0);
      expect(report.summary.cy).toMatch(/rhes/);
    }
    const counts = await countRows(world.database.db);
    expect(counts).toMatchObject({ children: 3, entitlements: 3, placements: 4, missing_episodes: 3 });
    const written = await world.database.db.selectFrom('audit_log').select(['action', 'child_id']).where('action', '=', 'import.child-written').execute();
    expect(new Set(written.map((row) => row.child_id)).size).toBe(3);
    const states = await world.database.db.selectFrom('missing_episodes').select('state').orderBy('started_at').execute();
    expect(states.map((row) => row.state)).toEqual(['conversationHeld', 'conversationDeclined', 'missing']);
  });

  it('changes nothing when the same files are imported again: the same rows and every child\'s version', async () => {
    const before = await childState(world);
    for (const [fileType, text] of cleanFiles) {
      const report = importReportSchema.parse(await (await postCsv(administrator, `/api/v1/imports/${fileType}`, text)).json());
      expect(report.childrenChanged, fileType).toBe(0);
      expect(Object.values(report.applied!).every((counts) => counts.inserted === 0 && counts.updated === 0)).toBe(true);
    }
    expect(await childState(world)).toEqual(before);
  });

  it('keeps the valid rows when asked and reports the others', async () => {
    const response = await postCsv(administrator, '/api/v1/imports/children?acceptValidRows=true', childrenWithErrorsCsv);
    expect(response.status).toBe(200);
    const report = importReportSchema.parse(await response.json());
    expect(report).toMatchObject({ written: true, rowsRead: 3, accepted: 1, rejected: 2 });
    expect(report.errors.map((error) => [error.line, error.column])).toEqual([[2, 'date_of_birth'], [3, 'legal_status']]);
    expect(await world.database.db.selectFrom('children').select('case_reference').where('case_reference', 'like', 'CDF-2024-%').execute()).toEqual([{ case_reference: 'CDF-2024-0003' }]);
  });
});
