// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { QueueItem } from '../api/queues';
import { ageOf } from '../caseload/QueueTable';
import { groupByKind } from './IroQueuePage';

const item = (kind: string, dueOn: string): QueueItem => ({
  childId: '0b7c4a8e-3a0f-4a39-9d0e-2d5b1f0b7a11',
  ruleId: `${kind}-rule`,
  ruleVersion: 1,
  kind,
  audience: ['iro'],
  dueOn,
  severity: 'overdue',
  reason: { en: 'Because', cy: 'Oherwydd' },
  facts: {},
  caseId: null,
  childName: 'Lowri Hughes',
  caseReference: 'C-1',
});

describe('the IRO queue', () => {
  it('puts overdue re-offers first and reviews after, each group earliest first', () => {
    const groups = groupByKind([item('review', '2026-02-01'), item('reoffer', '2026-01-20'), item('something-new', '2026-01-01'), item('reoffer', '2026-01-05')]);
    expect(groups.map((group) => [group.kind, group.items.map((entry) => entry.dueOn)])).toEqual([
      ['reoffer', ['2026-01-05', '2026-01-20']],
      ['review', ['2026-02-01']],
      ['something-new', ['2026-01-01']],
    ]);
  });

  it.each([
    { dueOn: '2026-03-01', words: 'Days overdue: 9' },
    { dueOn: '2026-03-10', words: 'Due today' },
    { dueOn: '2026-03-13', words: 'Days to go: 3' },
  ])('gives each item its age: $dueOn is "$words" on 10 March', ({ dueOn, words }) => {
    const t = (key: string, options?: Record<string, unknown>) => ({ 'queue.overdueBy': `Days overdue: ${options?.count}`, 'queue.dueToday': 'Due today', 'queue.dueIn': `Days to go: ${options?.count}` })[key] ?? key;
    expect(ageOf(dueOn, '2026-03-10', t)).toBe(words);
  });
});
