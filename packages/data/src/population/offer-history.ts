// An Active Offer case's history, generated as the events the workflow contract defines and,
// step by step, the rounds those events produce (the same rounds the workflow engine returns:
// the API's tests replay the events through the workflow engine and compare). Declines lead to
// re-offers on later triggers, some re-offers are missed, a few children opt back in.
import {
  addDays,
  addWorkingDays,
  type ActiveOfferEvent,
  type ActiveOfferSummary,
  type AdvocacyMode,
  type OfferFormat,
  type OfferLanguage,
  type OfferTrigger,
} from '@cynnig/domain';
import type { SeededRandom } from './seeded-random.js';

export interface TimedActiveOfferEvent {
  event: ActiveOfferEvent;
  recordedAt: string;
}

/** A moment in working hours on a date (UTC), for when an event was recorded. */
export function workingHoursMoment(date: string, random: SeededRandom): string {
  return `${date}T${String(random.int(9, 16)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
}

/** Records events and keeps the rounds exactly as the contract says each event changes them. */
export class OfferCaseBuilder {
  readonly events: TimedActiveOfferEvent[] = [];
  readonly rounds: ActiveOfferSummary[] = [];
  state = 'notOpened';
  lastOn: string | null = null;

  constructor(
    readonly caseId: string,
    readonly childId: string,
    private readonly random: SeededRandom,
  ) {}

  private current(): ActiveOfferSummary {
    return this.rounds[this.rounds.length - 1]!;
  }

  private openRound(trigger: OfferTrigger, on: string) {
    const previous = this.rounds[this.rounds.length - 1];
    if (previous) previous.state = this.state;
    this.rounds.push({
      caseId: this.caseId, childId: this.childId, round: (previous?.round ?? 0) + 1, state: '', trigger, triggeredOn: on, providerId: null,
      childToldOn: null, referredOn: null, offerMadeOn: null, offerLanguage: null, mode: null, outcome: null, outcomeOn: null,
      outcomeConfirmedOn: null, advocacyEndedOn: null, isReoffer: previous !== undefined,
    });
  }

  /** Applies one event; throws when the contract does not allow it in the current state. */
  apply(event: ActiveOfferEvent): void {
    const refuse = () => {
      throw new Error(`${event.type} is not allowed in ${this.state}`);
    };
    const round = () => this.current();
    let next = this.state;
    switch (event.type) {
      case 'OFFER_DUE':
        if (this.state !== 'notOpened' && this.state !== 'awaitingReoffer') refuse();
        this.openRound(event.trigger, event.on);
        next = 'awaitingChildTold';
        break;
      case 'CHILD_TOLD':
        if (this.state !== 'awaitingChildTold') refuse();
        round().childToldOn = event.on;
        next = 'awaitingPermission';
        break;
      case 'PERMISSION_GIVEN':
        if (this.state !== 'awaitingPermission') refuse();
        next = 'awaitingReferral';
        break;
      case 'PERMISSION_CANNOT_BE_GIVEN':
        if (this.state !== 'awaitingPermission') refuse();
        round().mode = 'non-instructed';
        next = 'awaitingReferral';
        break;
      case 'PERMISSION_REFUSED':
        if (this.state !== 'awaitingPermission') refuse();
        Object.assign(round(), { outcome: 'declined', outcomeOn: event.on });
        next = 'awaitingReoffer';
        break;
      case 'REFERRED':
        if (this.state !== 'awaitingReferral') refuse();
        Object.assign(round(), { providerId: event.providerId, referredOn: event.on });
        next = 'awaitingProviderContact';
        break;
      case 'CONTACT_ATTEMPTED':
        if (this.state !== 'awaitingProviderContact') refuse();
        break;
      case 'OFFER_MADE':
        if (this.state !== 'awaitingProviderContact') refuse();
        Object.assign(round(), { offerMadeOn: event.on, offerLanguage: event.language, mode: event.mode });
        next = 'awaitingOutcome';
        break;
      case 'COULD_NOT_CONTACT':
        if (this.state !== 'awaitingProviderContact') refuse();
        Object.assign(round(), { outcome: 'could-not-contact', outcomeOn: event.on });
        next = 'awaitingConfirmation';
        break;
      case 'OFFER_ACCEPTED':
      case 'OFFER_DECLINED':
      case 'OPTED_OUT':
        if (this.state !== 'awaitingOutcome') refuse();
        if (event.type !== 'OFFER_ACCEPTED' && round().mode === 'non-instructed') refuse();
        Object.assign(round(), { outcome: event.type === 'OFFER_ACCEPTED' ? 'accepted' : event.type === 'OFFER_DECLINED' ? 'declined' : 'opted-out', outcomeOn: event.on });
        next = 'awaitingConfirmation';
        break;
      case 'OUTCOME_CONFIRMED':
        if (this.state !== 'awaitingConfirmation') refuse();
        round().outcomeConfirmedOn = event.on;
        next = round().outcome === 'accepted' ? 'advocacyActive' : 'awaitingReoffer';
        break;
      case 'ADVOCACY_ENDED':
        if (this.state !== 'advocacyActive') refuse();
        round().advocacyEndedOn = event.on;
        next = 'awaitingReoffer';
        break;
      case 'OPTED_BACK_IN':
        if (this.state === 'awaitingReoffer') this.openRound('opted-back-in', event.on);
        else if (this.state !== 'awaitingChildTold' && this.state !== 'awaitingPermission') refuse();
        next = 'awaitingReferral';
        break;
      case 'ENTITLEMENT_ENDED':
        if (this.state === 'entitlementEnded' || this.state === 'notOpened') refuse();
        next = 'entitlementEnded';
        break;
    }
    this.state = next;
    this.lastOn = event.on;
    this.events.push({ event, recordedAt: workingHoursMoment(event.on, this.random) });
  }

  /** The rounds as the data layer stores them: earlier rounds keep the state they were left in. */
  summaries(): ActiveOfferSummary[] {
    return this.rounds.map((round, index) => ({ ...round, state: index === this.rounds.length - 1 ? this.state : round.state }));
  }
}

export interface OfferChild {
  /** A baby or a child with PMLD: permission cannot be given, advocacy is non-instructed. */
  nonInstructed: boolean;
  language: OfferLanguage;
  formats: OfferFormat[];
  providerIds: string[];
  /** Chance an instructed offer made is accepted. */
  acceptChance: number;
  /** Chance no non-instructed advocate can be arranged for the round. */
  nonInstructedUnavailableChance: number;
}

const declineReasons = [null, null, 'Does not want another professional involved', 'Happy with the support they have', 'Wants to think about it'];

/**
 * Runs one round from its OFFER_DUE (or opting back in) to wherever it has got by `until`.
 * Every step is dated on or after the one before and never after `until`.
 */
export function runRound(builder: OfferCaseBuilder, child: OfferChild, random: SeededRandom, until: string, opening: { trigger: OfferTrigger; on: string } | { optedBackInOn: string }): void {
  let on = 'optedBackInOn' in opening ? opening.optedBackInOn : opening.on;
  const step = (days: number, working = true): boolean => {
    on = working ? addWorkingDays(on, days) : addDays(on, days);
    return on <= until;
  };
  if ('optedBackInOn' in opening) {
    builder.apply({ type: 'OPTED_BACK_IN', on });
  } else {
    builder.apply({ type: 'OFFER_DUE', on, trigger: opening.trigger });
    if (!step(random.chance(0.08) ? random.int(15, 40) : random.int(1, 8))) return;
    builder.apply({ type: 'CHILD_TOLD', on, method: random.weighted({ visit: 70, phone: 15, video: 8, message: 4, letter: 3 }), language: child.language });
    if (!step(random.int(0, 5))) return;
    if (child.nonInstructed) {
      builder.apply({ type: 'PERMISSION_CANNOT_BE_GIVEN', on, reason: 'The child cannot yet say what they want; non-instructed advocacy considered' });
    } else if (random.chance(0.18)) {
      builder.apply({ type: 'PERMISSION_REFUSED', on, reason: random.pick(declineReasons) });
      return;
    } else {
      builder.apply({ type: 'PERMISSION_GIVEN', on });
    }
  }
  if (!step(random.chance(0.1) ? random.int(10, 25) : random.int(0, 6))) return;
  const providerId = child.providerIds.length > 1 && random.chance(0.25) ? child.providerIds[1]! : child.providerIds[0]!;
  builder.apply({ type: 'REFERRED', on, providerId });
  const attempts = random.weighted({ 0: 45, 1: 35, 2: 15, 3: 5 });
  for (let i = 0; i < Number(attempts); i += 1) {
    if (!step(random.int(1, 4))) return;
    builder.apply({ type: 'CONTACT_ATTEMPTED', on, method: random.weighted({ phone: 50, visit: 30, message: 15, letter: 5 }), reachedChild: false });
  }
  if (!step(random.chance(0.12) ? random.int(12, 30) : random.int(1, 10))) return;
  // A non-instructed advocate is often not available: the round ends as could-not-contact, never as declined.
  if (random.chance(child.nonInstructed ? child.nonInstructedUnavailableChance : 0.06)) {
    builder.apply({ type: 'COULD_NOT_CONTACT', on });
  } else {
    const mode: AdvocacyMode = child.nonInstructed ? 'non-instructed' : random.chance(0.04) ? 'peer' : 'instructed';
    builder.apply({ type: 'OFFER_MADE', on, language: child.language, formats: child.formats, mode });
    if (!step(random.int(0, 10))) return;
    if (child.nonInstructed || random.chance(child.acceptChance)) builder.apply({ type: 'OFFER_ACCEPTED', on });
    else if (random.chance(0.15)) builder.apply({ type: 'OPTED_OUT', on });
    else builder.apply({ type: 'OFFER_DECLINED', on, reason: random.pick(declineReasons) });
  }
  if (!step(random.int(1, 7))) return;
  builder.apply({ type: 'OUTCOME_CONFIRMED', on });
  if (builder.state === 'advocacyActive') {
    if (!step(random.int(30, 270), false)) return;
    builder.apply({ type: 'ADVOCACY_ENDED', on });
  }
}

export interface OfferTriggerCandidate {
  trigger: OfferTrigger;
  on: string;
}

/**
 * A child's whole case: the opening round, then, each time the case waits for a re-offer, the
 * next trigger that someone acted on (some are missed: the gap Cynnig exists to close), a
 * periodic re-offer some months after a decline, or the child opting back in.
 */
export function generateOfferHistory(
  caseId: string,
  childId: string,
  child: OfferChild,
  opening: OfferTriggerCandidate,
  laterTriggers: readonly OfferTriggerCandidate[],
  random: SeededRandom,
  until: string,
): OfferCaseBuilder {
  const builder = new OfferCaseBuilder(caseId, childId, random);
  if (opening.on > until) return builder;
  runRound(builder, child, random, until, opening);
  const triggers = [...laterTriggers].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (let guard = 0; guard < 40 && builder.state === 'awaitingReoffer'; guard += 1) {
    const waitingSince = builder.lastOn!;
    const last = builder.rounds[builder.rounds.length - 1]!;
    const candidates: ({ kind: 'trigger' } & OfferTriggerCandidate | { kind: 'opt-in'; on: string })[] = [];
    const acted = triggers.find((t) => t.on > waitingSince && random.chance(0.55));
    if (acted) candidates.push({ kind: 'trigger', ...acted });
    if (last.outcome !== 'accepted' && random.chance(0.7)) candidates.push({ kind: 'trigger', trigger: 'periodic-after-decline', on: addDays(waitingSince, random.int(175, 200)) });
    if (random.chance(0.05)) candidates.push({ kind: 'opt-in', on: addDays(waitingSince, random.int(20, 200)) });
    const next = candidates.filter((c) => c.on > waitingSince && c.on <= until).sort((a, b) => (a.on < b.on ? -1 : 1))[0];
    if (!next) break;
    if (next.kind === 'opt-in') runRound(builder, child, random, until, { optedBackInOn: next.on });
    else runRound(builder, child, random, until, { trigger: next.trigger, on: next.on });
  }
  return builder;
}
