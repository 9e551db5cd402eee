import { countRows } from '@cynnig/data';
import { testEngines, type TestDatabase } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packagedRules } from '../services/packaged-rules.js';
import { capturedOutput, fixtureFolder } from './command-test-files.js';
import { importCommand } from './import.js';
import { progressOn } from './progress.js';
import { importFileKinds } from '../services/import-service.js';

const files = fixtureFolder();
afterAll(() => files.remove());

const command = (fileType: (typeof importFileKinds)[number], file: string, options: { acceptValidRows?: boolean; dryRun?: boolean } = {}) =>
  ({ name: 'import' as const, fileType, file: files.file(file), authority: 'W06000015', acceptValidRows: options.acceptValidRows ?? false, dryRun: options.dryRun ?? false });

async function domainState(database: TestDatabase) {
  const { audit_log: _a, imports: _i, ...counts } = await countRows(database.db);
  return { counts, versions: await database.db.selectFrom('children').select(['id', 'version', 'updated_at']).orderBy('id').execute() };
}

describe.each(testEngines())('cynnig import on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  const run = async (...args: Parameters<typeof command>) => {
    const progress = capturedOutput();
    const out = capturedOutput();
    const result = await importCommand(command(...args), database, packagedRules, progressOn(progress), out.write);
    return { ...result, progress: progress.text(), out: out.text() };
  };

  it('refuses a file with errors as a whole, prints every error with its line and column, and exits with 1', async () => {
    const before = await domainState(database);
    const result = await run('children', 'children-with-errors.csv');
    expect(result.exitCode).toBe(1);
    expect(result.out).toMatch(/Line 2, date_of_birth: /);
    expect(result.out).toMatch(/Line 3, legal_status: /);
    expect(result.out).toMatch(/Nothing was written/);
    expect(await domainState(database)).toEqual(before);
  });

  it('checks a file in a dry run without writing', async () => {
    const before = await domainState(database);
    const result = await run('children', 'children.csv', { dryRun: true });
    expect(result.exitCode).toBe(0);
    expect(result.out).toMatch(/Dry run: nothing was written/);
    expect(await domainState(database)).toEqual(before);
  });

  it('imports clean files with progress lines and a summary', async () => {
    for (const kind of ['children', 'entitlements', 'placements', 'missing-episodes'] as const) {
      const result = await run(kind, `${kind}.csv`);
      expect(result.exitCode, result.out).toBe(0);
      expect(result.progress).toMatch(new RegExp(`Reading ${kind}: 100% \\(\\d+ of \\d+ bytes\\)`));
      expect(result.out).toMatch(/Written: children \d+ new/);
    }
    expect(await countRows(database.db)).toMatchObject({ children: 3, placements: 4, missing_episodes: 3 });
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await domainState(database);
    for (const kind of ['children', 'entitlements', 'placements', 'missing-episodes'] as const) {
      const result = await run(kind, `${kind}.csv`);
      expect(result.report.childrenChanged).toBe(0);
    }
    expect(await domainState(database)).toEqual(before);
  });

  it('keeps the valid rows of a partly wrong file when asked', async () => {
    const result = await run('children', 'children-with-errors.csv', { acceptValidRows: true });
    expect(result.exitCode).toBe(0);
    expect(result.report).toMatchObject({ written: true, accepted: 1, rejected: 2 });
    expect((await countRows(database.db))['children']).toBe(4);
  });
});
