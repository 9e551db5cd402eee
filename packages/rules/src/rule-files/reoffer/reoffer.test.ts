import type { ChildRecord } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { evaluateChild } from '../../evaluate-child.js';
import { accepted, declined, lookedAfterChild, movedTo, socialWorkerLeft, withAllocation, withEpisode, withLifeEvent, withReview, withRound } from '../../test-support/child-record-builder.js';
import { outcomeOf } from '../../test-support/rule-outcome.js';

// Each trigger happens on Thursday 17 April 2025, the day before Good Friday: Good Friday (18) and
// Easter Monday (21) fall inside every working-day count, and 5 May is the early May bank holiday.
// 2 working days later is 23 April, 5 is 28 April, 10 is 6 May.
const TRIGGER = '2025-04-17';
type Trigger = { rule: string; workingDays: number; dueOn: string; apply: (record: ChildRecord, on: string) => ChildRecord; dateOfBirth?: (on: string) => string };

const yearsBefore = (on: string, years: number) => `${Number(on.slice(0, 4)) - years}${on.slice(4)}`;
const triggers: Trigger[] = [
  { rule: 'reoffer-placement-move', workingDays: 10, dueOn: '2025-05-06', apply: (r, on) => movedTo(r, on) },
  { rule: 'reoffer-out-of-area-move', workingDays: 5, dueOn: '2025-04-28', apply: (r, on) => movedTo(r, on, { location: { kind: 'outside-wales', description: 'Hereford' }, distanceFromHomeKm: 90 }) },
  { rule: 'reoffer-school-move', workingDays: 10, dueOn: '2025-05-06', apply: (r, on) => withLifeEvent(r, 'school-move', on) },
  { rule: 'reoffer-missing-return', workingDays: 5, dueOn: '2025-04-28', apply: (r, on) => withEpisode(r, `${on}T01:00:00Z`, `${on}T09:00:00Z`, { conversationOfferedAt: `${on}T12:00:00Z` }) },
  { rule: 'reoffer-complaint', workingDays: 5, dueOn: '2025-04-28', apply: (r, on) => withLifeEvent(r, 'complaint', on) },
  { rule: 'reoffer-social-worker-change', workingDays: 10, dueOn: '2025-05-06', apply: (r, on) => withAllocation(socialWorkerLeft(r, on), 'social-worker', on) },
  { rule: 'reoffer-iro-change', workingDays: 10, dueOn: '2025-05-06', apply: (r, on) => withAllocation(withAllocation(r, 'iro', '2024-09-02', on), 'iro', on) },
  { rule: 'reoffer-legal-status-change', workingDays: 10, dueOn: '2025-05-06', apply: (r, on) => withLifeEvent(r, 'care-proceedings-milestone', on) },
  { rule: 'reoffer-turning-16', workingDays: 10, dueOn: '2025-05-06', apply: (r) => r, dateOfBirth: (on) => yearsBefore(on, 16) },
  { rule: 'reoffer-leaving-care-18', workingDays: 10, dueOn: '2025-05-06', apply: (r) => r, dateOfBirth: (on) => yearsBefore(on, 18) },
  { rule: 'reoffer-stop-looking-after', workingDays: 5, dueOn: '2025-04-28', apply: (r, on) => withLifeEvent(r, 'stop-looking-after-proposed', on) },
  { rule: 'reoffer-child-protection-conference', workingDays: 10, dueOn: '2025-05-06', apply: (r, on) => withLifeEvent(r, 'child-protection-conference', on) },
  { rule: 'reoffer-secure-or-custody', workingDays: 5, dueOn: '2025-04-28', apply: (r, on) => withLifeEvent(r, 'entered-secure-or-custody', on) },
  { rule: 'reoffer-child-asked-for-advocate', workingDays: 2, dueOn: '2025-04-23', apply: (r, on) => withLifeEvent(r, 'child-requested-advocate', on) },
];

