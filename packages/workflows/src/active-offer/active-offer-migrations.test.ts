import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent } from '../engine/apply-event.js';
import { replay } from '../engine/replay.js';
import { migrateSnapshot } from '../engine/snapshot-migrations.js';
import type { StoredSnapshot } from '../engine/stored-snapshot.js';
import { activeOfferInput as input, providerId } from '../test-support/sample-cases.js';
import type { ActiveOfferContextV1 } from './active-offer-migrations.js';

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
  it('is lifted to version 2: the flat round becomes the only round, keeping its number, and the state gets its new name', () => {
    const { value, context } = migrateSnapshot('active-offer', v1Snapshot);
    expect(value).toBe('advocacyActive');
    expect(context).toEqual({
      caseId: input.caseId,
      childId: input.childId,
      entitlementEnded: null,
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
    expect(ended.snapshot.machineVersion).toBe(2);
    const reoffered = applyEvent('active-offer', ended.snapshot, { type: 'OFFER_DUE', on: '2026-02-01', trigger: 'review-due' }, input);
    if (!reoffered.ok) throw reoffered.error;
    expect(reoffered.effects.activeOfferRounds.map((round) => [round.round, round.state])).toEqual([
      [3, 'awaitingReoffer'],
      [4, 'awaitingChildTold'],
    ]);
  });

  it('migrates to what replaying the same steps under version 2 would have stored', () => {
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
    expect(result.ok ? 'accepted' : result.error.toValue()).toMatchObject({ code: 'workflow.snapshot-version-unknown', details: { machineVersion: 9, currentVersion: 2 } });
  });
});
