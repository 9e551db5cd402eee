// Whom a child can be referred to, as the REFERRED step offers it: the providers the
// authority commissions, by name, with the provider of the child's latest referral first
// (and saying so), because a child who knows an advocate usually goes back to them.
// Nothing is chosen for the social worker: the GOV.UK pattern leaves radios unselected.
import type { ActiveOfferSummary } from '@cynnig/domain';
import type { CommissionedProvider } from '../api/providers';
import type { ChoiceOption } from '../forms/choice-option';

export function referralChoices(providers: readonly CommissionedProvider[], rounds: readonly ActiveOfferSummary[], latestHint: (referredOn: string) => string): ChoiceOption[] {
  const latest = [...rounds].reverse().find((round) => round.providerId !== null && round.referredOn !== null);
  const options = providers.map((provider) => ({
    value: provider.id,
    label: provider.name,
    hint: latest && provider.id === latest.providerId ? latestHint(latest.referredOn ?? '') : undefined,
  }));
  const isLatest = (option: ChoiceOption) => option.value === latest?.providerId;
  return [...options.filter(isLatest), ...options.filter((option) => !isLatest(option))];
}
