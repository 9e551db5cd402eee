import { describe, expect, it } from 'vitest';
import { escalationRespondBy, nextEscalationStage, resolutionNeedsEscalation } from './oversight-guards.js';

describe('the dispute resolution stages', () => {
  it.each([
    [null, 'informal-alert'],
    ['informal-alert', 'service-manager'],
    ['service-manager', 'head-of-service'],
    ['head-of-service', 'cafcass-cymru'],
    ['cafcass-cymru', null],
  ] as const)('after %s comes %s', (current, next) => {
    expect(nextEscalationStage(current)).toBe(next);
  });
});

describe('the date a stage must respond by', () => {
  it.each([
    ['a Monday', '2026-02-02', '2026-02-16'],
    ['the Friday before Easter week', '2026-03-27', '2026-04-14'],
    ['just before Christmas', '2026-12-21', '2027-01-07'],
  ])('for an escalation on %s (%s) is %s, ten working days later', (_when, on, expected) => {
    expect(escalationRespondBy(on)).toBe(expected);
  });

  it('follows the authority\'s own number of working days', () => {
    expect(escalationRespondBy('2026-02-02', { reofferMonthsAfterDecline: 6, escalationResponseWorkingDays: 5 })).toBe('2026-02-09');
  });
});

describe('resolving through escalation', () => {
  it.each([
    ['resolved-by-escalation', true],
    ['reoffer-requested', false],
    ['wish-confirmed-at-review', false],
    ['data-corrected', false],
  ] as const)('%s needs an escalation first: %s', (resolution, expected) => {
    expect(resolutionNeedsEscalation(resolution)).toBe(expected);
  });
});
