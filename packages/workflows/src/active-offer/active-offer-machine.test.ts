import { reofferDueOn } from '@cynnig/rules';
import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent } from '../engine/apply-event.js';
import { applyAll, lastOf } from '../test-support/apply-all.js';
import { activeOfferEvent as ev, activeOfferInput as input, providerId } from '../test-support/sample-cases.js';
import { currentRound } from './active-offer-context.js';

const opened = ev('OFFER_DUE', '2026-01-05', 0); // became looked after
const toldAndPermitted = [opened, ev('CHILD_TOLD', '2026-01-06'), ev('PERMISSION_GIVEN', '2026-01-06')];
const referred = [...toldAndPermitted, ev('REFERRED', '2026-01-07')];
const instructedOffer = { type: 'OFFER_MADE', on: '2026-01-12', language: 'cy', formats: ['conversation', 'leaflet'], mode: 'instructed' } as const;

describe('the Active Offer pathway', () => {
  it('takes a child from entitlement to an active advocate, with the outcome confirmed to the authority', () => {
    const results = applyAll('active-offer', [...referred, instructedOffer, ev('OFFER_ACCEPTED', '2026-01-12'), ev('OUTCOME_CONFIRMED', '2026-01-13')], input);
    const last = lastOf(results);
    expect(last.snapshot.value).toBe('advocacyActive');
    expect(last.effects.activeOfferRounds).toEqual([
      expect.objectContaining({
        round: 1, state: 'advocacyActive', trigger: 'became-looked-after', triggeredOn: '2026-01-05', providerId,
        childToldOn: '2026-01-06', referredOn: '2026-01-07', offerMadeOn: '2026-01-12', offerLanguage: 'cy', mode: 'instructed',
        outcome: 'accepted', outcomeOn: '2026-01-12', outcomeConfirmedOn: '2026-01-13', isReoffer: false,
      }),
    ]);
  });

  it('tells the provider about a referral and the social worker about an outcome to confirm', () => {
    const results = applyAll('active-offer', [...referred, instructedOffer, ev('OFFER_DECLINED', '2026-01-12')], input);
    expect(results[3]!.effects.notifications).toEqual([expect.objectContaining({ kind: 'referral-received', audience: ['provider'], caseId: input.caseId })]);
    expect(lastOf(results).effects.notifications).toEqual([expect.objectContaining({ kind: 'outcome-to-confirm', audience: ['social-worker'] })]);
  });

  it('records a refusal of permission as a declined round waiting for a re-offer, with a re-offer date from the rules', () => {
    const last = lastOf(applyAll('active-offer', [opened, ev('CHILD_TOLD', '2026-01-06'), ev('PERMISSION_REFUSED', '2026-01-08', 1)], input));
    expect(last.snapshot.value).toBe('awaitingReoffer');
    const round = last.effects.activeOfferRounds[0]!;
    expect(round).toMatchObject({ outcome: 'declined', outcomeOn: '2026-01-08', state: 'awaitingReoffer' });
    expect(reofferDueOn(round)).toBe('2026-07-08');
  });

  it('takes the non-instructed route when the child cannot give permission', () => {
    const last = lastOf(applyAll('active-offer', [opened, ev('CHILD_TOLD', '2026-01-06'), ev('PERMISSION_CANNOT_BE_GIVEN', '2026-01-06')], input));
    expect(last.snapshot.value).toBe('awaitingReferral');
    expect(last.effects.activeOfferRounds[0]!.mode).toBe('non-instructed');
  });

  it('never records a baby or a child with PMLD as declining or opting out', () => {
    const nonInstructed = [opened, ev('CHILD_TOLD', '2026-01-06'), ev('PERMISSION_CANNOT_BE_GIVEN', '2026-01-06'), ev('REFERRED', '2026-01-07'), { ...instructedOffer, mode: 'non-instructed' }];
    const atOutcome = lastOf(applyAll('active-offer', nonInstructed, input)).snapshot;
    expect(allowedEvents(atOutcome)).toEqual(['OFFER_ACCEPTED', 'ENTITLEMENT_ENDED']);
    for (const type of ['OFFER_DECLINED', 'OPTED_OUT'] as const) {
      const result = applyEvent('active-offer', atOutcome, ev(type, '2026-01-13'), input);
      expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.event-not-allowed');
    }
  });

  it('counts every contact attempt the provider makes without leaving the state', () => {
    const attempts = [ev('CONTACT_ATTEMPTED', '2026-01-08', 1), ev('CONTACT_ATTEMPTED', '2026-01-09', 2), ev('CONTACT_ATTEMPTED', '2026-01-12', 3)];
    const results = applyAll('active-offer', [...referred, ...attempts, ev('COULD_NOT_CONTACT', '2026-01-14')], input);
    const afterAttempts = results[results.length - 2]!;
    expect(afterAttempts.snapshot.value).toBe('awaitingProviderContact');
    expect(currentRound(afterAttempts.snapshot.context)!.contactAttempts).toHaveLength(3);
    expect(afterAttempts.effects.reevaluateRules).toBe(false);
    expect(lastOf(results).effects.activeOfferRounds[0]).toMatchObject({ outcome: 'could-not-contact', outcomeOn: '2026-01-14' });
  });

  it.each([
    ['declines', ev('OFFER_DECLINED', '2026-01-13', 1), 'declined'],
    ['opts out', ev('OPTED_OUT', '2026-01-13'), 'opted-out'],
  ] as const)('keeps the entitlement when the child %s: the case waits for a re-offer six months after confirmation', (_how, outcomeEvent, outcome) => {
    const last = lastOf(applyAll('active-offer', [...referred, instructedOffer, outcomeEvent, ev('OUTCOME_CONFIRMED', '2026-01-15')], input));
    expect(last.snapshot.value).toBe('awaitingReoffer');
    expect(last.effects.activeOfferRounds[0]).toMatchObject({ outcome, outcomeConfirmedOn: '2026-01-15' });
    expect(reofferDueOn(last.effects.activeOfferRounds[0]!)).toBe('2026-07-15');
    expect(last.effects.notifications).toEqual([expect.objectContaining({ kind: 'reoffer-scheduled', audience: ['social-worker', 'iro'] })]);
  });

  it('opens a new round on a re-offer and keeps the earlier round as history', () => {
    const firstRound = [...referred, instructedOffer, ev('OFFER_DECLINED', '2026-01-13'), ev('OUTCOME_CONFIRMED', '2026-01-15')];
    const last = lastOf(applyAll('active-offer', [...firstRound, { type: 'OFFER_DUE', on: '2026-03-02', trigger: 'placement-move' }], input));
    expect(last.snapshot.value).toBe('awaitingChildTold');
    expect(last.effects.activeOfferRounds).toEqual([
      expect.objectContaining({ round: 1, state: 'awaitingReoffer', outcome: 'declined', isReoffer: false }),
      expect.objectContaining({ round: 2, state: 'awaitingChildTold', trigger: 'placement-move', triggeredOn: '2026-03-02', outcome: null, isReoffer: true }),
    ]);
  });

  it('lets advocacy end and offers it again six months later if nothing else prompts it sooner', () => {
    const events = [...referred, instructedOffer, ev('OFFER_ACCEPTED', '2026-01-12'), ev('OUTCOME_CONFIRMED', '2026-01-13'), ev('ADVOCACY_ENDED', '2026-04-30')];
    const last = lastOf(applyAll('active-offer', events, input));
    expect(last.snapshot.value).toBe('awaitingReoffer');
    expect(last.effects.activeOfferRounds[0]).toMatchObject({ advocacyEndedOn: '2026-04-30' });
    expect(reofferDueOn(last.effects.activeOfferRounds[0]!)).toBe('2026-10-30');
  });

  it('lets a child opt back in at any time after declining: a new round straight to referral', () => {
    const declined = [opened, ev('CHILD_TOLD', '2026-01-06'), ev('PERMISSION_REFUSED', '2026-01-06')];
    const last = lastOf(applyAll('active-offer', [...declined, ev('OPTED_BACK_IN', '2026-02-10')], input));
    expect(last.snapshot.value).toBe('awaitingReferral');
    expect(last.effects.activeOfferRounds[1]).toMatchObject({ round: 2, trigger: 'opted-back-in', triggeredOn: '2026-02-10', isReoffer: true });
    expect(last.effects.notifications).toEqual([expect.objectContaining({ kind: 'opted-back-in', audience: ['social-worker'] })]);
  });

  it.each([
    ['waiting to be told', [opened]],
    ['waiting for permission', [opened, ev('CHILD_TOLD', '2026-01-06')]],
  ])('lets a child who asks for an advocate while %s go straight to referral in the same round', (_when, before) => {
    const last = lastOf(applyAll('active-offer', [...before, ev('OPTED_BACK_IN', '2026-01-07')], input));
    expect(last.snapshot.value).toBe('awaitingReferral');
    expect(last.snapshot.context.rounds).toHaveLength(1);
    expect(currentRound(last.snapshot.context)!.permission).toEqual({ outcome: 'given', on: '2026-01-07', reason: null });
  });

  it('closes the case only when the entitlement ends, and then refuses everything', () => {
    const last = lastOf(applyAll('active-offer', [...referred, { type: 'ENTITLEMENT_ENDED', on: '2026-02-01', reason: 'stopped-being-looked-after' }], input));
    expect(last.snapshot.value).toBe('entitlementEnded');
    expect(last.snapshot.context.entitlementEnded).toEqual({ on: '2026-02-01', reason: 'stopped-being-looked-after' });
    expect(allowedEvents(last.snapshot)).toEqual([]);
    const after = applyEvent('active-offer', last.snapshot, ev('OPTED_BACK_IN', '2026-02-02'), input);
    expect(after.ok ? 'accepted' : after.error.message).toContain('nothing more can be recorded');
  });

  it('refuses a step dated before a step already recorded in the round', () => {
    const stored = lastOf(applyAll('active-offer', referred, input)).snapshot;
    const result = applyEvent('active-offer', stored, { ...instructedOffer, on: '2026-01-06' }, input);
    expect(result.ok ? 'accepted' : result.error.toValue()).toMatchObject({ code: 'workflow.date-before-earlier-step', path: ['on'] });
  });

  it('refuses an event that does not match its schema, naming the field', () => {
    const result = applyEvent('active-offer', null, { type: 'OFFER_DUE', on: '2026-02-30', trigger: 'became-looked-after' }, input);
    expect(result.ok ? 'accepted' : result.error.toValue()).toMatchObject({ code: 'workflow.event-invalid', path: ['on'] });
    const unknown = applyEvent('active-offer', null, { type: 'OFFER_FORGOTTEN', on: '2026-02-03' }, input);
    expect(unknown.ok ? 'accepted' : unknown.error.code).toBe('workflow.event-invalid');
  });

  it('refuses a stored snapshot that belongs to another machine', () => {
    const stored = lastOf(applyAll('active-offer', [opened], input)).snapshot;
    const result = applyEvent('oversight', stored as never, { type: 'ACKNOWLEDGED', on: '2026-01-06' }, { caseId: input.caseId, childId: input.childId });
    expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.snapshot-mismatch');
  });
});
