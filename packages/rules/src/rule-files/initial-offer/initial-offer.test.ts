import { describe, expect, it } from 'vitest';
import { accepted, lookedAfterChild, withRound } from '../../test-support/child-record-builder.js';
import { outcomeOf } from '../../test-support/rule-outcome.js';

// Calendar notes: 18 and 21 April 2025 are Good Friday and Easter Monday; 25, 26 December 2025 and
// 1 January 2026 are bank holidays; 2024 is a leap year.

describe('initial-offer-referral-due: the social worker refers the child within 5 working days of entitlement', () => {
  it.each([
    { when: 'on the last day (Monday 13 January)', since: '2025-01-06', on: '2025-01-13', dueOn: '2025-01-13', severity: 'due' },
    { when: 'the day after the last day', since: '2025-01-06', on: '2025-01-14', dueOn: '2025-01-13', severity: 'overdue' },
    { when: 'with Good Friday and Easter Monday inside the count', since: '2025-04-17', on: '2025-04-22', dueOn: '2025-04-28', severity: 'due' },
    { when: 'when the child became looked after on a leap day', since: '2024-02-29', on: '2024-03-01', dueOn: '2024-03-07', severity: 'due' },
  ])('is due $when', async ({ since, on, dueOn, severity }) => {
    expect(await outcomeOf('initial-offer-referral-due', lookedAfterChild({ lookedAfterSince: since }), on)).toEqual({ fired: true, dueOn, severity });
  });

  it('is no longer due once the child has been referred', async () => {
    const record = withRound(lookedAfterChild({ lookedAfterSince: '2025-01-06' }), { state: 'awaitingProviderContact', triggeredOn: '2025-01-06', referredOn: '2025-01-08' });
    expect((await outcomeOf('initial-offer-referral-due', record, '2025-01-20')).fired).toBe(false);
  });

  it('follows the authority\'s own number of working days', async () => {
    const record = lookedAfterChild({ lookedAfterSince: '2025-01-06' });
    expect((await outcomeOf('initial-offer-referral-due', record, '2025-01-07', { 'initial-offer-referral-due': { parameters: { referralWorkingDays: 2 } } })).dueOn).toBe('2025-01-08');
  });
});

describe('initial-offer-offer-due: the provider makes the first offer within 10 working days of the referral', () => {
  it.each([
    { when: 'counting from the referral deadline while the child is not yet referred', record: () => lookedAfterChild({ lookedAfterSince: '2025-01-06' }), on: '2025-01-27', dueOn: '2025-01-27', severity: 'due' },
    { when: 'counting from the referral once made', record: () => withRound(lookedAfterChild({ lookedAfterSince: '2025-01-06' }), { state: 'awaitingProviderContact', triggeredOn: '2025-01-06', referredOn: '2025-01-08' }), on: '2025-01-23', dueOn: '2025-01-22', severity: 'overdue' },
    { when: 'skipping Christmas, Boxing Day and New Year\'s Day', record: () => withRound(lookedAfterChild({ lookedAfterSince: '2025-12-17' }), { state: 'awaitingProviderContact', triggeredOn: '2025-12-17', referredOn: '2025-12-19' }), on: '2026-01-07', dueOn: '2026-01-07', severity: 'due' },
  ])('is due $when', async ({ record, on, dueOn, severity }) => {
    expect(await outcomeOf('initial-offer-offer-due', record(), on)).toEqual({ fired: true, dueOn, severity });
  });

  it.each([
    { state: 'awaitingOutcome', what: 'the offer has been made' },
    { state: 'advocacyActive', what: 'the child has an advocate' },
  ])('is not due once $what', async ({ state }) => {
    const record = withRound(lookedAfterChild({ lookedAfterSince: '2025-01-06' }), { state, triggeredOn: '2025-01-06', referredOn: '2025-01-08', offerMadeOn: '2025-01-10' });
    expect((await outcomeOf('initial-offer-offer-due', record, '2025-02-20')).fired).toBe(false);
  });
});

