// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hrefInLanguage, initialLanguage, languageStorageKey } from './language';

const storing = (value: string | null) => ({ getItem: (key: string) => (key === languageStorageKey ? value : null) });

describe('choosing the language a person sees', () => {
  it.each([
    { why: 'a ?lang=cy link wins over everything', search: '?lang=cy', stored: 'en', browser: ['en-GB'], expected: 'cy' },
    { why: 'the choice remembered in this browser comes next', search: '', stored: 'cy', browser: ['en-GB'], expected: 'cy' },
    { why: 'a remembered English choice beats a Welsh browser', search: '', stored: 'en', browser: ['cy-GB'], expected: 'en' },
    { why: 'a Welsh browser gets Welsh when nothing was chosen', search: '', stored: null, browser: ['cy', 'en-GB'], expected: 'cy' },
    { why: 'otherwise English', search: '', stored: null, browser: ['fr-FR'], expected: 'en' },
    { why: 'an unknown ?lang is ignored', search: '?lang=fr', stored: null, browser: [], expected: 'en' },
  ])('$why', ({ search, stored, browser, expected }) => {
    expect(initialLanguage({ search, storage: storing(stored), browserLanguages: browser })).toBe(expected);
  });

  it('links to the same page in the other language, keeping its other parameters', () => {
    expect(hrefInLanguage({ pathname: '/children/7', search: '?page=2&lang=en', hash: '#offers' }, 'cy')).toBe('/children/7?page=2&lang=cy#offers');
  });
});
