// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('where signing in returns to', () => {
  it.each([
    { value: '/children/7?tab=offers', expected: '/children/7?tab=offers' },
    { value: null, expected: '/' },
    { value: 'https://elsewhere.example/', expected: '/' },
    { value: '//elsewhere.example/', expected: '/' },
    { value: '/\\elsewhere.example/', expected: '/' },
    { value: '/sign-out', expected: '/' },
    { value: '/session-timed-out?return=/x', expected: '/' },
  ])('$value goes to $expected', ({ value, expected }) => {
    expect(safeReturnPath(value)).toBe(expected);
  });
});
