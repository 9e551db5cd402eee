// Scenario rows for oversight: what the IRO sees about looked after children (overdue offers,
// reviews, early reviews, placements, allocation) and what the team manager sees instead for a
// child entitled without being looked after, who has no IRO. Run by iro-oversight.test.ts;
// counted for every rule by the rule book's test.
//
// Calendar notes: 18 and 21 April 2025 are Good Friday and Easter Monday, 5 May 2025 the early May
// bank holiday, 26 August 2024 the summer bank holiday; 2024 is a leap year.
import type { ChildRecord } from '@cynnig/domain';
import {
  accepted,
  declined,
  entitledChild,
  lookedAfterChild,
  movedTo,
  socialWorkerLeft,
  stoppedBeingLookedAfter,
  withAllocation,
  withEntitlement,
  withEpisode,
  withLifeEvent,
  withReview,
  withRound,
} from '../../test-support/child-record-builder.js';
import { fires, quiet, type ScenarioTable } from '../../test-support/rule-scenario.js';

/** Looked after from 6 January 2025 with no offer made: the first offer is due on 27 January. */
const waitingSince = (since = '2025-01-06') => () => lookedAfterChild({ lookedAfterSince: since });
/** Declined in January, then a school move on 17 April: the re-offer is due on 6 May. */
const schoolMoveAfterDecline = (child: () => ChildRecord = () => lookedAfterChild({ lookedAfterSince: '2024-09-02' })) => () => withLifeEvent(declined(child(), '2025-01-15'), 'school-move', '2025-04-17');
const careLeaverSince = (since = '2024-09-02') => () => entitledChild('care-leaver', since);
const childProtectionSince = (since = '2024-09-02') => () => entitledChild('child-protection', since);
/** Referred on 17 April 2025: an outcome is expected within 20 working days, by 20 May. */
const referred = (state = 'awaitingProviderContact', child: () => ChildRecord = () => lookedAfterChild({ lookedAfterSince: '2025-04-15' })) => () =>
  withRound(child(), { state, triggeredOn: '2025-04-15', referredOn: '2025-04-17' });
