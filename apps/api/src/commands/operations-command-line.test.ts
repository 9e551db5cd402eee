import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFolder } from './command-test-files.js';

const apiFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const files = fixtureFolder();
afterAll(() => files.remove());

/** Runs `cynnig ...` as a person would, output not on a terminal. */
function cynnig(...args: string[]) {
  const result = spawnSync(path.join(apiFolder, 'node_modules/.bin/tsx'), ['src/main.ts', ...args], {
    cwd: apiFolder,
    env: { ...process.env, NODE_ENV: 'test', CYNNIG_DATA_DIR: files.folder, DATABASE_URL: `sqlite:${files.file('cynnig.sqlite')}`, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the cynnig command line', () => {
  it('imports, refuses a wrong file with exit code 1, exports and backs up, each with a summary', () => {
    expect(cynnig('migrate').status).toBe(0);
    const imported = cynnig('import', 'children', files.file('children.csv'), '--authority', 'W06000015');
    expect(imported.status, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/All 3 rows are ready to import/);
    expect(imported.stderr).toMatch(/Reading children: 100%/);

    expect(cynnig('import', 'entitlements', files.file('entitlements.csv'), '--authority', 'W06000015').status).toBe(0);

    const refused = cynnig('import', 'children', files.file('children-with-errors.csv'), '--authority', 'W06000015');
    expect(refused.status).toBe(1);
    expect(refused.stdout).toMatch(/Line 2, date_of_birth/);

    const exported = cynnig('export', 'child-extract', '--period', '2025-Q3', '--authority', 'W06000015', '--format', 'csv', '--out', files.file('extract.csv'));
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/Exported the child-extract for 2025-26-Q3 \(W06000015, pseudonymised\): 3 rows/);
    expect(fs.readFileSync(files.file('extract.csv'), 'utf8')).toMatch(/^\uFEFFPseudonym,/);

    const backedUp = cynnig('backup', files.file('cynnig-backup.sqlite'));
    expect(backedUp.status, backedUp.stderr).toBe(0);
    expect(backedUp.stdout).toMatch(/Verified/);
  }, 120_000);

  it('answers a mistake with one sentence and the usage', () => {
    const wrong = cynnig('export', 'everything', '--period', '2025-Q3', '--out', files.file('x.csv'));
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toMatch(/^the kind must be one of quarterly-return, annual-report, measures, child-extract, missing-extract\n\nUsage: cynnig/);
  }, 60_000);
});
