// Scenario rows for the re-offer rules: each trigger, the periodic re-offer after a decline, the
// re-offer before a review, and a re-offer round under way. Run by reoffer.test.ts; counted for
// every rule by the rule book's test.
//
// Each trigger happens on Thursday 17 April 2025, the day before Good Friday: Good Friday (18) and
// Easter Monday (21) fall inside every working-day count, and 5 May is the early May bank holiday.
// 2 working days later is 23 April, 5 is 28 April, 10 is 6 May.
import type { ChildRecord, IsoDate } from '@cynnig/domain';
import { accepted, declined, entitledChild, lookedAfterChild, movedTo, socialWorkerLeft, withAllocation, withEpisode, withLifeEvent, withReview, withRound } from '../../test-support/child-record-builder.js';
import { fires, quiet, type RuleScenario, type ScenarioTable } from '../../test-support/rule-scenario.js';

export const TRIGGER: IsoDate = '2025-04-17';

export interface ReofferTrigger {
  readonly rule: string;
  readonly workingDays: number;
  readonly dueOn: IsoDate;
  /** The severity once the due date has passed. */
  readonly lateSeverity: 'overdue' | 'urgent';
  readonly apply: (record: ChildRecord, on: IsoDate) => ChildRecord;
  /** For the birthday triggers: the date of birth that makes `on` the birthday. */
  readonly dateOfBirth?: (on: IsoDate) => IsoDate;
}

const yearsBefore = (on: IsoDate, years: number) => `${Number(on.slice(0, 4)) - years}${on.slice(4)}`;
export const reofferTriggers: readonly ReofferTrigger[] = [
  { rule: 'reoffer-placement-move', workingDays: 10, dueOn: '2025-05-06', lateSeverity: 'overdue', apply: (r, on) => movedTo(r, on) },
  { rule: 'reoffer-out-of-area-move', workingDays: 5, dueOn: '2025-04-28', lateSeverity: 'urgent', apply: (r, on) => movedTo(r, on, { location: { kind: 'outside-wales', description: 'Hereford' }, distanceFromHomeKm: 90 }) },
  { rule: 'reoffer-school-move', workingDays: 10, dueOn: '2025-05-06', lateSeverity: 'overdue', apply: (r, on) => withLifeEvent(r, 'school-move', on) },
  { rule: 'reoffer-missing-return', workingDays: 5, dueOn: '2025-04-28', lateSeverity: 'overdue', apply: (r, on) => withEpisode(r, `${on}T01:00:00Z`, `${on}T09:00:00Z`, { conversationOfferedAt: `${on}T12:00:00Z` }) },
  { rule: 'reoffer-complaint', workingDays: 5, dueOn: '2025-04-28', lateSeverity: 'overdue', apply: (r, on) => withLifeEvent(r, 'complaint', on) },
  { rule: 'reoffer-social-worker-change', workingDays: 10, dueOn: '2025-05-06', lateSeverity: 'overdue', apply: (r, on) => withAllocation(socialWorkerLeft(r, on), 'social-worker', on) },
  { rule: 'reoffer-iro-change', workingDays: 10, dueOn: '2025-05-06', lateSeverity: 'overdue', apply: (r, on) => withAllocation(withAllocation(r, 'iro', '2024-09-02', on), 'iro', on) },
  { rule: 'reoffer-legal-status-change', workingDays: 10, dueOn: '2025-05-06', lateSeverity: 'overdue', apply: (r, on) => withLifeEvent(r, 'care-proceedings-milestone', on) },
  { rule: 'reoffer-turning-16', workingDays: 10, dueOn: '2025-05-06', lateSeverity: 'overdue', apply: (r) => r, dateOfBirth: (on) => yearsBefore(on, 16) },
  { rule: 'reoffer-leaving-care-18', workingDays: 10, dueOn: '2025-05-06', lateSeverity: 'overdue', apply: (r) => r, dateOfBirth: (on) => yearsBefore(on, 18) },
  { rule: 'reoffer-stop-looking-after', workingDays: 5, dueOn: '2025-04-28', lateSeverity: 'overdue', apply: (r, on) => withLifeEvent(r, 'stop-looking-after-proposed', on) },
  { rule: 'reoffer-child-protection-conference', workingDays: 10, dueOn: '2025-05-06', lateSeverity: 'overdue', apply: (r, on) => withLifeEvent(r, 'child-protection-conference', on) },
  { rule: 'reoffer-secure-or-custody', workingDays: 5, dueOn: '2025-04-28', lateSeverity: 'urgent', apply: (r, on) => withLifeEvent(r, 'entered-secure-or-custody', on) },
  { rule: 'reoffer-child-asked-for-advocate', workingDays: 2, dueOn: '2025-04-23', lateSeverity: 'overdue', apply: (r, on) => withLifeEvent(r, 'child-requested-advocate', on) },
];

