import { describe, expect, it } from 'vitest';
import { endsBeforeStart, newEpisodeProblem } from './missing-episode-guards.js';

const episode = { id: 'new', startedAt: '2026-05-09T19:00:00Z', reportedAt: '2026-05-09T23:00:00Z' };
const other = (startedAt: string, endedAt: string | null) => ({ id: 'other', startedAt, endedAt });

describe('a new missing episode', () => {
  it.each([
    ['the child has no other episodes', [], null],
    ['the last episode ended before the child was last seen', [other('2026-05-01T10:00:00Z', '2026-05-02T09:00:00Z')], null],
    ['the last episode ended the moment this one began', [other('2026-05-09T10:00:00Z', '2026-05-09T19:00:00Z')], null],
    ['another episode is still open', [other('2026-04-30T10:00:00Z', null)], 'another-episode-open'],
    ['the last episode ended after this one began', [other('2026-05-09T10:00:00Z', '2026-05-09T20:00:00Z')], 'overlaps-another-episode'],
    ['a later episode is already recorded', [other('2026-05-12T10:00:00Z', '2026-05-12T20:00:00Z')], 'overlaps-another-episode'],
    ['the only other record is this same episode', [{ ...other('2026-05-09T19:00:00Z', null), id: 'new' }], null],
  ] as const)('when %s: %s', (_when, others, expected) => {
    expect(newEpisodeProblem(episode, '2010-06-01', others)).toBe(expected);
  });

  it('cannot start before the child was born (by the date in Wales)', () => {
    expect(newEpisodeProblem(episode, '2026-05-10', [])).toBe('before-birth');
    expect(newEpisodeProblem(episode, '2026-05-09', [])).toBeNull();
    // 23:30 UTC on 9 May is already 10 May in British Summer Time.
    expect(newEpisodeProblem({ ...episode, startedAt: '2026-05-09T23:30:00Z', reportedAt: '2026-05-09T23:45:00Z' }, '2026-05-10', [])).toBeNull();
  });

  it('cannot be reported before the child was last seen', () => {
    expect(newEpisodeProblem({ ...episode, reportedAt: '2026-05-09T18:00:00Z' }, '2010-06-01', [])).toBe('reported-before-last-seen');
  });
});

describe('the end of an episode', () => {
  it.each([
    ['2026-05-09T19:00:00Z', '2026-05-09T18:59:59Z', true],
    ['2026-05-09T19:00:00Z', '2026-05-09T19:00:00Z', false],
    ['2026-05-09T19:00:00+01:00', '2026-05-09T18:30:00Z', false],
  ])('from %s to %s is before its start: %s', (start, end, expected) => {
    expect(endsBeforeStart(start, end)).toBe(expected);
  });
});
