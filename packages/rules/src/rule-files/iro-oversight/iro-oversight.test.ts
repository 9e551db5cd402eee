import { describe, expect, it } from 'vitest';
import { evaluateChild } from '../../evaluate-child.js';
import { accepted, declined, lookedAfterChild, movedTo, socialWorkerLeft, stoppedBeingLookedAfter, withAllocation, withEntitlement, withEpisode, withLifeEvent, withReview, withRound } from '../../test-support/child-record-builder.js';
import { outcomeOf } from '../../test-support/rule-outcome.js';

describe('iro-initial-offer-overdue: the IRO sees a first offer not made by its due date', () => {
  const record = () => lookedAfterChild({ lookedAfterSince: '2025-01-06' });
  it.each([
    { on: '2025-01-27', fired: false, what: 'on the due date' },
    { on: '2025-01-28', fired: true, what: 'the working day after' },
  ])('$what: fired $fired', async ({ on, fired }) => {
    expect(await outcomeOf('iro-initial-offer-overdue', record(), on)).toMatchObject({ fired, ...(fired ? { dueOn: '2025-01-27', severity: 'overdue' } : {}) });
  });

  it('says how many working days late the offer is, Easter not counted', async () => {
    const { dueItems } = await evaluateChild(lookedAfterChild({ lookedAfterSince: '2025-03-24' }), '2025-04-22');
    const item = dueItems.find((i) => i.ruleId === 'iro-initial-offer-overdue');
    expect(item).toMatchObject({ dueOn: '2025-04-14', facts: { workingDaysOverdue: 4 } });
  });

  it('moves with the authority\'s offer deadline', async () => {
    expect((await outcomeOf('iro-initial-offer-overdue', record(), '2025-01-28', { 'initial-offer-offer-due': { parameters: { offerWorkingDays: 15 } } })).fired).toBe(false);
  });
});

