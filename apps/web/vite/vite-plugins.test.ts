// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { initialChunks, judgeBundle } from './bundle-budget';
import { withoutGovukBrand } from './govuk-without-crown';

describe('the stylesheet Cynnig ships', () => {
  const css = readFileSync(createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/govuk-frontend.min.css'), 'utf8');
  const cleaned = withoutGovukBrand(css);

  it('carries neither the GOV.UK font nor the crown, which are for GOV.UK services only', () => {
    expect(css).toContain('GDS Transport');
    expect(cleaned).not.toContain('GDS Transport');
    expect(cleaned).not.toContain('govuk-crest');
    expect(cleaned).not.toContain('/assets/fonts/');
  });

  it('keeps the Design System components themselves', () => {
    for (const component of ['.govuk-error-summary', '.govuk-date-input', '.govuk-task-list', '.govuk-language-navigation']) expect(cleaned).toContain(component);
    expect(cleaned).toContain('font-family:arial,sans-serif');
  });
});

describe('the bundle budget', () => {
  it('passes a bundle under budget and fails one over it, naming the sizes', () => {
    const small = judgeBundle('main.js', 'x'.repeat(1000), 1024);
    expect(small.withinBudget).toBe(true);
    const large = judgeBundle('main.js', randomBytes(4096), 1024);
    expect(large.withinBudget).toBe(false);
    expect(large.line).toMatch(/^OVER BUDGET: main\.js is \d+\.\d KB gzipped \(budget 1\.0 KB\)$/);
  });
});

describe('what counts as the main bundle', () => {
  it('is the entry and every chunk it imports statically, however deep, each once', () => {
    const imports: Record<string, string[]> = { 'index.js': ['react.js', 'shell.js'], 'shell.js': ['react.js', 'i18n.js'], 'react.js': [], 'i18n.js': [] };
    expect(initialChunks('index.js', (file) => imports[file] ?? []).sort()).toEqual(['i18n.js', 'index.js', 'react.js', 'shell.js']);
  });

  it('adds up the gzipped size of each file, as a browser downloads them', () => {
    const one = judgeBundle('a.js', 'x'.repeat(1000), 1024).gzippedBytes;
    expect(judgeBundle('a.js', ['x'.repeat(1000), 'x'.repeat(1000)], 1024).gzippedBytes).toBe(2 * one);
  });
});
