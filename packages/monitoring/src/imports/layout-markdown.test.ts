import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFileKindOf, importLayouts } from './import-file-types.js';
import { importLayoutMarkdown, layoutMarkers } from './layout-markdown.js';
import { sampleText } from './test-support/sample-files.js';

const readmeUrl = new URL('../../README.md', import.meta.url);

describe('the documented column layout', () => {
  it('is in the README exactly as the layouts say (CYNNIG_WRITE_IMPORT_LAYOUT=1 rewrites it)', () => {
    const readme = readFileSync(readmeUrl, 'utf8');
    const start = readme.indexOf(layoutMarkers.start);
    const end = readme.indexOf(layoutMarkers.end);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const generated = `${layoutMarkers.start}\n\n${importLayoutMarkdown()}\n\n`;
    if (process.env.CYNNIG_WRITE_IMPORT_LAYOUT === '1') writeFileSync(readmeUrl, readme.slice(0, start) + generated + readme.slice(end));
    else expect(readme.slice(start, end)).toBe(generated);
  });

  it('describes every column in English and Welsh, with a hint and an example in the sample file\'s header', () => {
    for (const layout of importLayouts) {
      const header = sampleText(layout.kind).split('\r\n')[0]!.split(',');
      for (const column of layout.columns) {
        expect(column.description.en.length).toBeGreaterThan(2);
        expect(column.description.cy.length).toBeGreaterThan(2);
        expect(column.description.cy).not.toBe(column.description.en);
        expect(column.hint.cy).not.toBe(column.hint.en);
        expect(header).toContain(column.name);
      }
      expect(layout.naturalKey.every((name) => layout.columns.some((column) => column.name === name))).toBe(true);
    }
  });

  it('tells the command line which kind a file is from its name', () => {
    expect(importFileKindOf('/exports/2024-06/Missing-Episodes.csv')).toBe('missing-episodes');
    expect(importFileKindOf('C:\\exports\\children.csv')).toBe('children');
    expect(importFileKindOf('children.xlsx')).toBeNull();
  });
});
