// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import { languageStorageKey } from './language';
import { rememberLanguage } from './remember-language';

describe('remembering the language', () => {
  it('marks the page with the language and remembers a change for next time', async () => {
    const i18n = createI18n('en');
    const stored = new Map<string, string>();
    const root = { lang: '' };
    const stop = rememberLanguage(i18n, { setItem: (key, value) => void stored.set(key, value) }, root);
    expect(root.lang).toBe('en');
    await i18n.changeLanguage('cy');
    expect(root.lang).toBe('cy');
    expect(stored.get(languageStorageKey)).toBe('cy');
    stop();
  });
});
