import type { ActiveOfferSummary, ChildRecord } from '@cynnig/domain';
import { evaluateChild, reofferDueOn } from '@cynnig/rules';
import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent } from '../engine/apply-event.js';
import { applyAll, lastOf } from '../test-support/apply-all.js';
import { lookedAfterChildWith } from '../test-support/child-record.js';
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
    ['declined', ev('OFFER_DECLINED', '2026-01-12', 1)],
    ['opted out', ev('OPTED_OUT', '2026-01-12')],
  ] as const)('lets a child who %s ask for an advocate while the outcome awaits confirmation: a new round straight to referral, the decline kept', (_how, outcomeEvent) => {
    const waiting = lastOf(applyAll('active-offer', [...referred, instructedOffer, outcomeEvent], input));
    expect(waiting.allowedEvents).toEqual(['OUTCOME_CONFIRMED', 'OPTED_BACK_IN', 'ENTITLEMENT_ENDED']);
    const last = lastOf(applyAll('active-offer', [ev('OPTED_BACK_IN', '2026-01-13')], input, waiting.snapshot));
    expect(last.snapshot.value).toBe('awaitingReferral');
    expect(last.effects.activeOfferRounds).toEqual([
      expect.objectContaining({ round: 1, state: 'awaitingConfirmation', outcome: outcomeEvent.type === 'OPTED_OUT' ? 'opted-out' : 'declined', outcomeConfirmedOn: null }),
      expect.objectContaining({ round: 2, state: 'awaitingReferral', trigger: 'opted-back-in', triggeredOn: '2026-01-13', isReoffer: true }),
    ]);
    expect(currentRound(last.snapshot.context)!.permission).toEqual({ outcome: 'given', on: '2026-01-13', reason: null });
  });

  it('lets a child the provider could not reach ask for an advocate before that is confirmed', () => {
    const unreached = [...referred, ev('COULD_NOT_CONTACT', '2026-01-12')];
    const last = lastOf(applyAll('active-offer', [...unreached, ev('OPTED_BACK_IN', '2026-01-14')], input));
    expect(last.effects.activeOfferRounds.map((round) => [round.round, round.state, round.outcome])).toEqual([[1, 'awaitingConfirmation', 'could-not-contact'], [2, 'awaitingReferral', null]]);
  });

  it('does not take an opt-in while an accepted offer awaits confirmation, nor one dated before the decline', () => {
    const accepted = lastOf(applyAll('active-offer', [...referred, instructedOffer, ev('OFFER_ACCEPTED', '2026-01-12')], input)).snapshot;
    expect(allowedEvents(accepted)).toEqual(['OUTCOME_CONFIRMED', 'ENTITLEMENT_ENDED']);
    const declined = lastOf(applyAll('active-offer', [...referred, instructedOffer, ev('OFFER_DECLINED', '2026-01-12')], input)).snapshot;
    const early = applyEvent('active-offer', declined, ev('OPTED_BACK_IN', '2026-01-11'), input);
    expect(early.ok ? 'accepted' : early.error.code).toBe('workflow.date-before-earlier-step');
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

  it('closes the case when the entitlement ends, and then accepts only a new entitlement', () => {
    const last = lastOf(applyAll('active-offer', [...referred, { type: 'ENTITLEMENT_ENDED', on: '2026-02-01', reason: 'stopped-being-looked-after' }], input));
    expect(last.snapshot.value).toBe('entitlementEnded');
    expect(last.snapshot.context.entitlementEndings).toEqual([{ on: '2026-02-01', reason: 'stopped-being-looked-after', afterRound: 1 }]);
    expect(last.effects.activeOfferRounds).toEqual([expect.objectContaining({ round: 1, state: 'entitlementEnded' })]);
    expect(allowedEvents(last.snapshot)).toEqual(['OFFER_DUE']);
    const after = applyEvent('active-offer', last.snapshot, ev('OPTED_BACK_IN', '2026-02-02'), input);
    expect(after.ok ? 'accepted' : after.error.message).toContain('what can be recorded now: Active Offer due.');
  });

  describe('a child who comes back into care', () => {
    const ended = [...referred, { type: 'ENTITLEMENT_ENDED', on: '2026-02-01', reason: 'stopped-being-looked-after' }];
    const backInCare = { type: 'OFFER_DUE', on: '2026-05-11', trigger: 'became-looked-after' } as const;

    it('goes back into the pathway: a new first-offer round after the old one, the ending kept as history', () => {
      const last = lastOf(applyAll('active-offer', [...ended, backInCare], input));
      expect(last.snapshot.value).toBe('awaitingChildTold');
      expect(last.effects.activeOfferRounds).toEqual([
        expect.objectContaining({ round: 1, state: 'entitlementEnded', referredOn: '2026-01-07' }),
        expect.objectContaining({ round: 2, state: 'awaitingChildTold', trigger: 'became-looked-after', triggeredOn: '2026-05-11', isReoffer: false }),
      ]);
      expect(last.snapshot.context.entitlementEndings).toEqual([{ on: '2026-02-01', reason: 'stopped-being-looked-after', afterRound: 1 }]);
      expect(last.effects.notifications).toEqual([expect.objectContaining({ kind: 'entitlement-started-again', audience: ['social-worker'] })]);
      expect(last.allowedEvents).toContain('ENTITLEMENT_ENDED');
    });

    it('has its first offer due from the new entitlement, and the steps of the new round clear it', async () => {
      const back = (offers: ActiveOfferSummary[]) => ({
        ...lookedAfterChildWith(offers),
        entitlements: [
          { id: '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d', childId: input.childId, basis: 'looked-after', start: '2026-01-05', end: '2026-02-01', endReason: 'stopped-being-looked-after' },
          { id: '7b8c9d0e-1f2a-4b3c-9d4e-5f6a7b8c9d0e', childId: input.childId, basis: 'looked-after', start: '2026-05-11', end: null, endReason: null },
        ],
      }) as ChildRecord;
      const restarted = lastOf(applyAll('active-offer', [...ended, backInCare], input));
      const due = await evaluateChild(back(restarted.effects.activeOfferRounds), '2026-05-12');
      expect(due.dueItems.find((item) => item.kind === 'offer')).toMatchObject({ ruleId: 'initial-offer-offer-due', dueOn: '2026-06-02', facts: { offerStartedOn: '2026-05-11' } }); // 15 working days, 25 May not counted
      const steps = [ev('CHILD_TOLD', '2026-05-12'), ev('PERMISSION_GIVEN', '2026-05-12'), ev('REFERRED', '2026-05-13'), { ...instructedOffer, on: '2026-05-18' }];
      const offered = lastOf(applyAll('active-offer', steps, input, restarted.snapshot));
      const after = await evaluateChild(back(offered.effects.activeOfferRounds), '2026-05-19');
      expect(after.dueItems.filter((item) => item.kind === 'offer' || item.kind === 'reoffer')).toEqual([]);
      expect(after.dueItems.find((item) => item.kind === 'offer-outcome')).toMatchObject({ dueOn: '2026-06-02' });
    });

    it.each([
      ['a young person leaving care as a care leaver', 'became-care-leaver'],
      ['child protection enquiries leading to a conference', 'child-protection-enquiry'],
    ] as const)('opens again for %s', (_who, trigger) => {
      const last = lastOf(applyAll('active-offer', [...ended, { type: 'OFFER_DUE', on: '2026-02-02', trigger }], input));
      expect(last.effects.activeOfferRounds.at(-1)).toMatchObject({ round: 2, trigger, isReoffer: false });
    });

    it('does not open again for anything but a new entitlement, saying which triggers it needs', () => {
      const closed = lastOf(applyAll('active-offer', ended, input)).snapshot;
      const result = applyEvent('active-offer', closed, { type: 'OFFER_DUE', on: '2026-05-11', trigger: 'placement-move' }, input);
      expect(result.ok ? 'accepted' : result.error.toValue()).toMatchObject({ code: 'workflow.restart-needs-new-entitlement', path: ['trigger'] });
      if (result.ok) return;
      expect(result.error.bilingual.en).toContain('"Became looked after"');
      expect(result.error.bilingual.cy).toContain('"Wedi dechrau derbyn gofal"');
    });

    it('does not open again from a date before the last entitlement ended', () => {
      const closed = lastOf(applyAll('active-offer', ended, input)).snapshot;
      const result = applyEvent('active-offer', closed, { ...backInCare, on: '2026-01-31' }, input);
      expect(result.ok ? 'accepted' : result.error.toValue()).toMatchObject({ code: 'workflow.date-before-earlier-step', path: ['on'], details: { latestStepOn: '2026-02-01' } });
    });

    it('keeps every ending when the entitlement ends again', () => {
      const events = [...ended, backInCare, { type: 'ENTITLEMENT_ENDED', on: '2026-09-30', reason: 'reached-age-limit' }];
      expect(lastOf(applyAll('active-offer', events, input)).snapshot.context.entitlementEndings).toEqual([
        { on: '2026-02-01', reason: 'stopped-being-looked-after', afterRound: 1 },
        { on: '2026-09-30', reason: 'reached-age-limit', afterRound: 2 },
      ]);
    });
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
