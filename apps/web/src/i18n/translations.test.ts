// @vitest-environment node
// Welsh Language Standards: every page must exist in Welsh. These checks fail the
// build when a text is missing, empty or uses the wrong term in either language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allCodeLists } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import cy from './cy.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [inner, text] of flatten(value, path)) flat.set(inner, text);
  }
  return flat;
}

const english = flatten(en as Tree);
const welsh = flatten(cy as Tree);
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the English and Welsh texts', () => {
  it('have exactly the same keys', () => {
    expect([...welsh.keys()].filter((key) => !english.has(key))).toEqual([]);
    expect([...english.keys()].filter((key) => !welsh.has(key))).toEqual([]);
  });

  it('never leave a text empty', () => {
    const empty = [...english, ...welsh].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const mismatched = [...english].filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(welsh.get(key) ?? ''))).map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('never call the advocacy Active Offer "cynnig rhagweithiol" (that is offering services in Welsh unasked)', () => {
    const wrong = [...welsh].filter(([, text]) => /rhagweithiol/i.test(text)).map(([key]) => key);
    expect(wrong).toEqual([]);
    const wrongInCodeLists = allCodeLists.flatMap((list) => list.entries.filter((entry) => /rhagweithiol/i.test(entry.cy)).map((entry) => `${list.name}.${entry.code}`));
    expect(wrongInCodeLists).toEqual([]);
  });

  it('use the official Welsh of the UK government services for the shared words', () => {
    expect(welsh.get('common.thereIsAProblem')).toBe('Mae problem wedi codi');
    expect(welsh.get('common.errorPrefix')).toBe('Gwall: ');
    expect(welsh.get('common.continue')).toBe('Yn eich blaen');
    expect(welsh.get('common.back')).toBe('Yn ôl');
    expect(welsh.get('common.change')).toBe('Newid');
    expect([welsh.get('dateInput.day'), welsh.get('dateInput.month'), welsh.get('dateInput.year')]).toEqual(['Diwrnod', 'Mis', 'Blwyddyn']);
  });

  it('cover every fixed key the code asks for', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) used.add(match[1] as string);
      for (const match of source.matchAll(/'((?:signIn|dateInput|common|problems)\.[\w.]+)'/g)) used.add(match[1] as string);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((key) => !english.has(key)).sort()).toEqual([]);
  });
});
