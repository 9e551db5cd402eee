// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { visiblePages } from './Pagination';

describe('which page numbers the pagination shows', () => {
  it.each([
    { current: 1, total: 1, pages: [1] },
    { current: 1, total: 3, pages: [1, 2, 3] },
    { current: 5, total: 20, pages: [1, null, 4, 5, 6, null, 20] },
    { current: 2, total: 20, pages: [1, 2, 3, null, 20] },
    { current: 20, total: 20, pages: [1, null, 19, 20] },
  ])('page $current of $total', ({ current, total, pages }) => {
    expect(visiblePages(current, total)).toEqual(pages);
  });
});
