// `pnpm bench`: how many events per second the engine applies (validate, restore the stored
// snapshot, check, transition, rows and effects, allowed events), against a baseline measured
// in the same run: a plain object update of the same data with no machine and no checks.
import { performance } from 'node:perf_hooks';
import type { ActiveOfferEvent } from '@cynnig/domain';
import { applyEvent, replay, type StoredSnapshot, type WorkflowResult } from './index.js';

const caseId = '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
const childId = '0b6f1c9e-5f3a-4d2b-9c1e-7a8b9c0d1e2f';
const providerId = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';

/** One child's pathway: offered, declined, re-offered after a placement move, accepted, ended. */
const pathway: ActiveOfferEvent[] = [
  { type: 'OFFER_DUE', on: '2026-01-05', trigger: 'became-looked-after' },
  { type: 'CHILD_TOLD', on: '2026-01-06', method: 'visit', language: 'cy' },
  { type: 'PERMISSION_GIVEN', on: '2026-01-06' },
  { type: 'REFERRED', on: '2026-01-07', providerId },
  { type: 'CONTACT_ATTEMPTED', on: '2026-01-08', method: 'phone', reachedChild: false },
  { type: 'OFFER_MADE', on: '2026-01-12', language: 'cy', formats: ['conversation'], mode: 'instructed' },
  { type: 'OFFER_DECLINED', on: '2026-01-12', reason: null },
  { type: 'OUTCOME_CONFIRMED', on: '2026-01-13' },
  { type: 'OFFER_DUE', on: '2026-03-02', trigger: 'placement-move' },
  { type: 'CHILD_TOLD', on: '2026-03-03', method: 'visit', language: 'cy' },
  { type: 'PERMISSION_GIVEN', on: '2026-03-03' },
  { type: 'REFERRED', on: '2026-03-04', providerId },
  { type: 'OFFER_MADE', on: '2026-03-09', language: 'cy', formats: ['easy-read'], mode: 'instructed' },
  { type: 'OFFER_ACCEPTED', on: '2026-03-09' },
  { type: 'OUTCOME_CONFIRMED', on: '2026-03-10' },
  { type: 'ADVOCACY_ENDED', on: '2026-06-30' },
];

function throughEngine(): StoredSnapshot<'active-offer'> | null {
  let stored: StoredSnapshot<'active-offer'> | null = null;
  for (const event of pathway) {
    const result: WorkflowResult<'active-offer'> = applyEvent('active-offer', stored, event, { caseId, childId });
    if (!result.ok) throw result.error;
    stored = result.snapshot;
  }
  return stored;
}

/** The baseline: the same facts written into a plain object with a switch, as code without a machine would. */
type PlainRound = Record<string, unknown> & { round: number };
interface PlainCase { state: string; rounds: PlainRound[] }
function plainUpdate(current: PlainCase | null, event: ActiveOfferEvent): PlainCase {
  const state = current ?? { state: 'new', rounds: [] };
  const rounds = state.rounds;
  const last = rounds[rounds.length - 1] ?? { round: 0 };
  const patch = (fields: Record<string, unknown>, next: string): PlainCase => ({ state: next, rounds: [...rounds.slice(0, -1), { ...last, ...fields }] });
  switch (event.type) {
    case 'OFFER_DUE': return { state: 'awaitingChildTold', rounds: [...rounds, { round: last.round + 1, trigger: event.trigger, triggeredOn: event.on }] };
    case 'CHILD_TOLD': return patch({ childToldOn: event.on }, 'awaitingPermission');
    case 'PERMISSION_GIVEN': return patch({ permission: 'given' }, 'awaitingReferral');
    case 'REFERRED': return patch({ providerId: event.providerId, referredOn: event.on }, 'awaitingProviderContact');
    case 'CONTACT_ATTEMPTED': return patch({ attempts: [...((last['attempts'] as unknown[]) ?? []), event.on] }, state.state);
    case 'OFFER_MADE': return patch({ offerMadeOn: event.on, mode: event.mode }, 'awaitingOutcome');
    case 'OFFER_DECLINED': return patch({ outcome: 'declined', outcomeOn: event.on }, 'awaitingConfirmation');
    case 'OFFER_ACCEPTED': return patch({ outcome: 'accepted', outcomeOn: event.on }, 'awaitingConfirmation');
    case 'OUTCOME_CONFIRMED': return patch({ outcomeConfirmedOn: event.on }, last['outcome'] === 'accepted' ? 'advocacyActive' : 'awaitingReoffer');
    case 'ADVOCACY_ENDED': return patch({ advocacyEndedOn: event.on }, 'awaitingReoffer');
    default: return state;
  }
}

function throughPlainObjects(): PlainCase | null {
  let state: PlainCase | null = null;
  for (const event of pathway) state = plainUpdate(state, event);
  return state;
}

function measure(name: string, run: () => unknown, eventsPerRun: number, seconds = 2): number {
  for (let i = 0; i < 200; i += 1) run();
  let runs = 0;
  const start = performance.now();
  const until = start + seconds * 1000;
  while (performance.now() < until) {
    run();
    runs += 1;
  }
  const rate = (runs * eventsPerRun) / ((performance.now() - start) / 1000);
  console.log(`${name.padEnd(44)} ${Math.round(rate).toLocaleString('en-GB').padStart(12)} events/s`);
  return rate;
}

console.log(`Active Offer pathway of ${pathway.length} events, Node ${process.version}`);
const engine = measure('applyEvent (stored JSON snapshot in and out)', throughEngine, pathway.length);
const replayed = measure('replay (the same log in one call)', () => replay('active-offer', pathway, { caseId, childId }), pathway.length);
const plain = measure('baseline: plain object update', throughPlainObjects, pathway.length);
console.log(`engine / baseline: 1 : ${Math.round(plain / engine)} (the baseline is ${Math.round(plain / engine)} times faster)`);
console.log(`replay / baseline: 1 : ${Math.round(plain / replayed)}`);
