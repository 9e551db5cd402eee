import { describe, expect, it } from 'vitest';
import { mayRecordDecline, outcomeStartsAdvocacy, reofferDueOn } from './active-offer-guards.js';

describe('whether a decline may be recorded', () => {
  it.each([
    ['instructed', true],
    ['peer', true],
    [null, true],
    ['non-instructed', false],
  ] as const)('for %s advocacy is %s', (mode, expected) => {
    expect(mayRecordDecline(mode)).toBe(expected);
  });
});

describe('which outcome starts advocacy', () => {
  it.each([
    ['accepted', true],
    ['declined', false],
    ['opted-out', false],
    ['could-not-contact', false],
    [null, false],
  ] as const)('%s starts advocacy: %s', (outcome, expected) => {
    expect(outcomeStartsAdvocacy(outcome)).toBe(expected);
  });
});

describe('the re-offer date after a round that did not lead to advocacy', () => {
  it.each([
    ['a confirmed decline', { outcome: 'declined', outcomeOn: '2026-01-10', outcomeConfirmedOn: '2026-01-14', advocacyEndedOn: null }, '2026-07-14'],
    ['a confirmed opt-out', { outcome: 'opted-out', outcomeOn: '2026-01-10', outcomeConfirmedOn: '2026-01-12', advocacyEndedOn: null }, '2026-07-12'],
    ['no contact, confirmed', { outcome: 'could-not-contact', outcomeOn: '2026-03-02', outcomeConfirmedOn: '2026-03-03', advocacyEndedOn: null }, '2026-09-03'],
    ['a refusal of permission (nothing to confirm)', { outcome: 'declined', outcomeOn: '2026-02-05', outcomeConfirmedOn: null, advocacyEndedOn: null }, '2026-08-05'],
    ['a decline confirmed on 31 August (no 31 February)', { outcome: 'declined', outcomeOn: '2025-08-29', outcomeConfirmedOn: '2025-08-31', advocacyEndedOn: null }, '2026-02-28'],
    ['advocacy that has ended', { outcome: 'accepted', outcomeOn: '2026-01-10', outcomeConfirmedOn: '2026-01-14', advocacyEndedOn: '2026-05-29' }, '2026-11-29'],
    ['an advocate still working with the child', { outcome: 'accepted', outcomeOn: '2026-01-10', outcomeConfirmedOn: '2026-01-14', advocacyEndedOn: null }, null],
    ['a round with no outcome yet', { outcome: null, outcomeOn: null, outcomeConfirmedOn: null, advocacyEndedOn: null }, null],
  ] as const)('after %s is %s', (_what, round, expected) => {
    expect(reofferDueOn(round)).toBe(expected);
  });

  it('follows the authority\'s own number of months', () => {
    const round = { outcome: 'declined', outcomeOn: '2026-01-10', outcomeConfirmedOn: '2026-01-14', advocacyEndedOn: null } as const;
    expect(reofferDueOn(round, { reofferMonthsAfterDecline: 3, escalationResponseWorkingDays: 10 })).toBe('2026-04-14');
  });
});
