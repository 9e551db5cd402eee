import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { measureCatalogue } from '../measures/measure-catalogue.js';
import { measuresMarkdown } from './measures-markdown.js';

describe('the measures catalogue', () => {
  it('in MEASURES.md is up to date with the definitions (run the "catalogue" script when this fails)', () => {
    const onDisk = readFileSync(fileURLToPath(new URL('../../MEASURES.md', import.meta.url)), 'utf8');
    expect(onDisk).toBe(measuresMarkdown());
  });

  it('documents every measure by its id in both languages', () => {
    const markdown = measuresMarkdown();
    for (const measure of measureCatalogue) {
      expect(markdown).toContain(`\`${measure.id}\``);
      expect(markdown).toContain(measure.name.cy);
    }
  });
});
