import { addMonths } from '@cynnig/domain';
import { reofferDueOn } from '@cynnig/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { walk, walkSteps } from '../test-support/random-walk.js';
import { allowedEvents } from '../engine/apply-event.js';
import { currentRound } from './active-offer-context.js';

describe('the Active Offer, whatever happens', () => {
  it('follows a declined or opted-out offer with a scheduled re-offer once the outcome is confirmed', () => {
    let confirmedDeclines = 0;
    fc.assert(
      fc.property(walkSteps(40), (steps) => {
        for (const { before, event, result } of walk('active-offer', steps).records) {
          if (!result.ok || before === null || event.type !== 'OUTCOME_CONFIRMED') continue;
          const outcome = currentRound(before.context)?.outcome;
          if (outcome !== 'declined' && outcome !== 'opted-out') continue;
          confirmedDeclines += 1;
          expect(result.snapshot.value).toBe('awaitingReoffer');
          const round = result.effects.activeOfferRounds[result.effects.activeOfferRounds.length - 1]!;
          expect(reofferDueOn(round)).toBe(addMonths(round.outcomeConfirmedOn!, 6));
          expect(allowedEvents(result.snapshot)).toEqual(expect.arrayContaining(['OFFER_DUE', 'OPTED_BACK_IN']));
        }
      }),
      { numRuns: 200 },
    );
    expect(confirmedDeclines).toBeGreaterThan(0);
  });

  it('reaches "entitlement ended" only through ENTITLEMENT_ENDED, and the entitlement outlives every other state', () => {
    fc.assert(
      fc.property(walkSteps(40, 0.4), (steps) => {
        for (const { before, event, result } of walk('active-offer', steps).records) {
          if (before?.value === 'entitlementEnded') expect(result.ok).toBe(false);
          if (!result.ok) continue;
          if (result.snapshot.value === 'entitlementEnded') expect(event.type).toBe('ENTITLEMENT_ENDED');
          else {
            expect(result.snapshot.context.entitlementEnded).toBeNull();
            expect(allowedEvents(result.snapshot)).toContain('ENTITLEMENT_ENDED');
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every earlier round unchanged as the case moves on', () => {
    fc.assert(
      fc.property(walkSteps(40), (steps) => {
        for (const { before, result } of walk('active-offer', steps).records) {
          if (!result.ok || before === null) continue;
          const earlier = before.context.rounds.slice(0, -1);
          expect(result.snapshot.context.rounds.slice(0, earlier.length)).toEqual(earlier);
          expect(result.snapshot.context.rounds.map((round) => round.round)).toEqual(result.snapshot.context.rounds.map((_, index) => index + 1));
        }
      }),
      { numRuns: 100 },
    );
  });
});
