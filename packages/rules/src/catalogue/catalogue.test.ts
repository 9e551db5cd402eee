import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleBook } from '../rule-book/default-rule-book.js';
import { listRuleFiles } from './catalogue.command.js';
import { renderCatalogueMarkdown, ruleCatalogue } from './rule-catalogue.js';
import { renderRuleFilesIndex } from './rule-files-index.js';

const packageRoot = join(import.meta.dirname, '..', '..');
const stale = 'out of date: run `pnpm --filter @cynnig/rules catalogue` and commit the result';

describe('the rule catalogue', () => {
  it('imports every rule file on disk through the generated index', () => {
    const committed = readFileSync(join(packageRoot, 'src', 'rule-files', 'index.ts'), 'utf8');
    expect(committed, `src/rule-files/index.ts is ${stale}`).toBe(renderRuleFilesIndex(listRuleFiles()));
  });

  it.each([
    { file: 'CATALOGUE.md', language: 'en' as const },
    { file: 'CATALOGUE.cy.md', language: 'cy' as const },
  ])('$file in the repository matches the rule files', ({ file, language }) => {
    expect(readFileSync(join(packageRoot, file), 'utf8'), `${file} is ${stale}`).toBe(renderCatalogueMarkdown(language));
  });

  it('lists every rule with its basis, its condition and consequence in both languages, and every parameter with its default', () => {
    expect(ruleCatalogue.map((entry) => entry.id).sort()).toEqual(ruleBook.map((rule) => rule.id).sort());
    for (const entry of ruleCatalogue) {
      for (const language of ['en', 'cy'] as const) {
        expect(entry.condition[language]).toMatch(/^- /);
        expect(entry.consequence[language].length).toBeGreaterThan(20);
        expect(entry.basis.citation[language].length).toBeGreaterThan(10);
      }
      const rule = ruleBook.find((r) => r.id === entry.id);
      expect(entry.parameters.map((p) => [p.name, p.default])).toEqual(Object.entries(rule?.parameters ?? {}).map(([name, p]) => [name, p.default]));
    }
  });

  it('shows a parameter by name in the condition and its default in the table', () => {
    const markdown = renderCatalogueMarkdown('en');
    expect(markdown).toContain('«months» months after the date the last round closed');
    expect(markdown).toMatch(/\| `months` \| 6 months \| 1 to 24 \|/);
    expect(renderCatalogueMarkdown('cy')).toMatch(/\| `months` \| 6 mis \| 1 i 24 \|/);
  });

  it('changes when a rule\'s default changes, so a stale committed copy is caught', () => {
    const changed = ruleCatalogue.map((entry) => (entry.id === 'reoffer-periodic-after-decline' ? { ...entry, parameters: entry.parameters.map((p) => ({ ...p, defaultInWords: { en: '3 months', cy: '3 mis' } })) } : entry));
    expect(renderCatalogueMarkdown('en', changed)).not.toBe(renderCatalogueMarkdown('en'));
  });
});