/** A looked after child who declined on 15 January 2025; the trigger then happens on `on`. */
function declinedThen(trigger: Trigger, on: string, declinedOn = '2025-01-15'): ChildRecord {
  const base = lookedAfterChild({ lookedAfterSince: '2024-09-02', dateOfBirth: trigger.dateOfBirth?.(on) ?? '2012-05-01' });
  return trigger.apply(declined(base, declinedOn), on);
}

describe('re-offer triggers: each makes the Active Offer due again after a decline', () => {
  it.each(triggers)('$rule: due $workingDays working days after the trigger, Easter not counted', async (trigger) => {
    expect(await outcomeOf(trigger.rule, declinedThen(trigger, TRIGGER), '2025-04-22')).toMatchObject({ fired: true, dueOn: trigger.dueOn });
  });

  it.each(triggers)('$rule: a trigger on or before the day the last round closed does not count again', async (trigger) => {
    const record = declinedThen(trigger, '2025-01-15');
    expect((await outcomeOf(trigger.rule, record, '2025-04-22')).fired).toBe(false);
  });

  it.each(triggers)('$rule: stays quiet while the child has an advocate', async (trigger) => {
    const base = lookedAfterChild({ lookedAfterSince: '2024-09-02', dateOfBirth: trigger.dateOfBirth?.(TRIGGER) ?? '2012-05-01' });
    const record = trigger.apply(accepted(base, '2025-01-15'), TRIGGER);
    expect((await outcomeOf(trigger.rule, record, '2025-04-22')).fired).toBe(false);
  });

  it.each(triggers.filter((t) => t.rule === 'reoffer-turning-16' || t.rule === 'reoffer-leaving-care-18'))('$rule: fires on the birthday itself, not the day before', async (trigger) => {
    const record = declinedThen(trigger, TRIGGER);
    expect((await outcomeOf(trigger.rule, record, TRIGGER)).fired).toBe(true);
    expect((await outcomeOf(trigger.rule, record, '2025-04-16')).fired).toBe(false);
  });

  it('a move out of Wales is urgent once its shorter deadline has passed', async () => {
    const record = declinedThen(triggers[1] as Trigger, TRIGGER);
    const { dueItems } = await evaluateChild(record, '2025-04-29');
    const reoffer = dueItems.find((item) => item.kind === 'reoffer');
    expect(reoffer).toMatchObject({ ruleId: 'reoffer-out-of-area-move', dueOn: '2025-04-28', severity: 'urgent' });
  });
});

describe('one open re-offer per child', () => {
  it('merges every trigger that fired into one item, the earliest due date winning', async () => {
    let record = declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15');
    record = withLifeEvent(record, 'school-move', '2025-04-17');
    record = withLifeEvent(record, 'complaint', '2025-04-22');
    const { dueItems } = await evaluateChild(record, '2025-04-22');
    const reoffers = dueItems.filter((item) => item.kind === 'reoffer');
    expect(reoffers).toHaveLength(1);
    expect(reoffers[0]).toMatchObject({ ruleId: 'reoffer-complaint', dueOn: '2025-04-29' });
    expect(String(reoffers[0]?.facts['firingRules']).split(',').sort()).toEqual(['reoffer-complaint', 'reoffer-periodic-after-decline', 'reoffer-school-move']);
    expect(reoffers[0]?.facts['schoolMoveSinceLastRound']).toBe('2025-04-17');
  });
});

