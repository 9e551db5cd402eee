import { describe, expect, it } from 'vitest';
import { applyAll, lastOf } from '../test-support/apply-all.js';
import { activeOfferEvent as ev, activeOfferInput as input } from '../test-support/sample-cases.js';
import { allowedEvents, applyEvent, openingEvents } from './apply-event.js';
import type { StoredSnapshot } from './stored-snapshot.js';

describe('the engine', () => {
  it.each([
    ['active-offer', ['OFFER_DUE']],
    ['missing-episode', ['REPORTED']],
    ['oversight', ['RAISED']],
  ] as const)('opens a %s case only with its first event', (machine, expected) => {
    expect(openingEvents(machine)).toEqual(expected);
  });

  it('returns, with each step, the events that can follow, the same as allowedEvents gives for the stored snapshot', () => {
    const told = lastOf(applyAll('active-offer', [ev('OFFER_DUE', '2026-01-05'), ev('CHILD_TOLD', '2026-01-06')], input));
    expect(told.allowedEvents).toEqual(['PERMISSION_GIVEN', 'PERMISSION_REFUSED', 'PERMISSION_CANNOT_BE_GIVEN', 'OPTED_BACK_IN', 'ENTITLEMENT_ENDED']);
    expect(allowedEvents(told.snapshot)).toEqual(told.allowedEvents);
  });

  it('stores the machine name and version with the snapshot, as plain JSON', () => {
    const opened = lastOf(applyAll('active-offer', [ev('OFFER_DUE', '2026-01-05')], input));
    expect(opened.snapshot).toMatchObject({ machine: 'active-offer', machineVersion: 3, value: 'awaitingChildTold' });
    expect(JSON.parse(JSON.stringify(opened.snapshot))).toEqual(opened.snapshot);
  });

  it('asks for the rules to run again when a step changes the rows they read (its state or dates), not for a contact attempt', () => {
    const results = applyAll('active-offer', [
      ev('OFFER_DUE', '2026-01-05'), ev('CHILD_TOLD', '2026-01-06'), ev('PERMISSION_GIVEN', '2026-01-06'), ev('REFERRED', '2026-01-07'), ev('CONTACT_ATTEMPTED', '2026-01-08'),
    ], input);
    expect(results.map((result) => result.effects.reevaluateRules)).toEqual([true, true, true, true, false]);
  });

  it('refuses a stored snapshot naming a state the machine does not have', () => {
    const opened = lastOf(applyAll('active-offer', [ev('OFFER_DUE', '2026-01-05')], input)).snapshot;
    const corrupt = { ...opened, value: 'awaitingSomethingElse' } as StoredSnapshot<'active-offer'>;
    const result = applyEvent('active-offer', corrupt, ev('CHILD_TOLD', '2026-01-06'), input);
    expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.snapshot-mismatch');
    expect(() => allowedEvents(corrupt)).toThrow(/does not belong/);
  });

  it('hands back a snapshot that shares nothing with the one it was given', () => {
    const opened = lastOf(applyAll('active-offer', [ev('OFFER_DUE', '2026-01-05')], input));
    const told = applyEvent('active-offer', opened.snapshot, ev('CHILD_TOLD', '2026-01-06'), input);
    if (!told.ok) throw told.error;
    expect(told.snapshot.context.rounds[0]).not.toBe(opened.snapshot.context.rounds[0]);
    expect(opened.snapshot.value).toBe('awaitingChildTold');
    expect(opened.snapshot.context.rounds[0]!.childTold).toBeNull();
  });
});
