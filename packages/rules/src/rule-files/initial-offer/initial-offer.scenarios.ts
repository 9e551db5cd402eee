// Scenario rows for the first Active Offer: referral, offer and outcome deadlines, and the
// adjustments to the offer (non-instructed advocacy, Welsh, an interpreter). Run by
// initial-offer.test.ts; counted for every rule by the rule book's test.
//
// Calendar notes: 18 and 21 April 2025 are Good Friday and Easter Monday, 5 May 2025 the early May
// bank holiday; 25, 26 December 2025 and 1 January 2026 are bank holidays; 2024 is a leap year.
import type { ChildRecord } from '@cynnig/domain';
import { accepted, declined, entitledChild, entitlementEndedOnCase, lookedAfterChild, stoppedBeingLookedAfter, withEntitlement, withLifeEvent, withRound } from '../../test-support/child-record-builder.js';
import { fires, quiet, type ScenarioTable } from '../../test-support/rule-scenario.js';

const since = (lookedAfterSince: string, options: Parameters<typeof lookedAfterChild>[0] = {}) => () => lookedAfterChild({ ...options, lookedAfterSince });
const referredOn = (triggeredOn: string, referred: string, state = 'awaitingProviderContact') => () => withRound(lookedAfterChild({ lookedAfterSince: triggeredOn }), { state, triggeredOn, referredOn: referred });
const offerMadeOn = (on: string, state = 'awaitingOutcome') => withRound(lookedAfterChild({ lookedAfterSince: '2025-01-06' }), { state, triggeredOn: '2025-01-06', referredOn: '2025-01-08', offerMadeOn: on });
const offerMade = (state: string) => () => withRound(lookedAfterChild({ lookedAfterSince: '2025-01-06' }), { state, triggeredOn: '2025-01-06', referredOn: '2025-01-08', offerMadeOn: '2025-01-10' });
/** Looked after from September 2024 until 16 April 2025 (the case then closed), a care leaver from 17 April. */
const backAsCareLeaver = (): ChildRecord => {
  const left = entitlementEndedOnCase(withRound(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), { state: 'awaitingReoffer', triggeredOn: '2024-09-02', childToldOn: '2024-09-03' }), '2025-04-16');
  return withEntitlement(stoppedBeingLookedAfter(left, '2025-04-16'), 'care-leaver', '2025-04-17');
};
/** A child in a given language with the offer made (so nothing is pending any more). */
const speakingWithOfferMade = (preferredLanguage: 'cy' | 'other') => () => withRound(lookedAfterChild({ lookedAfterSince: '2025-04-17', preferredLanguage }), { state: 'awaitingOutcome', triggeredOn: '2025-04-17', referredOn: '2025-04-22', offerMadeOn: '2025-04-23' });
/** Declined in January; a school move on 17 April makes the re-offer due 10 working days later (6 May). */
const reofferAfterSchoolMove = (options: Parameters<typeof lookedAfterChild>[0]) => () => withLifeEvent(declined(lookedAfterChild({ lookedAfterSince: '2024-09-02', ...options }), '2025-01-15'), 'school-move', '2025-04-17');

