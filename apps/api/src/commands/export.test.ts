import fs from 'node:fs';
import { testEngines, type TestDatabase } from '@cynnig/data/test-support';
import { validateCrossBorderMissing, type CrossBorderMissingRow } from '@cynnig/monitoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../routes/v1/exports/read-csv.js';
import { packagedRules } from '../services/packaged-rules.js';
import { capturedOutput, fixtureFolder } from './command-test-files.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { progressOn } from './progress.js';

const files = fixtureFolder();
afterAll(() => files.remove());

describe.each(testEngines())('cynnig export on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
    for (const kind of ['children', 'entitlements', 'placements', 'missing-episodes'] as const) {
      const { exitCode } = await importCommand({ name: 'import', fileType: kind, file: files.file(`${kind}.csv`), authority: 'W06000015', acceptValidRows: false, dryRun: false }, database, packagedRules, progressOn(capturedOutput()), () => {});
      expect(exitCode).toBe(0);
    }
  });
  afterAll(async () => database?.close());

  const run = async (kind: 'quarterly-return' | 'measures' | 'child-extract' | 'missing-extract' | 'annual-report', format: 'csv' | 'xlsx' | 'json', options: { authority?: string; period?: string } = {}) => {
    const out = files.file(`${engine.name}-${kind}-${options.authority ?? 'wales'}.${format}`);
    const progress = capturedOutput();
    const said = capturedOutput();
    const summary = await exportCommand(
      { name: 'export', kind, period: options.period ?? '2025-Q3', authority: options.authority ?? null, provider: null, format, out, language: 'en' },
      database, files.folder, progressOn(progress), said.write,
    );
    return { summary, out, progress: progress.text(), said: said.text() };
  };

  it('writes the missing extract for an authority to a file that passes England\'s checks, with progress and a summary', async () => {
    const { out, progress, said, summary } = await run('missing-extract', 'csv', { authority: 'W06000015' });
    const [header, ...lines] = parseCsv(fs.readFileSync(out, 'utf8')).filter((row) => row.length > 1);
    const rows = lines.map((cells) => Object.fromEntries(header!.map((key, index) => [key, cells[index] ?? ''])) as unknown as CrossBorderMissingRow);
    expect(rows).toHaveLength(3);
    expect(summary.rows).toBe(3);
    expect(validateCrossBorderMissing(rows)).toEqual([]);
    expect(progress).toMatch(/Writing missing-extract: 100% \(3 of 3 children\)/);
    expect(said).toMatch(/Exported the missing-extract for 2025-26-Q3 \(W06000015, pseudonymised\): 3 rows from 3 children/);
  });

  it('writes Wales-wide returns as published figures, in every format', async () => {
    const workbook = await run('quarterly-return', 'xlsx');
    expect(fs.readFileSync(workbook.out).subarray(0, 2).toString()).toBe('PK');
    expect(workbook.said).toMatch(/\(wales, published\)/);
    const json = JSON.parse(fs.readFileSync((await run('annual-report', 'json', { period: '2025-26' })).out, 'utf8')) as { rows: { value: unknown }[] };
    expect(json.rows.length).toBeGreaterThan(10);
    const csv = parseCsv(fs.readFileSync((await run('measures', 'csv')).out, 'utf8'));
    expect(csv[0]).toEqual(['Measure id', 'Measure', 'Local authority', 'Breakdown', 'Breakdown value', 'Value']);
  });

  it('refuses to write over a file that is already there, and audits each export', async () => {
    const before = await database.db.selectFrom('audit_log').select('id').where('action', '=', 'export.created').execute();
    await expect(run('missing-extract', 'csv', { authority: 'W06000015' })).rejects.toThrow(/already exists/);
    const audited = await database.db.selectFrom('audit_log').select(['role', 'detail']).where('action', '=', 'export.created').execute();
    expect(audited.length).toBe(before.length);
    expect(audited.length).toBeGreaterThanOrEqual(4);
    expect(audited[0]?.role).toBe('command-line');
  });
});