describe('reoffer-periodic-after-decline: a decline schedules a re-offer months later (6 by default)', () => {
  it.each([
    { when: 'on the due date itself', declinedOn: '2024-08-31', on: '2025-02-28', dueOn: '2025-02-28', severity: 'due' },
    { when: 'the day after', declinedOn: '2024-08-31', on: '2025-03-01', dueOn: '2025-02-28', severity: 'overdue' },
    { when: 'landing on a leap day', declinedOn: '2023-08-29', on: '2024-01-10', dueOn: '2024-02-29', severity: 'due' },
    { when: 'from the last day of August into a leap February', declinedOn: '2023-08-31', on: '2024-01-10', dueOn: '2024-02-29', severity: 'due' },
  ])('is due $when', async ({ declinedOn, on, dueOn, severity }) => {
    const record = declined(lookedAfterChild({ lookedAfterSince: '2023-06-01' }), declinedOn);
    expect(await outcomeOf('reoffer-periodic-after-decline', record, on)).toEqual({ fired: true, dueOn, severity });
  });

  it('follows an authority that re-offers after 3 months', async () => {
    const record = declined(lookedAfterChild({ lookedAfterSince: '2023-06-01' }), '2024-08-31');
    expect((await outcomeOf('reoffer-periodic-after-decline', record, '2024-10-01', { 'reoffer-periodic-after-decline': { parameters: { months: 3 } } })).dueOn).toBe('2024-11-30');
  });

  it('counts from the end of advocacy once an accepted offer has run its course', async () => {
    const record = accepted(lookedAfterChild({ lookedAfterSince: '2024-06-01' }), '2024-07-01', '2025-01-10');
    expect((await outcomeOf('reoffer-periodic-after-decline', record, '2025-02-01')).dueOn).toBe('2025-07-10');
  });

  it('is suppressed while advocacy is under way', async () => {
    const record = accepted(lookedAfterChild({ lookedAfterSince: '2024-06-01' }), '2024-07-01');
    expect((await outcomeOf('reoffer-periodic-after-decline', record, '2025-02-01')).fired).toBe(false);
  });
});

describe('reoffer-review-coming-up: a re-offer before each statutory review', () => {
  // looked after 2 Sep 2024; reviews 27 Sep and 20 Dec 2024; the next is due 20 June 2025.
  const reviewed = (declinedOn = '2025-01-15') => declined(withReview(withReview(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2024-09-27'), '2024-12-20'), declinedOn);
  it.each([
    { when: 'the day before the 28-day window opens', on: '2025-05-22', fired: false, dueOn: null },
    { when: 'the day the window opens', on: '2025-05-23', fired: true, dueOn: '2025-06-13' },
    { when: 'in the window', on: '2025-06-10', fired: true, dueOn: '2025-06-13' },
  ])('$when: fired $fired', async ({ on, fired, dueOn }) => {
    expect(await outcomeOf('reoffer-review-coming-up', reviewed(), on)).toMatchObject({ fired, dueOn });
  });

  it('does not ask again when the child declined after the window opened', async () => {
    expect((await outcomeOf('reoffer-review-coming-up', reviewed('2025-05-26'), '2025-06-01')).fired).toBe(false);
  });

  it('handles a review falling due on a leap day', async () => {
    let record = lookedAfterChild({ lookedAfterSince: '2023-03-01' });
    record = withReview(withReview(withReview(record, '2023-03-29'), '2023-06-29'), '2023-08-29');
    record = declined(record, '2023-09-10');
    expect(await outcomeOf('reoffer-review-coming-up', record, '2024-02-01')).toMatchObject({ fired: true, dueOn: '2024-02-22' });
  });
});

describe('reoffer-round-in-progress: a started re-offer keeps the first offer\'s timescales', () => {
  const reofferRound = (round: Record<string, string | null | undefined>) => withRound(declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15'), { state: 'awaitingReferral', triggeredOn: TRIGGER, trigger: 'school-move', ...round } as never);
  it.each([
    { when: 'before the referral, 5 + 10 working days after the trigger', round: {}, dueOn: '2025-05-13' },
    { when: 'after the referral, 10 working days after it', round: { state: 'awaitingProviderContact', referredOn: TRIGGER }, dueOn: '2025-05-06' },
  ])('is due $when', async ({ round, dueOn }) => {
    expect(await outcomeOf('reoffer-round-in-progress', reofferRound(round), '2025-04-22')).toMatchObject({ fired: true, dueOn });
  });

  it('is no longer due once the offer has been made', async () => {
    expect((await outcomeOf('reoffer-round-in-progress', reofferRound({ state: 'awaitingOutcome', referredOn: TRIGGER, offerMadeOn: '2025-04-23' }), '2025-04-24')).fired).toBe(false);
  });
});