export const initialOfferScenarios: ScenarioTable = {
  'initial-offer-referral-due': [
    { when: 'is due on the last day (Monday 13 January, 5 working days after becoming looked after)', record: since('2025-01-06'), on: '2025-01-13', expected: fires('2025-01-13', 'due') },
    { when: 'is overdue the day after the last day', record: since('2025-01-06'), on: '2025-01-14', expected: fires('2025-01-13', 'overdue') },
    { when: 'does not count Good Friday and Easter Monday', record: since('2025-04-17'), on: '2025-04-22', expected: fires('2025-04-28', 'due') },
    { when: 'counts from a leap day', record: since('2024-02-29'), on: '2024-03-01', expected: fires('2024-03-07', 'due') },
    { when: 'is not due once the child has been referred', record: referredOn('2025-01-06', '2025-01-08'), on: '2025-01-20', expected: quiet },
    { when: 'follows the authority\'s own number of working days', record: since('2025-01-06'), on: '2025-01-07', overrides: { 'initial-offer-referral-due': { parameters: { referralWorkingDays: 2 } } }, expected: fires('2025-01-08', 'due') },
    { when: 'is due for a child whose child protection enquiries lead to an initial conference', record: () => entitledChild('child-protection', '2025-04-17'), on: '2025-04-22', expected: fires('2025-04-28', 'due') },
    { when: 'is due for a young person who becomes a care leaver', record: () => entitledChild('care-leaver', '2025-04-17'), on: '2025-04-28', expected: fires('2025-04-28', 'due') },
    { when: 'counts from leaving care when the case had closed with the looked after entitlement', record: backAsCareLeaver, on: '2025-04-29', expected: fires('2025-04-28', 'overdue') },
    { when: 'is not due for a child with care and support needs only (issue-based advocacy on request)', record: () => entitledChild('care-and-support', '2025-04-17'), on: '2025-04-22', expected: quiet },
  ],
  'initial-offer-offer-due': [
    { when: 'counts from the referral deadline while the child is not yet referred', record: since('2025-01-06'), on: '2025-01-27', expected: fires('2025-01-27', 'due') },
    { when: 'counts from the referral once made, and is overdue the day after', record: referredOn('2025-01-06', '2025-01-08'), on: '2025-01-23', expected: fires('2025-01-22', 'overdue') },
    { when: 'skips Christmas, Boxing Day and New Year\'s Day', record: referredOn('2025-12-17', '2025-12-19'), on: '2026-01-07', expected: fires('2026-01-07', 'due') },
    { when: 'is not due once the offer has been made', record: offerMade('awaitingOutcome'), on: '2025-02-20', expected: quiet },
    { when: 'is not due once the child has an advocate', record: offerMade('advocacyActive'), on: '2025-02-20', expected: quiet },
    { when: 'is due for a child whose child protection enquiries lead to an initial conference', record: () => entitledChild('child-protection', '2025-01-06'), on: '2025-01-27', expected: fires('2025-01-27', 'due') },
    { when: 'is due again, from the new entitlement, for a care leaver whose case closed when they left care', record: backAsCareLeaver, on: '2025-05-14', expected: fires('2025-05-13', 'overdue') },
  ],
  'initial-offer-outcome-due': [
    { when: 'is due on the tenth working day after the offer', record: () => offerMadeOn('2025-02-03'), on: '2025-02-17', expected: fires('2025-02-17', 'due') },
    { when: 'is overdue the day after', record: () => offerMadeOn('2025-02-03'), on: '2025-02-18', expected: fires('2025-02-17', 'overdue') },
    { when: 'does not count the Easter bank holidays', record: () => offerMadeOn('2025-04-11'), on: '2025-04-22', expected: fires('2025-04-29', 'due') },
    { when: 'is not due before the offer is made', record: () => offerMadeOn('2025-02-03', 'awaitingReferral'), on: '2025-02-10', expected: quiet },
  ],
  'initial-offer-non-instructed-advocacy': [
    { when: 'prompts for a child of 4, with the offer\'s due date', record: since('2025-02-24', { dateOfBirth: '2020-06-01' }), on: '2025-03-01', expected: fires('2025-03-17', 'info') },
    { when: 'does not prompt for a child who turns 5 on the reference date', record: since('2025-02-24', { dateOfBirth: '2020-03-01' }), on: '2025-03-01', expected: quiet },
    { when: 'prompts for a child who is 4 until the day before their fifth birthday', record: since('2025-02-24', { dateOfBirth: '2020-03-01' }), on: '2025-02-28', expected: fires('2025-03-17', 'info') },
    { when: 'prompts for a child of 12 with profound and multiple learning disabilities', record: since('2025-02-24', { dateOfBirth: '2012-06-01', communicationNeeds: ['pmld'] }), on: '2025-03-01', expected: fires('2025-03-17', 'info') },
    { when: 'does not prompt for a child of 12 with no such needs', record: since('2025-02-24', { dateOfBirth: '2012-06-01' }), on: '2025-03-01', expected: quiet },
    { when: 'raises the age limit when the authority does', record: since('2025-02-24', { dateOfBirth: '2020-03-01' }), on: '2025-03-01', overrides: { 'initial-offer-non-instructed-advocacy': { parameters: { underAge: 6 } } }, expected: fires('2025-03-17', 'info') },
    { when: 'stays for information after the offer\'s due date has passed', record: since('2025-02-24', { dateOfBirth: '2022-01-01' }), on: '2025-03-18', expected: fires('2025-03-17', 'info') },
    { when: 'is not prompted while the child has an advocate', record: () => accepted(lookedAfterChild({ lookedAfterSince: '2025-02-24', dateOfBirth: '2022-01-01' }), '2025-02-26'), on: '2025-03-01', expected: quiet },
  ],
  'initial-offer-welsh-language-offer': [
    { when: 'prompts for a Welsh speaker, due with the first offer (Easter not counted)', record: since('2025-04-17', { preferredLanguage: 'cy' }), on: '2025-04-22', expected: fires('2025-05-13', 'info') },
    { when: 'still prompts on the day the offer is due', record: since('2025-04-17', { preferredLanguage: 'cy' }), on: '2025-05-13', expected: fires('2025-05-13', 'info') },
    { when: 'stays for information the day after the offer was due', record: since('2025-04-17', { preferredLanguage: 'cy' }), on: '2025-05-14', expected: fires('2025-05-13', 'info') },
    { when: 'does not prompt for an English speaker', record: since('2025-04-17', { preferredLanguage: 'en' }), on: '2025-04-22', expected: quiet },
    { when: 'is no longer prompted once the offer has been made', record: speakingWithOfferMade('cy'), on: '2025-04-24', expected: quiet },
    { when: 'stays quiet while the child has an advocate', record: () => accepted(lookedAfterChild({ lookedAfterSince: '2025-04-17', preferredLanguage: 'cy' }), '2025-04-20'), on: '2025-04-22', expected: quiet },
    { when: 'prompts again before a re-offer, due with it', record: reofferAfterSchoolMove({ preferredLanguage: 'cy' }), on: '2025-04-22', expected: fires('2025-05-06', 'info') },
  ],
  'initial-offer-interpreter-needed': [
    { when: 'prompts for a child whose language is neither English nor Welsh, due with the first offer (Easter not counted)', record: since('2025-04-17', { preferredLanguage: 'other' }), on: '2025-04-22', expected: fires('2025-05-13', 'info') },
    { when: 'prompts for a child who uses British Sign Language', record: since('2025-04-17', { communicationNeeds: ['bsl'] }), on: '2025-04-22', expected: fires('2025-05-13', 'info') },
    { when: 'stays for information the day after the offer was due', record: since('2025-04-17', { preferredLanguage: 'other' }), on: '2025-05-14', expected: fires('2025-05-13', 'info') },
    { when: 'does not prompt for a Welsh speaker', record: since('2025-04-17', { preferredLanguage: 'cy' }), on: '2025-04-22', expected: quiet },
    { when: 'is no longer prompted once the offer has been made', record: speakingWithOfferMade('other'), on: '2025-04-24', expected: quiet },
    { when: 'prompts again before a re-offer, due with it', record: reofferAfterSchoolMove({ preferredLanguage: 'other' }), on: '2025-04-22', expected: fires('2025-05-06', 'info') },
  ],
};