describe('initial-offer-outcome-due: the provider confirms the outcome within 10 working days of the offer', () => {
  const made = (offerMadeOn: string, state = 'awaitingOutcome') => withRound(lookedAfterChild({ lookedAfterSince: '2025-01-06' }), { state, triggeredOn: '2025-01-06', referredOn: '2025-01-08', offerMadeOn });
  it.each([
    { on: '2025-02-17', offerMadeOn: '2025-02-03', dueOn: '2025-02-17', severity: 'due' },
    { on: '2025-02-18', offerMadeOn: '2025-02-03', dueOn: '2025-02-17', severity: 'overdue' },
    { on: '2025-04-22', offerMadeOn: '2025-04-11', dueOn: '2025-04-29', severity: 'due' },
  ])('for an offer made on $offerMadeOn is due on $dueOn (checked $on)', async ({ on, offerMadeOn, dueOn, severity }) => {
    expect(await outcomeOf('initial-offer-outcome-due', made(offerMadeOn), on)).toEqual({ fired: true, dueOn, severity });
  });

  it('is not due before the offer is made', async () => {
    expect((await outcomeOf('initial-offer-outcome-due', made('2025-02-03', 'awaitingReferral'), '2025-02-10')).fired).toBe(false);
  });
});

describe('initial-offer-non-instructed-advocacy: very young children and children with PMLD', () => {
  it.each([
    { who: 'a child of 4', dateOfBirth: '2020-06-01', needs: [], fired: true },
    { who: 'a child who turns 5 on the reference date', dateOfBirth: '2020-03-01', needs: [], fired: false },
    { who: 'a child of 12 with profound and multiple learning disabilities', dateOfBirth: '2012-06-01', needs: ['pmld'] as const, fired: true },
    { who: 'a child of 12 with no such needs', dateOfBirth: '2012-06-01', needs: [], fired: false },
  ])('$who: prompted is $fired', async ({ dateOfBirth, needs, fired }) => {
    const record = lookedAfterChild({ lookedAfterSince: '2025-02-24', dateOfBirth, communicationNeeds: [...needs] });
    const outcome = await outcomeOf('initial-offer-non-instructed-advocacy', record, '2025-03-01');
    expect(outcome.fired).toBe(fired);
    if (fired) expect(outcome.dueOn).toBe('2025-03-17');
  });

  it('raises the age limit when the authority does', async () => {
    const record = lookedAfterChild({ lookedAfterSince: '2025-02-24', dateOfBirth: '2020-03-01' });
    expect((await outcomeOf('initial-offer-non-instructed-advocacy', record, '2025-03-01', { 'initial-offer-non-instructed-advocacy': { parameters: { underAge: 6 } } })).fired).toBe(true);
  });

  it('is not prompted while the child has an advocate', async () => {
    const record = accepted(lookedAfterChild({ lookedAfterSince: '2025-02-24', dateOfBirth: '2022-01-01' }), '2025-02-26');
    expect((await outcomeOf('initial-offer-non-instructed-advocacy', record, '2025-03-01')).fired).toBe(false);
  });
});

describe('initial-offer-welsh-language-offer and initial-offer-interpreter-needed: the language of the offer', () => {
  it.each([
    { rule: 'initial-offer-welsh-language-offer', language: 'cy', needs: [], fired: true },
    { rule: 'initial-offer-welsh-language-offer', language: 'en', needs: [], fired: false },
    { rule: 'initial-offer-interpreter-needed', language: 'other', needs: [], fired: true },
    { rule: 'initial-offer-interpreter-needed', language: 'en', needs: ['bsl'] as const, fired: true },
    { rule: 'initial-offer-interpreter-needed', language: 'cy', needs: [], fired: false },
  ] as const)('$rule for a child speaking $language (needs: $needs) fires: $fired', async ({ rule, language, needs, fired }) => {
    const record = lookedAfterChild({ lookedAfterSince: '2025-04-17', preferredLanguage: language, communicationNeeds: [...needs] });
    const outcome = await outcomeOf(rule, record, '2025-04-22');
    expect(outcome).toEqual(fired ? { fired: true, dueOn: '2025-05-13', severity: 'info' } : { fired: false, dueOn: null, severity: null });
  });

  it('the Welsh-language prompt stays quiet while the child has an advocate', async () => {
    const record = accepted(lookedAfterChild({ lookedAfterSince: '2025-04-17', preferredLanguage: 'cy' }), '2025-04-20');
    expect((await outcomeOf('initial-offer-welsh-language-offer', record, '2025-04-22')).fired).toBe(false);
  });
});
