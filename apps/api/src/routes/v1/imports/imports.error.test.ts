import { countRows } from '@cynnig/data';
import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { childrenCsv, childrenWithErrorsCsv, cleanFiles } from './import-fixtures.js';
import { importReportSchema } from './schema.js';

const postCsv = (agent: Agent, path: string, body: string, contentType = 'text/csv') => agent.request(path, { method: 'POST', headers: { 'content-type': contentType }, body });

describe.each(testEngines())('imports that cannot be applied on $name', (engine) => {
  let world: TestWorld;
  let manager: Agent;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    manager = await world.signIn('teamManagerA');
  });
  afterAll(() => world.close());

  it('writes nothing from a file with errors and reports every one with its line, column and reason in both languages', async () => {
    const before = await countRows(world.database.db);
    const response = await postCsv(manager, '/api/v1/imports/children', childrenWithErrorsCsv);
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { path: string; message: string }[]; report: unknown };
    expect(problem.errors.map((error) => error.path)).toEqual(['children.2.date_of_birth', 'children.3.legal_status']);
    const report = importReportSchema.parse(problem.report);
    expect(report).toMatchObject({ written: false, rowsRead: 3, accepted: 0, rejected: 2, heldBack: 1 });
    for (const error of report.errors) {
      expect(error.message.en).toMatch(/^Line \d+, /);
      expect(error.message.cy).toMatch(/^Llinell \d+, /);
    }
    const { audit_log: _a, imports: _i, sessions: _s, ...after } = await countRows(world.database.db);
    const { audit_log: _b, imports: _j, sessions: _t, ...expected } = before;
    expect(after).toEqual(expected);
  });

  it('answers 404 for a file type it does not know, 400 for a query it cannot read and 415 for a body that is not CSV', async () => {
    expect((await postCsv(manager, '/api/v1/imports/pets', childrenCsv)).status).toBe(404);
    const badQuery = await postCsv(manager, '/api/v1/imports/children?dryRun=perhaps', childrenCsv);
    expect(badQuery.status).toBe(400);
    expect(((await badQuery.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('dryRun');
    expect((await postCsv(manager, '/api/v1/imports/children', JSON.stringify({ rows: [] }), 'application/json')).status).toBe(415);
  });

  it('refuses a body over 10 MB before reading it', async () => {
    const huge = `${childrenCsv}\n${'x'.repeat(10 * 1024 * 1024)}`;
    const response = await postCsv(manager, '/api/v1/imports/children', huge);
    expect(response.status).toBe(413);
    expect(await world.database.db.selectFrom('children').select('id').execute()).toEqual([]);
  });

  it('refuses a file with a missing column as a whole, naming the column', async () => {
    const text = childrenCsv.replace('date_of_birth,', '').split('\n').map((line, index) => (index === 0 ? line : line.replace(/,\d{4}-\d{2}-\d{2},/, ','))).join('\n');
    const response = await postCsv(manager, '/api/v1/imports/children', text);
    expect(response.status).toBe(422);
    const report = importReportSchema.parse(((await response.json()) as { report: unknown }).report);
    expect(report.refused).toBe(true);
    expect(report.errors[0]?.message.en).toMatch(/date_of_birth/);
  });
});

describe.each(testEngines())('imported missing episodes against the ones Cynnig holds on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    administrator = await world.signIn('administratorA');
    for (const [fileType, text] of cleanFiles) expect((await postCsv(administrator, `/api/v1/imports/${fileType}`, text)).status).toBe(200);
  });
  afterAll(() => world.close());

  const overlapping = [
    'authority_code,case_reference,absence_kind,risk_grade,started_at,ended_at,conversation_offered_at,conversation_held_at,conversation_declined,exploitation_indicators',
    'W06000015,CDF-2021-0107,missing,low,2025-10-02T06:00,2025-10-02T07:00,,,no,',
    'W06000015,CDF-2021-0107,away,low,2025-09-10T18:00,2025-09-10T20:00,,,no,',
  ].join('\n');

  it('refuses an episode that overlaps one already held, naming its line, and writes nothing', async () => {
    const before = await world.database.db.selectFrom('missing_episodes').select('id').execute();
    const response = await postCsv(administrator, '/api/v1/imports/missing-episodes', overlapping);
    expect(response.status).toBe(422);
    const report = importReportSchema.parse(((await response.json()) as { report: unknown }).report);
    expect(report.errors.map((error) => [error.line, error.column, error.code])).toEqual([[2, 'started_at', 'import.episode-overlaps-recorded']]);
    expect(report).toMatchObject({ written: false, accepted: 0, rejected: 1, heldBack: 1 });
    expect(report.summary.cy).toMatch(/gorgyffwrdd/);
    expect(await world.database.db.selectFrom('missing_episodes').select('id').execute()).toHaveLength(before.length);
  });

  it('imports the other episodes when valid rows are kept', async () => {
    const response = await postCsv(administrator, '/api/v1/imports/missing-episodes?acceptValidRows=true', overlapping);
    expect(response.status).toBe(200);
    const report = importReportSchema.parse(await response.json());
    expect(report).toMatchObject({ written: true, accepted: 1, rejected: 1 });
    expect(report.applied?.missingEpisodes.inserted).toBe(1);
  });
});
