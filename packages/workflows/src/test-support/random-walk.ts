// Random walks through a machine for the property tests. Each step either picks one of the
// events the case allows now, or (a "stray") any event at all, which the engine may refuse.
// Refused events never enter the log, as the API never appends them.
import { addDays, type IsoDate } from '@cynnig/domain';
import fc from 'fast-check';
import { allowedEvents, applyEvent, openingEvents, type WorkflowResult } from '../engine/apply-event.js';
import type { InputOf, MachineName, StoredSnapshot } from '../engine/stored-snapshot.js';
import type { OversightContext } from '../oversight/oversight-context.js';
import { eventTypesOf } from '../workflow-labels.js';
import { activeOfferEvent, activeOfferInput, missingEpisodeEvent, missingEpisodeInput, oversightEvent, oversightInput } from './sample-cases.js';

export interface WalkStep {
  readonly choice: number;
  readonly variant: number;
  readonly gap: number;
  readonly stray: boolean;
}

/** Unbiased draws: fast-check leans towards small numbers by default, which would make nearly every step a stray. */
export const walkSteps = (maxLength: number, strayWeight = 0.15) =>
  fc.array(
    fc.record({
      choice: fc.noBias(fc.nat({ max: 1000 })),
      variant: fc.noBias(fc.nat({ max: 1000 })),
      gap: fc.noBias(fc.integer({ min: 0, max: 45 })),
      stray: fc.noBias(fc.nat({ max: 99 })).map((n) => n < strayWeight * 100),
    }),
    { maxLength, size: 'max' },
  );

export interface WalkRecord<M extends MachineName> {
  readonly event: { type: string };
  readonly before: StoredSnapshot<M> | null;
  readonly result: WorkflowResult<M>;
}

export interface Walk<M extends MachineName> {
  readonly input: InputOf<M>;
  /** The accepted events, in order: the case's event log. */
  readonly log: { type: string }[];
  /** Every attempt, accepted or refused. */
  readonly records: WalkRecord<M>[];
  readonly final: StoredSnapshot<M> | null;
}

/** Events that end a case; offered only now and then so walks get deep into the pathway. */
const rareEvents: ReadonlySet<string> = new Set(['ENTITLEMENT_ENDED']);

const inputs = { 'active-offer': activeOfferInput, 'missing-episode': missingEpisodeInput, oversight: oversightInput } as const;

function eventFor(machine: MachineName, type: string, step: WalkStep, dayIndex: number, stored: StoredSnapshot | null): { type: string } {
  const on: IsoDate = addDays('2025-04-01', dayIndex);
  if (machine === 'active-offer') return activeOfferEvent(type as never, on, step.variant);
  if (machine === 'missing-episode') return missingEpisodeEvent(type as never, new Date(Date.UTC(2025, 3, 1, 8) + dayIndex * 3_600_000).toISOString(), step.variant);
  return oversightEvent(type as never, on, (stored?.context as OversightContext | undefined) ?? null, step.variant);
}

export function walk<M extends MachineName>(machine: M, steps: readonly WalkStep[]): Walk<M> {
  const input = inputs[machine] as InputOf<M>;
  const log: { type: string }[] = [];
  const records: WalkRecord<M>[] = [];
  let stored: StoredSnapshot<M> | null = null;
  let dayIndex = 0;
  for (const step of steps) {
    const allowed: string[] = stored === null ? openingEvents(machine) : allowedEvents(stored);
    const candidates = step.stray ? [...eventTypesOf(machine)] : allowed.filter((type) => !rareEvents.has(type) || step.variant % 8 === 0);
    if (candidates.length === 0) continue;
    dayIndex += step.gap;
    const event = eventFor(machine, candidates[step.choice % candidates.length]!, step, dayIndex, stored);
    const result: WorkflowResult<M> = applyEvent(machine, stored, event, input);
    records.push({ event, before: stored, result });
    if (result.ok) {
      log.push(event);
      stored = result.snapshot;
    }
  }
  return { input, log, records, final: stored };
}
