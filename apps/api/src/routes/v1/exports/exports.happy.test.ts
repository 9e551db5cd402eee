import { testEngines } from '@cynnig/data/test-support';
import { validateCrossBorderMissing, type CrossBorderMissingRow } from '@cynnig/monitoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonKey, TestWorld } from '../../../test-support/test-world.js';
import { openMonitoringWorld } from '../monitoring/monitoring-world.js';
import { parseCsv } from './read-csv.js';

describe.each(testEngines())('monitoring exports on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    ({ world } = await openMonitoringWorld(engine));
  });
  afterAll(() => world.close());

  const download = async (who: PersonKey, path: string) => {
    const response = await (await world.signIn(who)).request(path);
    expect(response.status, await response.clone().text()).toBe(200);
    return response;
  };

  it('streams the pseudonymised child extract as a CSV attachment with a clear name, audited', async () => {
    const response = await download('teamManagerA', '/api/v1/exports/child-extract?period=2025-Q3&format=csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="cynnig-child-extract-W06000015-2025-26-Q3.csv"');
    const rows = parseCsv(await response.text());
    expect(rows[0]).toContain('Pseudonym');
    expect(rows.slice(1).filter((row) => row.length > 1)).toHaveLength(3);
    const audit = await world.database.db.selectFrom('audit_log').select(['detail', 'user_id']).where('action', '=', 'export.created').execute();
    expect(audit.map((row) => JSON.parse(row.detail) as Record<string, unknown>)).toContainEqual(expect.objectContaining({ kind: 'child-extract', period: '2025-26-Q3', format: 'csv', source: 'W06000015' }));
    expect(audit[0]?.user_id).toBe(world.people.teamManagerA.id);
  });

  it('gives the same child the same pseudonym in every extract', async () => {
    const first = parseCsv(await (await download('teamManagerA', '/api/v1/exports/child-extract?period=2025-Q3')).text()).map((row) => row[0]);
    const second = parseCsv(await (await download('iroA', '/api/v1/exports/child-extract?period=2025-26')).text()).map((row) => row[0]);
    expect(new Set(first)).toEqual(new Set(second));
  });

  it('writes the cross-border missing extract in England\'s layout, and it passes England\'s checks', async () => {
    const response = await download('administratorA', '/api/v1/exports/missing-extract?period=2025-Q3&format=csv');
    const [header, ...lines] = parseCsv(await response.text()).filter((row) => row.length > 1);
    expect(header).toEqual(['CHILD', 'DOB', 'MISSING', 'MIS_START', 'MIS_END']);
    const rows = lines.map((cells) => Object.fromEntries(header!.map((key, index) => [key, cells[index] ?? ''])) as unknown as CrossBorderMissingRow);
    expect(rows.map((row) => [row.MISSING, row.MIS_START, row.MIS_END])).toEqual([['M', '01/10/2025', '02/10/2025'], ['A', '14/11/2025', '14/11/2025'], ['M', '20/12/2025', '']]);
    expect(validateCrossBorderMissing(rows)).toEqual([]);
  });

  it('gives a commissioner the quarterly return as a workbook and the annual report as JSON, both published', async () => {
    const workbook = await download('commissioner', '/api/v1/exports/quarterly-return?period=2025-Q3&format=xlsx');
    expect(workbook.headers.get('content-disposition')).toBe('attachment; filename="cynnig-quarterly-return-wales-2025-26-Q3.xlsx"');
    expect(Buffer.from(await workbook.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const report = (await (await download('commissioner', '/api/v1/exports/annual-report?period=2025-26&format=json')).json()) as { notes: { en: string }[]; rows: Record<string, unknown>[] };
    expect(report.notes[0]?.en).toMatch(/\[c\]/);
    for (const row of report.rows) expect(typeof row['value'] !== 'number' || (row['value'] as number) % 5 === 0 || !Number.isInteger(row['value'])).toBe(true);
  });

  it('lets an advocate export take-up for their own provider', async () => {
    const response = await download('advocateP1', '/api/v1/exports/quarterly-return?period=2025-Q3');
    expect(response.headers.get('content-disposition')).toMatch(/cynnig-quarterly-return-provider-[0-9a-f]{8}-2025-26-Q3\.csv/);
    expect(parseCsv(await response.text()).length).toBeGreaterThan(5);
  });

  it('gives authority staff their measures exactly, in the language they read Cynnig in', async () => {
    const manager = await world.signIn('teamManagerA');
    await manager.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' });
    const rows = parseCsv(await (await manager.request('/api/v1/exports/measures?period=2025-Q3')).text());
    expect(rows[0]).toEqual(['Dynodydd y mesur', 'Mesur', 'Dadansoddiad', 'Gwerth y dadansoddiad', 'Gwerth']);
    expect(rows.find((row) => row[0] === 'missing-episodes')?.[4]).toBe('3');
  });

  it('answers the forms app\'s name for the quarterly return, national-reporting-template?quarter=', async () => {
    const response = await download('providerManagerP1', '/api/v1/exports/national-reporting-template?quarter=2025-26 Q3&format=csv');
    expect(response.headers.get('content-disposition')).toMatch(/cynnig-quarterly-return-provider-[0-9a-f]{8}-2025-26-Q3\.csv/);
  });
});