describe('iro-reoffer-overdue: the IRO sees a re-offer not made by its due date', () => {
  const schoolMove = () => withLifeEvent(declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15'), 'school-move', '2025-04-17');
  it.each([
    { on: '2025-05-06', fired: false },
    { on: '2025-05-07', fired: true },
  ])('checked on $on: fired $fired', async ({ on, fired }) => {
    expect((await outcomeOf('iro-reoffer-overdue', schoolMove(), on)).fired).toBe(fired);
  });

  it('gives the age of the overdue re-offer in working days', async () => {
    const { dueItems } = await evaluateChild(schoolMove(), '2025-05-09');
    expect(dueItems.find((i) => i.ruleId === 'iro-reoffer-overdue')?.facts['workingDaysOverdue']).toBe(3);
  });

  it('is quiet while the child has an advocate', async () => {
    const record = withLifeEvent(accepted(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15'), 'school-move', '2025-04-17');
    expect((await outcomeOf('iro-reoffer-overdue', record, '2025-06-01')).fired).toBe(false);
  });
});

describe('iro-outcome-not-confirmed: a referral with no outcome after 20 working days', () => {
  const referred = (state = 'awaitingProviderContact') => withRound(lookedAfterChild({ lookedAfterSince: '2025-04-15' }), { state, triggeredOn: '2025-04-15', referredOn: '2025-04-17' });
  it.each([
    { on: '2025-05-20', fired: false, state: 'awaitingProviderContact' },
    { on: '2025-05-21', fired: true, state: 'awaitingProviderContact' },
    { on: '2025-05-21', fired: true, state: 'awaitingConfirmation' },
    { on: '2025-05-21', fired: false, state: 'advocacyActive' },
  ])('in state $state on $on: fired $fired', async ({ on, fired, state }) => {
    expect((await outcomeOf('iro-outcome-not-confirmed', referred(state), on)).fired).toBe(fired);
  });
});

describe('iro-repeated-declines: after 2 declines the IRO talks to the child privately', () => {
  const twice = () => declined(declined(lookedAfterChild({ lookedAfterSince: '2024-01-08' }), '2024-02-01'), '2024-08-01');
  it.each([
    { what: 'one decline', record: () => declined(lookedAfterChild({ lookedAfterSince: '2024-01-08' }), '2024-02-01'), fired: false },
    { what: 'two declines', record: twice, fired: true },
    { what: 'two declines, then a review where the IRO spoke to the child privately', record: () => withReview(twice(), '2024-08-20', { spokeToChildPrivately: true }), fired: false },
    { what: 'two declines, then a review without a private conversation', record: () => withReview(twice(), '2024-08-20'), fired: true },
  ])('$what: fired $fired', async ({ record, fired }) => {
    const outcome = await outcomeOf('iro-repeated-declines', record(), '2024-08-22');
    expect(outcome.fired).toBe(fired);
    if (fired) expect(outcome.dueOn).toBe('2024-08-30'); // 20 working days; the August bank holiday (26th) is not counted
  });

  it('an authority can ask for the conversation after the first decline', async () => {
    const record = declined(lookedAfterChild({ lookedAfterSince: '2024-01-08' }), '2024-02-01');
    expect((await outcomeOf('iro-repeated-declines', record, '2024-02-05', { 'iro-repeated-declines': { parameters: { declines: 1 } } })).fired).toBe(true);
  });
});

describe('iro-review-due: reviews within 20 working days, then 3 months, then every 6 months (reg 39)', () => {
  it.each([
    { what: 'first review, on its due date', since: '2025-01-06', reviews: [], on: '2025-02-03', dueOn: '2025-02-03', severity: 'due' },
    { what: 'first review, the day after', since: '2025-01-06', reviews: [], on: '2025-02-04', dueOn: '2025-02-03', severity: 'overdue' },
    { what: 'first review over Christmas and New Year', since: '2025-12-19', reviews: [], on: '2026-01-05', dueOn: '2026-01-21', severity: 'due' },
    { what: 'second review on a leap day', since: '2023-11-01', reviews: ['2023-11-29'], on: '2024-02-29', dueOn: '2024-02-29', severity: 'due' },
    { what: 'a later review 6 months on', since: '2023-11-01', reviews: ['2023-11-29', '2024-02-20'], on: '2024-08-01', dueOn: '2024-08-20', severity: 'due' },
  ])('$what', async ({ since, reviews, on, dueOn, severity }) => {
    const record = reviews.reduce((r, heldOn) => withReview(r, heldOn), lookedAfterChild({ lookedAfterSince: since }));
    expect(await outcomeOf('iro-review-due', record, on)).toEqual({ fired: true, dueOn, severity });
  });

  it('is not in the queue more than 28 days before the review is due', async () => {
    const record = withReview(lookedAfterChild({ lookedAfterSince: '2023-11-01' }), '2023-11-29');
    expect((await outcomeOf('iro-review-due', record, '2024-01-31')).fired).toBe(false);
    expect((await outcomeOf('iro-review-due', record, '2024-02-01')).fired).toBe(true);
  });

  it('is not due for a child who is no longer looked after', async () => {
    const record = stoppedBeingLookedAfter(lookedAfterChild({ lookedAfterSince: '2025-01-06' }), '2025-01-20');
    expect((await outcomeOf('iro-review-due', record, '2025-02-03')).fired).toBe(false);
  });
});

describe('early reviews: missing, risk of harm, the child\'s request, a proposal to stop looking after', () => {
  const reviewed = () => withReview(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2024-09-27');
  it.each([
    { rule: 'iro-early-review-missing', what: 'two episodes since the last review', record: () => withEpisode(withEpisode(reviewed(), '2025-04-10T20:00:00Z', '2025-04-11T08:00:00Z'), '2025-04-17T20:00:00Z', '2025-04-18T08:00:00Z'), fired: true, dueOn: '2025-05-06' },
    { rule: 'iro-early-review-missing', what: 'one episode since the last review', record: () => withEpisode(reviewed(), '2025-04-17T20:00:00Z', '2025-04-18T08:00:00Z'), fired: false, dueOn: null },
    { rule: 'iro-early-review-missing', what: 'missing now', record: () => withEpisode(reviewed(), '2025-04-17T20:00:00Z', null), fired: true, dueOn: '2025-05-06' },
    { rule: 'iro-early-review-risk-of-harm', what: 'a concern after the last review', record: () => withLifeEvent(reviewed(), 'risk-of-harm-concern', '2025-04-17'), fired: true, dueOn: '2025-04-28' },
    { rule: 'iro-early-review-risk-of-harm', what: 'a concern before the last review', record: () => withLifeEvent(reviewed(), 'risk-of-harm-concern', '2024-09-20'), fired: false, dueOn: null },
    { rule: 'iro-early-review-risk-of-harm', what: 'a concern about a child no longer looked after', record: () => withLifeEvent(stoppedBeingLookedAfter(reviewed(), '2025-03-01'), 'risk-of-harm-concern', '2025-04-17'), fired: false, dueOn: null },
    { rule: 'iro-early-review-child-request', what: 'the child asked', record: () => withLifeEvent(reviewed(), 'child-requested-review', '2025-04-17'), fired: true, dueOn: '2025-05-06' },
    { rule: 'iro-early-review-child-request', what: 'the child asked on the day of the last review', record: () => withLifeEvent(reviewed(), 'child-requested-review', '2024-09-27'), fired: false, dueOn: null },
    { rule: 'iro-early-review-child-request', what: 'nobody asked', record: reviewed, fired: false, dueOn: null },
    { rule: 'iro-early-review-stop-looking-after', what: 'a proposal to stop looking after', record: () => withLifeEvent(reviewed(), 'stop-looking-after-proposed', '2025-04-17'), fired: true, dueOn: '2025-05-06' },
    { rule: 'iro-early-review-stop-looking-after', what: 'a proposal before the last review', record: () => withLifeEvent(reviewed(), 'stop-looking-after-proposed', '2024-09-10'), fired: false, dueOn: null },
    { rule: 'iro-early-review-stop-looking-after', what: 'no proposal', record: reviewed, fired: false, dueOn: null },
  ])('$rule, $what: fired $fired', async ({ rule, record, fired, dueOn }) => {
    expect(await outcomeOf(rule, record(), '2025-04-22')).toMatchObject({ fired, dueOn });
  });

  it('several reasons make one early review, the earliest due date first', async () => {
    let record = withLifeEvent(reviewed(), 'risk-of-harm-concern', '2025-04-17');
    record = withLifeEvent(record, 'child-requested-review', '2025-04-17');
    const { dueItems } = await evaluateChild(record, '2025-04-22');
    const early = dueItems.filter((i) => i.kind === 'early-review');
    expect(early).toHaveLength(1);
    expect(early[0]).toMatchObject({ ruleId: 'iro-early-review-risk-of-harm', dueOn: '2025-04-28', facts: { firingRules: 'iro-early-review-risk-of-harm,iro-early-review-child-request' } });
  });
});

describe('iro-no-allocated-social-worker', () => {
  const left = () => socialWorkerLeft(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-04-16');
  it.each([
    { what: 'on the last day of the grace period (Easter inside it)', record: left, on: '2025-04-28', expected: { fired: true, dueOn: '2025-04-28', severity: 'due' } },
    { what: 'after the grace period', record: left, on: '2025-04-29', expected: { fired: true, dueOn: '2025-04-28', severity: 'urgent' } },
    { what: 'once a new social worker is allocated', record: () => withAllocation(left(), 'social-worker', '2025-04-25'), on: '2025-04-29', expected: { fired: false, dueOn: null, severity: null } },
  ])('$what', async ({ record, on, expected }) => {
    expect(await outcomeOf('iro-no-allocated-social-worker', record(), on)).toEqual(expected);
  });
});

describe('placements the IRO checks: children\'s homes without visiting advocacy, out of area, out of Wales', () => {
  const child = () => lookedAfterChild({ lookedAfterSince: '2024-09-02', authorityCode: 'W06000015' });
  it.each([
    { rule: 'iro-residential-without-visiting-advocacy', what: 'an independent home without a visiting advocate', place: { type: 'residential-independent', homeHasVisitingAdvocacy: false }, fired: true },
    { rule: 'iro-residential-without-visiting-advocacy', what: 'a home where it is not recorded', place: { type: 'residential-independent', homeHasVisitingAdvocacy: null }, fired: true },
    { rule: 'iro-residential-without-visiting-advocacy', what: 'a council home with a visiting advocate', place: { type: 'residential-la', homeHasVisitingAdvocacy: true }, fired: false },
    { rule: 'iro-residential-without-visiting-advocacy', what: 'foster care', place: { type: 'foster-agency' }, fired: false },
    { rule: 'iro-placed-out-of-area', what: 'another Welsh authority', place: { location: { kind: 'wales', authorityCode: 'W06000001' } }, fired: true },
    { rule: 'iro-placed-out-of-area', what: 'the home authority', place: { location: { kind: 'wales', authorityCode: 'W06000015' } }, fired: false },
    { rule: 'iro-placed-out-of-area', what: 'outside Wales (its own rule)', place: { location: { kind: 'outside-wales', description: 'Chester' } }, fired: false },
    { rule: 'iro-placed-out-of-wales', what: 'outside Wales', place: { location: { kind: 'outside-wales', description: 'Chester' } }, fired: true },
    { rule: 'iro-placed-out-of-wales', what: 'another Welsh authority', place: { location: { kind: 'wales', authorityCode: 'W06000001' } }, fired: false },
  ])('$rule for $what: fired $fired', async ({ rule, place, fired }) => {
    const outcome = await outcomeOf(rule, movedTo(child(), '2025-04-17', place as never), '2025-04-22');
    expect(outcome).toMatchObject({ fired, dueOn: fired ? '2025-05-06' : null });
  });

  it('does not flag a care leaver living outside Wales as a placed child', async () => {
    let record = movedTo(child(), '2025-04-17', { location: { kind: 'outside-wales', description: 'Chester' } });
    record = withEntitlement(stoppedBeingLookedAfter(record, '2025-04-30'), 'care-leaver', '2025-05-01');
    expect((await outcomeOf('iro-placed-out-of-wales', record, '2025-05-02')).fired).toBe(false);
  });
});
