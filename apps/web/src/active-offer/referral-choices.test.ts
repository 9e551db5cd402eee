// @vitest-environment node
import type { ActiveOfferSummary } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { referralChoices } from './referral-choices';

const providers = [
  { id: '11111111-1111-4111-8111-111111111111', name: 'Advocacy Across Wales' },
  { id: '22222222-2222-4222-8222-222222222222', name: 'Eiriolaeth De Ddwyrain' },
  { id: '33333333-3333-4333-8333-333333333333', name: 'Tros Gynnal' },
];

function round(number: number, providerId: string | null, referredOn: string | null): ActiveOfferSummary {
  return {
    caseId: '44444444-4444-4444-8444-444444444444',
    childId: '55555555-5555-4555-8555-555555555555',
    round: number,
    state: 'awaitingReferral',
    trigger: 'became-looked-after',
    triggeredOn: '2025-01-06',
    providerId,
    childToldOn: null,
    referredOn,
    offerMadeOn: null,
    offerLanguage: null,
    mode: null,
    outcome: null,
    outcomeOn: null,
    outcomeConfirmedOn: null,
    advocacyEndedOn: null,
    isReoffer: number > 1,
  };
}

const hint = (on: string) => `Referred to on ${on} for the last offer`;

describe('whom the referral step offers', () => {
  it('offers every commissioned provider by name, in the order given, with none marked, at a first referral', () => {
    expect(referralChoices(providers, [round(1, null, null)], hint)).toEqual(providers.map((provider) => ({ value: provider.id, label: provider.name, hint: undefined })));
  });

  it('puts the provider of the latest referral first and says when the child was referred to it', () => {
    const rounds = [round(1, providers[0]!.id, '2024-02-01'), round(2, providers[2]!.id, '2024-09-10'), round(3, null, null)];
    const choices = referralChoices(providers, rounds, hint);
    expect(choices.map((choice) => choice.label)).toEqual(['Tros Gynnal', 'Advocacy Across Wales', 'Eiriolaeth De Ddwyrain']);
    expect(choices[0]?.hint).toBe('Referred to on 2024-09-10 for the last offer');
    expect(choices.slice(1).map((choice) => choice.hint)).toEqual([undefined, undefined]);
  });

  it('never offers a provider the authority no longer commissions, even if the child was referred to it before', () => {
    const rounds = [round(1, '66666666-6666-4666-8666-666666666666', '2024-02-01'), round(2, null, null)];
    expect(referralChoices(providers, rounds, hint).map((choice) => choice.value)).toEqual(providers.map((provider) => provider.id));
  });
});
