// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { savedHref } from './saved-banner';

describe('the address a saved record returns to', () => {
  it.each([
    { back: '/children/1', href: '/children/1?saved=Review' },
    { back: '/children/1#active-offer', href: '/children/1?saved=Review#active-offer' },
    { back: '/caseload?page=2', href: '/caseload?page=2&saved=Review' },
  ])('$back becomes $href', ({ back, href }) => {
    expect(savedHref(back, 'Review')).toBe(href);
  });
});