/** A looked after child who declined on 15 January 2025; the trigger then happens on `on`. */
export function declinedThen(trigger: ReofferTrigger, on: IsoDate, declinedOn: IsoDate = '2025-01-15'): ChildRecord {
  const base = lookedAfterChild({ lookedAfterSince: '2024-09-02', dateOfBirth: trigger.dateOfBirth?.(on) ?? '2012-05-01' });
  return trigger.apply(declined(base, declinedOn), on);
}

const dayAfter = (date: IsoDate): IsoDate => new Date(Date.parse(`${date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const dayBefore = (date: IsoDate): IsoDate => new Date(Date.parse(`${date}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** The rows every trigger shares: its working days across Easter, its last day, the day after, and when it does not count. */
function triggerRows(trigger: ReofferTrigger): RuleScenario[] {
  const rows: RuleScenario[] = [
    { when: `is due ${trigger.workingDays} working days after the trigger, Easter not counted`, record: () => declinedThen(trigger, TRIGGER), on: '2025-04-22', expected: fires(trigger.dueOn, 'due') },
    { when: 'is still due on its last day', record: () => declinedThen(trigger, TRIGGER), on: trigger.dueOn, expected: fires(trigger.dueOn, 'due') },
    { when: `is ${trigger.lateSeverity} the day after its last day`, record: () => declinedThen(trigger, TRIGGER), on: dayAfter(trigger.dueOn), expected: fires(trigger.dueOn, trigger.lateSeverity) },
    { when: 'does not count a trigger on the day the last round closed', record: () => declinedThen(trigger, '2025-01-15'), on: '2025-04-22', expected: quiet },
    {
      when: 'stays quiet while the child has an advocate',
      record: () => trigger.apply(accepted(lookedAfterChild({ lookedAfterSince: '2024-09-02', dateOfBirth: trigger.dateOfBirth?.(TRIGGER) ?? '2012-05-01' }), '2025-01-15'), TRIGGER),
      on: '2025-04-22',
      expected: quiet,
    },
  ];
  if (trigger.dateOfBirth) {
    rows.push(
      { when: 'fires on the birthday itself', record: () => declinedThen(trigger, TRIGGER), on: TRIGGER, expected: fires(trigger.dueOn, 'due') },
      { when: 'does not fire the day before the birthday', record: () => declinedThen(trigger, TRIGGER), on: dayBefore(TRIGGER), expected: quiet },
    );
  }
  return rows;
}

// looked after 2 Sep 2024; reviews 27 Sep and 20 Dec 2024; the next is due 20 June 2025, the
// re-offer 7 days before it (13 June), and the 28-day window opens on 23 May.
const reviewed = (declinedOn = '2025-01-15') => () => declined(withReview(withReview(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2024-09-27'), '2024-12-20'), declinedOn);
const reviewedOnLeapYear = () => {
  let record = lookedAfterChild({ lookedAfterSince: '2023-03-01' });
  record = withReview(withReview(withReview(record, '2023-03-29'), '2023-06-29'), '2023-08-29');
  return declined(record, '2023-09-10');
};
const reofferRound = (round: Record<string, string | null | undefined> = {}) => () =>
  withRound(declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15'), { state: 'awaitingReferral', triggeredOn: TRIGGER, trigger: 'school-move', ...round } as never);
const declinedOn = (on: IsoDate, since = '2023-06-01') => () => declined(lookedAfterChild({ lookedAfterSince: since }), on);

export const reofferScenarios: ScenarioTable = {
  ...Object.fromEntries(reofferTriggers.map((trigger) => [trigger.rule, triggerRows(trigger)])),
  'reoffer-periodic-after-decline': [
    { when: 'is due 6 months after the decline, on the due date itself', record: declinedOn('2024-08-31'), on: '2025-02-28', expected: fires('2025-02-28', 'due') },
    { when: 'is overdue the day after', record: declinedOn('2024-08-31'), on: '2025-03-01', expected: fires('2025-02-28', 'overdue') },
    { when: 'lands on a leap day', record: declinedOn('2023-08-29'), on: '2024-01-10', expected: fires('2024-02-29', 'due') },
    { when: 'runs from the last day of August into a leap February', record: declinedOn('2023-08-31'), on: '2024-01-10', expected: fires('2024-02-29', 'due') },
    { when: 'follows an authority that re-offers after 3 months', record: declinedOn('2024-08-31'), on: '2024-10-01', overrides: { 'reoffer-periodic-after-decline': { parameters: { months: 3 } } }, expected: fires('2024-11-30', 'due') },
    { when: 'counts from the end of advocacy once an accepted offer has run its course', record: () => accepted(lookedAfterChild({ lookedAfterSince: '2024-06-01' }), '2024-07-01', '2025-01-10'), on: '2025-02-01', expected: fires('2025-07-10', 'due') },
    { when: 'is suppressed while advocacy is under way', record: () => accepted(lookedAfterChild({ lookedAfterSince: '2024-06-01' }), '2024-07-01'), on: '2025-02-01', expected: quiet },
    { when: 'is due for a care leaver who declined', record: () => declined(entitledChild('care-leaver', '2024-06-03'), '2024-08-30'), on: '2025-02-28', expected: fires('2025-02-28', 'due') },
  ],
  'reoffer-review-coming-up': [
    { when: 'is not due the day before the 28-day window opens', record: reviewed(), on: '2025-05-22', expected: quiet },
    { when: 'is due from the day the window opens, 7 days before the review', record: reviewed(), on: '2025-05-23', expected: fires('2025-06-13', 'due') },
    { when: 'is still due on its last day', record: reviewed(), on: '2025-06-13', expected: fires('2025-06-13', 'due') },
    { when: 'is overdue the day after, while the review has not been held', record: reviewed(), on: '2025-06-14', expected: fires('2025-06-13', 'overdue') },
    { when: 'does not ask again when the child declined after the window opened', record: reviewed('2025-05-26'), on: '2025-06-01', expected: quiet },
    { when: 'handles a review falling due on a leap day', record: reviewedOnLeapYear, on: '2024-02-01', expected: fires('2024-02-22', 'due') },
  ],
  'reoffer-round-in-progress': [
    { when: 'is due 5 + 10 working days after the trigger before the referral', record: reofferRound(), on: '2025-04-22', expected: fires('2025-05-13', 'due') },
    { when: 'is still due on its last day', record: reofferRound(), on: '2025-05-13', expected: fires('2025-05-13', 'due') },
    { when: 'is overdue the day after its last day', record: reofferRound(), on: '2025-05-14', expected: fires('2025-05-13', 'overdue') },
    { when: 'is due 10 working days after the referral once made', record: reofferRound({ state: 'awaitingProviderContact', referredOn: TRIGGER }), on: '2025-04-22', expected: fires('2025-05-06', 'due') },
    { when: 'is no longer due once the offer has been made', record: reofferRound({ state: 'awaitingOutcome', referredOn: TRIGGER, offerMadeOn: '2025-04-23' }), on: '2025-04-24', expected: quiet },
  ],
};
