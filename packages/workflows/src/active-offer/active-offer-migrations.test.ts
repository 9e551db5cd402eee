import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent } from '../engine/apply-event.js';
import { replay } from '../engine/replay.js';
import { migrateSnapshot } from '../engine/snapshot-migrations.js';
import type { StoredSnapshot } from '../engine/stored-snapshot.js';
import { activeOfferInput as input, providerId } from '../test-support/sample-cases.js';
import type { ActiveOfferRound } from './active-offer-context.js';
import type { ActiveOfferContextV1, ActiveOfferContextV2 } from './active-offer-migrations.js';

/** A case as version 1 stored it: a child on their third round, with an advocate. */
const v1Context: ActiveOfferContextV1 = {
  caseId: input.caseId,
  childId: input.childId,
  round: 3,
  trigger: 'placement-move',
  triggeredOn: '2025-09-01',
  childToldOn: '2025-09-03',
  childToldMethod: 'visit',
  childToldLanguage: 'cy',
  permission: 'given',
  permissionOn: '2025-09-03',
  permissionReason: null,
  providerId,
  referredOn: '2025-09-04',
  offerMadeOn: '2025-09-10',
  offerLanguage: 'cy',
  offerFormats: ['conversation'],
  mode: 'instructed',
  outcome: 'accepted',
  outcomeOn: '2025-09-10',
  declineReason: null,
  outcomeConfirmedOn: '2025-09-11',
  advocacyEndedOn: null,
  entitlementEndedOn: null,
  entitlementEndReason: null,
};
const v1Snapshot = { machine: 'active-offer', machineVersion: 1, value: 'advocacyInProgress', context: v1Context } as const;

describe('an Active Offer case stored by version 1', () => {
  it('is lifted to the current version: the flat round becomes the only round, keeping its number, and the state gets its new name', () => {
    const { value, context } = migrateSnapshot('active-offer', v1Snapshot);
    expect(value).toBe('advocacyActive');
    expect(context).toEqual({
      caseId: input.caseId,
      childId: input.childId,
      entitlementEndings: [],
      rounds: [
        {
          round: 3, trigger: 'placement-move', triggeredOn: '2025-09-01', isReoffer: true,
          childTold: { on: '2025-09-03', method: 'visit', language: 'cy' },
          permission: { outcome: 'given', on: '2025-09-03', reason: null },
          optedBackInOn: null, providerId, referredOn: '2025-09-04', contactAttempts: [],
          offer: { on: '2025-09-10', language: 'cy', formats: ['conversation'] },
          mode: 'instructed', outcome: 'accepted', outcomeOn: '2025-09-10', declineReason: null,
          outcomeConfirmedOn: '2025-09-11', advocacyEndedOn: null, closedInState: null,
        },
      ],
    });
  });

  it('still opens: it offers the events of its state and continues the pathway, numbering the next round after it', () => {
    const stored = v1Snapshot as unknown as StoredSnapshot<'active-offer'>;
    expect(allowedEvents(stored)).toEqual(['ADVOCACY_ENDED', 'ENTITLEMENT_ENDED']);
    const ended = applyEvent('active-offer', stored, { type: 'ADVOCACY_ENDED', on: '2026-01-20' }, input);
    if (!ended.ok) throw ended.error;
    expect(ended.snapshot.machineVersion).toBe(3);
    const reoffered = applyEvent('active-offer', ended.snapshot, { type: 'OFFER_DUE', on: '2026-02-01', trigger: 'review-due' }, input);
    if (!reoffered.ok) throw reoffered.error;
    expect(reoffered.effects.activeOfferRounds.map((round) => [round.round, round.state])).toEqual([
      [3, 'awaitingReoffer'],
      [4, 'awaitingChildTold'],
    ]);
  });

  it('migrates to what replaying the same steps under the current version would have stored', () => {
    const replayed = replay('active-offer', [
      { type: 'OFFER_DUE', on: '2025-09-01', trigger: 'placement-move' },
      { type: 'CHILD_TOLD', on: '2025-09-03', method: 'visit', language: 'cy' },
      { type: 'PERMISSION_GIVEN', on: '2025-09-03' },
      { type: 'REFERRED', on: '2025-09-04', providerId },
      { type: 'OFFER_MADE', on: '2025-09-10', language: 'cy', formats: ['conversation'], mode: 'instructed' },
      { type: 'OFFER_ACCEPTED', on: '2025-09-10' },
      { type: 'OUTCOME_CONFIRMED', on: '2025-09-11' },
    ], input);
    if (!replayed.ok) throw replayed.error;
    const migrated = migrateSnapshot('active-offer', v1Snapshot);
    const [round] = replayed.snapshot.context.rounds;
    expect(migrated.value).toBe(replayed.snapshot.value);
    expect(migrated.context).toEqual({ ...replayed.snapshot.context, rounds: [{ ...round, round: 3, isReoffer: true }] });
  });

  it('refuses a snapshot from a version newer than this one, saying which', () => {
    const future = { ...v1Snapshot, machineVersion: 9 } as unknown as StoredSnapshot<'active-offer'>;
    const result = applyEvent('active-offer', future, { type: 'ADVOCACY_ENDED', on: '2026-01-20' }, input);
    expect(result.ok ? 'accepted' : result.error.toValue()).toMatchObject({ code: 'workflow.snapshot-version-unknown', details: { machineVersion: 9, currentVersion: 3 } });
  });

  it('keeps an ending of the entitlement through both migrations', () => {
    const closed = { ...v1Snapshot, value: 'entitlementEnded', context: { ...v1Context, entitlementEndedOn: '2025-12-31', entitlementEndReason: 'stopped-being-looked-after' } } as const;
    expect(migrateSnapshot('active-offer', closed)).toMatchObject({ value: 'entitlementEnded', context: { entitlementEndings: [{ on: '2025-12-31', reason: 'stopped-being-looked-after', afterRound: 3 }] } });
  });
});

