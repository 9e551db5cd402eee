import type { Language } from '@cynnig/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, mount, text, type Mounted } from '../../test-support/render';
import { LanguageSwitch } from './LanguageSwitch';

let mounted: Mounted | null = null;
afterEach(() => mounted?.unmount());

describe('the language switch', () => {
  it('shows the current language as text and links to the other, each named in its own language', () => {
    mounted = mount(<LanguageSwitch onChoose={() => undefined} />, { language: 'en', path: '/rules?page=2' });
    const current = document.querySelector('[aria-current="true"]');
    expect([text(current), current?.getAttribute('lang')]).toEqual(['English', 'en']);
    const other = document.querySelector('a.govuk-language-navigation__link');
    expect(text(other)).toBe('Cymraeg');
    expect(other?.getAttribute('lang')).toBe('cy');
    expect(other?.getAttribute('hreflang')).toBe('cy');
    expect(other?.getAttribute('href')).toBe('/rules?page=2&lang=cy');
  });

  it('labels itself in the page language', () => {
    mounted = mount(<LanguageSwitch onChoose={() => undefined} />, { language: 'cy' });
    expect(document.querySelector('nav')?.getAttribute('aria-label')).toBe('Iaith');
    expect(text(document.querySelector('a'))).toBe('English');
  });

  it('switches language in place, keeping the page', async () => {
    const onChoose = vi.fn<(language: Language) => void>();
    mounted = mount(<LanguageSwitch onChoose={onChoose} />, { language: 'en', path: '/sign-in' });
    await click(document.querySelector('a'));
    expect(onChoose).toHaveBeenCalledWith('cy');
    expect(mounted.location()).toBe('/sign-in?lang=cy');
  });
});