/** Declined on 1 February and 1 August 2024: the private conversation is due 20 working days after the second, on 30 August. */
const declinedTwice = (child: () => ChildRecord = () => lookedAfterChild({ lookedAfterSince: '2024-01-08' })) => () => declined(declined(child(), '2024-02-01'), '2024-08-01');
const reviewsSince = (since: string, reviews: string[]) => () => reviews.reduce((record, heldOn) => withReview(record, heldOn), lookedAfterChild({ lookedAfterSince: since }));
/** Looked after since September 2024, last reviewed on 27 September 2024. */
const reviewed = () => withReview(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2024-09-27');
const twoEpisodes = () => withEpisode(withEpisode(reviewed(), '2025-04-10T20:00:00Z', '2025-04-11T08:00:00Z'), '2025-04-17T20:00:00Z', '2025-04-18T08:00:00Z');
const lifeEvent = (kind: Parameters<typeof withLifeEvent>[1], on: string, base: () => ChildRecord = reviewed) => () => withLifeEvent(base(), kind, on);
const socialWorkerGone = () => socialWorkerLeft(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-04-16');
/** A looked after child of Cardiff (W06000015) moved on 17 April 2025: the IRO checks by 6 May. */
const placedIn = (placement: Parameters<typeof movedTo>[2]) => () => movedTo(lookedAfterChild({ lookedAfterSince: '2024-09-02', authorityCode: 'W06000015' }), '2025-04-17', placement);
/** The same move, after which the child left care on 30 April and became a care leaver, still living there. */
const stillThereAsCareLeaver = (placement: Parameters<typeof movedTo>[2]) => () =>
  withEntitlement(stoppedBeingLookedAfter(placedIn(placement)(), '2025-04-30'), 'care-leaver', '2025-05-01');
const independentHome = { type: 'residential-independent', homeHasVisitingAdvocacy: false } as const;
const anotherWelshAuthority = { location: { kind: 'wales', authorityCode: 'W06000001' } } as const;
const outsideWales = { location: { kind: 'outside-wales', description: 'Chester' } } as const;

export const iroOversightScenarios: ScenarioTable = {
  'iro-initial-offer-overdue': [
    { when: 'is not raised on the due date', record: waitingSince(), on: '2025-01-27', expected: quiet },
    { when: 'is raised the working day after', record: waitingSince(), on: '2025-01-28', expected: fires('2025-01-27', 'overdue') },
    { when: 'does not count the Easter bank holidays in the offer\'s deadline', record: waitingSince('2025-03-24'), on: '2025-04-22', expected: fires('2025-04-14', 'overdue') },
    { when: 'moves with the authority\'s offer deadline', record: waitingSince(), on: '2025-01-28', overrides: { 'initial-offer-offer-due': { parameters: { offerWorkingDays: 15 } } }, expected: quiet },
    { when: 'is not raised for a child protection entitlement: the child has no IRO', record: childProtectionSince('2025-01-06'), on: '2025-01-28', expected: quiet },
    { when: 'is not raised for a care leaver: the young person has no IRO', record: careLeaverSince('2025-01-06'), on: '2025-01-28', expected: quiet },
  ],
  'team-manager-initial-offer-overdue': [
    { when: 'is not raised on the due date', record: childProtectionSince('2025-01-06'), on: '2025-01-27', expected: quiet },
    { when: 'is raised the working day after for a child whose child protection enquiries lead to a conference', record: childProtectionSince('2025-01-06'), on: '2025-01-28', expected: fires('2025-01-27', 'overdue') },
    { when: 'is raised for a care leaver whose offer is late', record: careLeaverSince('2025-03-24'), on: '2025-04-22', expected: fires('2025-04-14', 'overdue') },
    { when: 'is not raised for a looked after child (the IRO sees it)', record: waitingSince(), on: '2025-01-28', expected: quiet },
  ],
  'iro-reoffer-overdue': [
    { when: 'is not raised on the re-offer\'s due date', record: schoolMoveAfterDecline(), on: '2025-05-06', expected: quiet },
    { when: 'is raised the day after', record: schoolMoveAfterDecline(), on: '2025-05-07', expected: fires('2025-05-06', 'overdue') },
    { when: 'is quiet while the child has an advocate', record: () => withLifeEvent(accepted(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15'), 'school-move', '2025-04-17'), on: '2025-06-01', expected: quiet },
    { when: 'is not raised for a care leaver: the young person has no IRO', record: schoolMoveAfterDecline(careLeaverSince()), on: '2025-05-07', expected: quiet },
  ],
  'team-manager-reoffer-overdue': [
    { when: 'is not raised on the re-offer\'s due date', record: schoolMoveAfterDecline(careLeaverSince()), on: '2025-05-06', expected: quiet },
    { when: 'is raised the day after for a care leaver', record: schoolMoveAfterDecline(careLeaverSince()), on: '2025-05-07', expected: fires('2025-05-06', 'overdue') },
    { when: 'is raised for a child on a child protection entitlement', record: schoolMoveAfterDecline(childProtectionSince()), on: '2025-05-07', expected: fires('2025-05-06', 'overdue') },
    { when: 'is not raised for a looked after child (the IRO sees it)', record: schoolMoveAfterDecline(), on: '2025-05-07', expected: quiet },
  ],
  'iro-outcome-not-confirmed': [
    { when: 'is not raised on the twentieth working day after the referral (Easter and May Day not counted)', record: referred(), on: '2025-05-20', expected: quiet },
    { when: 'is raised the day after while the provider has not made contact', record: referred(), on: '2025-05-21', expected: fires('2025-05-20', 'overdue') },
    { when: 'is raised while the outcome waits to be confirmed', record: referred('awaitingConfirmation'), on: '2025-05-21', expected: fires('2025-05-20', 'overdue') },
    { when: 'is not raised once the child has an advocate', record: referred('advocacyActive'), on: '2025-05-21', expected: quiet },
    { when: 'is not raised for a child protection entitlement: the provider\'s own overdue item stands', record: referred('awaitingProviderContact', childProtectionSince('2025-04-15')), on: '2025-05-21', expected: quiet },
  ],
  'iro-repeated-declines': [
    { when: 'is not raised after one decline', record: () => declined(lookedAfterChild({ lookedAfterSince: '2024-01-08' }), '2024-02-01'), on: '2024-08-22', expected: quiet },
    { when: 'is raised after two, due 20 working days after the second (the August bank holiday not counted)', record: declinedTwice(), on: '2024-08-22', expected: fires('2024-08-30', 'due') },
    { when: 'is overdue the working day after', record: declinedTwice(), on: '2024-09-02', expected: fires('2024-08-30', 'overdue') },
    { when: 'is cleared by a review where the IRO spoke to the child privately', record: () => withReview(declinedTwice()(), '2024-08-20', { spokeToChildPrivately: true }), on: '2024-08-22', expected: quiet },
    { when: 'stays after a review without a private conversation', record: () => withReview(declinedTwice()(), '2024-08-20'), on: '2024-08-22', expected: fires('2024-08-30', 'due') },
    { when: 'can be asked for after the first decline', record: () => declined(lookedAfterChild({ lookedAfterSince: '2024-01-08' }), '2024-02-01'), on: '2024-02-05', overrides: { 'iro-repeated-declines': { parameters: { declines: 1 } } }, expected: fires('2024-02-29', 'due') },
    { when: 'is not raised for a care leaver who declined twice: the young person has no IRO', record: declinedTwice(careLeaverSince('2024-01-08')), on: '2024-08-22', expected: quiet },
  ],
  'iro-review-due': [
    { when: 'first review, on its due date', record: reviewsSince('2025-01-06', []), on: '2025-02-03', expected: fires('2025-02-03', 'due') },
    { when: 'first review, the day after', record: reviewsSince('2025-01-06', []), on: '2025-02-04', expected: fires('2025-02-03', 'overdue') },
    { when: 'first review over Christmas and New Year', record: reviewsSince('2025-12-19', []), on: '2026-01-05', expected: fires('2026-01-21', 'due') },
    { when: 'second review on a leap day', record: reviewsSince('2023-11-01', ['2023-11-29']), on: '2024-02-29', expected: fires('2024-02-29', 'due') },
    { when: 'a later review 6 months on', record: reviewsSince('2023-11-01', ['2023-11-29', '2024-02-20']), on: '2024-08-01', expected: fires('2024-08-20', 'due') },
    { when: 'not in the queue 29 days before the review is due', record: reviewsSince('2023-11-01', ['2023-11-29']), on: '2024-01-31', expected: quiet },
    { when: 'in the queue 28 days before the review is due', record: reviewsSince('2023-11-01', ['2023-11-29']), on: '2024-02-01', expected: fires('2024-02-29', 'due') },
    { when: 'not due for a child who is no longer looked after', record: () => stoppedBeingLookedAfter(lookedAfterChild({ lookedAfterSince: '2025-01-06' }), '2025-01-20'), on: '2025-02-03', expected: quiet },
    { when: 'not due for a child on a child protection entitlement', record: childProtectionSince('2025-01-06'), on: '2025-02-03', expected: quiet },
  ],
  'iro-early-review-missing': [
    { when: 'two episodes since the last review: due 10 working days after the latest began (Easter not counted)', record: twoEpisodes, on: '2025-04-22', expected: fires('2025-05-06', 'due') },
    { when: 'two episodes, on the last day', record: twoEpisodes, on: '2025-05-06', expected: fires('2025-05-06', 'due') },
    { when: 'two episodes, the day after the last day', record: twoEpisodes, on: '2025-05-07', expected: fires('2025-05-06', 'overdue') },
    { when: 'one episode since the last review', record: () => withEpisode(reviewed(), '2025-04-17T20:00:00Z', '2025-04-18T08:00:00Z'), on: '2025-04-22', expected: quiet },
    { when: 'missing now', record: () => withEpisode(reviewed(), '2025-04-17T20:00:00Z', null), on: '2025-04-22', expected: fires('2025-05-06', 'due') },
  ],
  'iro-early-review-risk-of-harm': [
    { when: 'a concern after the last review: due 5 working days later (Easter not counted)', record: lifeEvent('risk-of-harm-concern', '2025-04-17'), on: '2025-04-22', expected: fires('2025-04-28', 'due') },
    { when: 'on the last day', record: lifeEvent('risk-of-harm-concern', '2025-04-17'), on: '2025-04-28', expected: fires('2025-04-28', 'due') },
    { when: 'urgent the day after the last day', record: lifeEvent('risk-of-harm-concern', '2025-04-17'), on: '2025-04-29', expected: fires('2025-04-28', 'urgent') },
    { when: 'a concern before the last review', record: lifeEvent('risk-of-harm-concern', '2024-09-20'), on: '2025-04-22', expected: quiet },
    { when: 'a concern about a child no longer looked after', record: lifeEvent('risk-of-harm-concern', '2025-04-17', () => stoppedBeingLookedAfter(reviewed(), '2025-03-01')), on: '2025-04-22', expected: quiet },
  ],
  'iro-early-review-child-request': [
    { when: 'the child asked: due 10 working days later (Easter and May Day not counted)', record: lifeEvent('child-requested-review', '2025-04-17'), on: '2025-04-22', expected: fires('2025-05-06', 'due') },
    { when: 'the child asked, the day after the last day', record: lifeEvent('child-requested-review', '2025-04-17'), on: '2025-05-07', expected: fires('2025-05-06', 'overdue') },
    { when: 'the child asked on the day of the last review', record: lifeEvent('child-requested-review', '2024-09-27'), on: '2025-04-22', expected: quiet },
    { when: 'nobody asked', record: reviewed, on: '2025-04-22', expected: quiet },
  ],
  'iro-early-review-stop-looking-after': [
    { when: 'a proposal to stop looking after: due 10 working days later (Easter and May Day not counted)', record: lifeEvent('stop-looking-after-proposed', '2025-04-17'), on: '2025-04-22', expected: fires('2025-05-06', 'due') },
    { when: 'a proposal, on the last day', record: lifeEvent('stop-looking-after-proposed', '2025-04-17'), on: '2025-05-06', expected: fires('2025-05-06', 'due') },
    { when: 'a proposal, the day after the last day', record: lifeEvent('stop-looking-after-proposed', '2025-04-17'), on: '2025-05-07', expected: fires('2025-05-06', 'overdue') },
    { when: 'a proposal before the last review', record: lifeEvent('stop-looking-after-proposed', '2024-09-10'), on: '2025-04-22', expected: quiet },
    { when: 'no proposal', record: reviewed, on: '2025-04-22', expected: quiet },
  ],
  'iro-no-allocated-social-worker': [
    { when: 'on the last day of the grace period (Easter inside it)', record: socialWorkerGone, on: '2025-04-28', expected: fires('2025-04-28', 'due') },
    { when: 'after the grace period', record: socialWorkerGone, on: '2025-04-29', expected: fires('2025-04-28', 'urgent') },
    { when: 'once a new social worker is allocated', record: () => withAllocation(socialWorkerGone(), 'social-worker', '2025-04-25'), on: '2025-04-29', expected: quiet },
  ],
  'iro-residential-without-visiting-advocacy': [
    { when: 'an independent home without a visiting advocate: due 10 working days after the move', record: placedIn(independentHome), on: '2025-04-22', expected: fires('2025-05-06', 'due') },
    { when: 'a home where it is not recorded', record: placedIn({ type: 'residential-independent', homeHasVisitingAdvocacy: null }), on: '2025-04-22', expected: fires('2025-05-06', 'due') },
    { when: 'an independent home, the day after the last day', record: placedIn(independentHome), on: '2025-05-07', expected: fires('2025-05-06', 'overdue') },
    { when: 'a council home with a visiting advocate', record: placedIn({ type: 'residential-la', homeHasVisitingAdvocacy: true }), on: '2025-04-22', expected: quiet },
    { when: 'foster care', record: placedIn({ type: 'foster-agency' }), on: '2025-04-22', expected: quiet },
    { when: 'a care leaver still living in the home: the young person has no IRO', record: stillThereAsCareLeaver(independentHome), on: '2025-05-02', expected: quiet },
  ],
  'iro-placed-out-of-area': [
    { when: 'another Welsh authority: for information, by 10 working days after the move', record: placedIn(anotherWelshAuthority), on: '2025-04-22', expected: fires('2025-05-06', 'info') },
    { when: 'another Welsh authority, still for information after that day', record: placedIn(anotherWelshAuthority), on: '2025-05-07', expected: fires('2025-05-06', 'info') },
    { when: 'the home authority', record: placedIn({ location: { kind: 'wales', authorityCode: 'W06000015' } }), on: '2025-04-22', expected: quiet },
    { when: 'outside Wales (its own rule)', record: placedIn(outsideWales), on: '2025-04-22', expected: quiet },
    { when: 'a care leaver living in another authority\'s area', record: stillThereAsCareLeaver(anotherWelshAuthority), on: '2025-05-02', expected: quiet },
  ],
  'iro-placed-out-of-wales': [
    { when: 'outside Wales: due 10 working days after the move', record: placedIn(outsideWales), on: '2025-04-22', expected: fires('2025-05-06', 'due') },
    { when: 'outside Wales, the day after the last day', record: placedIn(outsideWales), on: '2025-05-07', expected: fires('2025-05-06', 'overdue') },
    { when: 'another Welsh authority', record: placedIn(anotherWelshAuthority), on: '2025-04-22', expected: quiet },
    { when: 'a care leaver living outside Wales', record: stillThereAsCareLeaver(outsideWales), on: '2025-05-02', expected: quiet },
  ],
};