/** The steps of a child who declined, was offered again, declined again and then left care. */
const leftCareSteps = [
  { type: 'OFFER_DUE', on: '2025-03-03', trigger: 'became-looked-after' },
  { type: 'CHILD_TOLD', on: '2025-03-04', method: 'visit', language: 'en' },
  { type: 'PERMISSION_REFUSED', on: '2025-03-04', reason: null },
  { type: 'OFFER_DUE', on: '2025-06-02', trigger: 'placement-move' },
  { type: 'CHILD_TOLD', on: '2025-06-03', method: 'phone', language: 'en' },
  { type: 'PERMISSION_REFUSED', on: '2025-06-03', reason: 'Does not want an advocate' },
  { type: 'ENTITLEMENT_ENDED', on: '2025-11-28', reason: 'stopped-being-looked-after' },
] as const;

/** What version 2 stored for those steps: the rounds as now, and the one ending the case could have. */
function v2Snapshot(): { machine: 'active-offer'; machineVersion: 2; value: string; context: ActiveOfferContextV2 } {
  const round = (n: number, trigger: 'became-looked-after' | 'placement-move', on: string, reason: string | null, closedInState: string | null): ActiveOfferRound => ({
    round: n, trigger, triggeredOn: on, isReoffer: n > 1,
    childTold: { on: n === 1 ? '2025-03-04' : '2025-06-03', method: n === 1 ? 'visit' : 'phone', language: 'en' },
    permission: { outcome: 'refused', on: n === 1 ? '2025-03-04' : '2025-06-03', reason },
    optedBackInOn: null, providerId: null, referredOn: null, contactAttempts: [], offer: null, mode: null,
    outcome: 'declined', outcomeOn: n === 1 ? '2025-03-04' : '2025-06-03', declineReason: reason,
    outcomeConfirmedOn: null, advocacyEndedOn: null, closedInState,
  });
  return {
    machine: 'active-offer',
    machineVersion: 2,
    value: 'entitlementEnded',
    context: {
      caseId: input.caseId,
      childId: input.childId,
      rounds: [round(1, 'became-looked-after', '2025-03-03', null, 'awaitingReoffer'), round(2, 'placement-move', '2025-06-02', 'Does not want an advocate', null)],
      entitlementEnded: { on: '2025-11-28', reason: 'stopped-being-looked-after' },
    },
  };
}

describe('an Active Offer case stored by version 2, closed when the child left care', () => {
  it('is lifted to version 3: its one ending becomes the first of the case\'s endings, after its last round', () => {
    const { value, context } = migrateSnapshot('active-offer', v2Snapshot());
    expect(value).toBe('entitlementEnded');
    expect(context).toEqual({
      caseId: input.caseId,
      childId: input.childId,
      rounds: v2Snapshot().context.rounds,
      entitlementEndings: [{ on: '2025-11-28', reason: 'stopped-being-looked-after', afterRound: 2 }],
    });
  });

  it('migrates to what replaying the same steps under version 3 stores', () => {
    const replayed = replay('active-offer', leftCareSteps, input);
    if (!replayed.ok) throw replayed.error;
    const migrated = migrateSnapshot('active-offer', v2Snapshot());
    expect(migrated).toEqual({ value: replayed.snapshot.value, context: replayed.snapshot.context });
  });

  it('opens again when the child comes back into care: a third round, a first offer again, the old rounds and the ending kept', () => {
    const stored = v2Snapshot() as unknown as StoredSnapshot<'active-offer'>;
    expect(allowedEvents(stored)).toEqual(['OFFER_DUE']);
    const back = applyEvent('active-offer', stored, { type: 'OFFER_DUE', on: '2026-02-09', trigger: 'became-looked-after' }, input);
    if (!back.ok) throw back.error;
    expect(back.snapshot.machineVersion).toBe(3);
    expect(back.effects.activeOfferRounds.map((round) => [round.round, round.state, round.trigger, round.isReoffer])).toEqual([
      [1, 'awaitingReoffer', 'became-looked-after', false],
      [2, 'entitlementEnded', 'placement-move', true],
      [3, 'awaitingChildTold', 'became-looked-after', false],
    ]);
    expect(back.snapshot.context.entitlementEndings).toEqual([{ on: '2025-11-28', reason: 'stopped-being-looked-after', afterRound: 2 }]);
  });

  it('keeps a version 2 case that never ended as it was, with no endings', () => {
    const open = { ...v2Snapshot(), value: 'awaitingReoffer', context: { ...v2Snapshot().context, entitlementEnded: null } };
    expect(migrateSnapshot('active-offer', open)).toEqual({ value: 'awaitingReoffer', context: { caseId: input.caseId, childId: input.childId, rounds: open.context.rounds, entitlementEndings: [] } });
  });
});
