import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { suppressed } from '../measures/measure-result.js';
import { collector, counter } from '../test-support/collect.js';
import { writeCsv } from './csv-writer.js';
import type { ExportRow, ExportTable } from './export-row.js';
import { writeJson } from './json-writer.js';
import { neutraliseFormula } from './spreadsheet-safe.js';
import { writeXlsx } from './xlsx-writer.js';

const legend = { en: '[c] = withheld', cy: '[c] = wedi\'i atal' };
const table = (rows: ExportRow[]): ExportTable => ({ columns: [{ key: 'name', header: 'Name' }, { key: 'value', header: 'Value' }], rows, notes: [legend] });

describe('spreadsheet formula injection', () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('puts a quote before a cell starting with %j so it opens as text', (prefix) => {
    expect(neutraliseFormula(`${prefix}HYPERLINK("http://example.org")`)).toBe(`'${prefix}HYPERLINK("http://example.org")`);
  });

  it('leaves ordinary text alone, including a quote, a minus inside and Welsh letters', () => {
    for (const text of ['Ynys Môn', 'Gwŷr', 'a-b', "'quoted", '']) expect(neutraliseFormula(text)).toBe(text);
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('is neutralised in every CSV cell starting with %j, headers included', async (prefix) => {
    const out = collector();
    await writeCsv({ columns: [{ key: 'a', header: `${prefix}head` }], rows: [{ a: `${prefix}1+1` }] }, out.stream);
    const lines = out.text().replace('\uFEFF', '').split('\r\n');
    const cells = lines.slice(0, 2).map((line) => line.replace(/^"|"$/g, ''));
    expect(cells).toEqual([`'${prefix}head`, `'${prefix}1+1`]);
  });

  it('writes numbers as numbers, not as text to neutralise', async () => {
    const out = collector();
    await writeCsv(table([{ name: 'change', value: -5 }]), out.stream);
    expect(out.text()).toContain('change,-5\r\n');
  });
});

describe('writers', () => {
  const rows: ExportRow[] = [{ name: 'Cardiff, "central"', value: 15 }, { name: '=cmd', value: suppressed }];

  it('write CSV with quoting, "[c]" for a withheld figure and the legend in both languages', async () => {
    const out = collector();
    await writeCsv(table(rows), out.stream);
    expect(out.text()).toBe('\uFEFFName,Value\r\n"Cardiff, ""central""",15\r\n\'=cmd,[c]\r\n[c] = withheld\r\n[c] = wedi\'i atal\r\n');
  });

  it('write XLSX that reads back with numbers, "[c]", neutralised text and a notes sheet', async () => {
    const out = collector();
    await writeXlsx([{ name: 'Figures', ...table(rows) }], out.stream);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(out.buffer() as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Figures')!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'Cardiff, "central"', 15]);
    expect(sheet.getRow(3).values).toEqual([undefined, "'=cmd", '[c]']);
    expect(workbook.getWorksheet('Notes - Nodiadau')!.getRow(2).getCell(1).value).toBe(legend.cy);
  });

  it('write JSON with a withheld figure as {"suppressed": true}', async () => {
    const out = collector();
    await writeJson(table(rows), out.stream);
    const parsed = JSON.parse(out.text());
    expect(parsed.rows).toEqual([{ name: 'Cardiff, "central"', value: 15 }, { name: '=cmd', value: { suppressed: true } }]);
    expect(parsed.notes).toEqual([legend]);
  });

  it('keep memory flat however many rows stream through', async () => {
    const many = (count: number) =>
      (async function* () {
        for (let index = 0; index < count; index += 1) yield { name: `P${index.toString(16).padStart(16, '0')}`, value: index };
      })();
    const peakGrowth = async (count: number, write: (t: ExportTable, s: ReturnType<typeof counter>['stream']) => Promise<number>) => {
      const before = process.memoryUsage().heapUsed;
      let peak = before;
      const sink = counter();
      const sampled = (async function* () {
        let seen = 0;
        for await (const row of many(count)) {
          if (++seen % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
          yield row;
        }
      })();
      await write({ ...table([]), rows: sampled }, sink.stream);
      expect(sink.bytes()).toBeGreaterThan(count * 20);
      return peak - before;
    };
    // 400,000 rows is about 12 MB of CSV; holding them (or the text) would grow the heap well past 64 MB.
    for (const write of [writeCsv, writeJson]) expect(await peakGrowth(400_000, write)).toBeLessThan(64 * 1024 * 1024);
  });
});
