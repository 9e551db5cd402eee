import { addMonths } from '@cynnig/domain';
import { childRecordSchema } from '@cynnig/domain';
import { evaluateChild, reofferDueOn } from '@cynnig/rules';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookedAfterChildWith } from '../test-support/child-record.js';
import { walk, walkSteps } from '../test-support/random-walk.js';
import { allowedEvents } from '../engine/apply-event.js';
import { currentRound } from './active-offer-context.js';

describe('the Active Offer, whatever happens', () => {
  it('follows a declined or opted-out offer with a scheduled re-offer once the outcome is confirmed, and the rules give its due date', async () => {
    let confirmedDeclines = 0;
    await fc.assert(
      fc.asyncProperty(walkSteps(40), async (steps) => {
        for (const { before, event, result } of walk('active-offer', steps).records) {
          if (!result.ok || before === null) continue;
          const outcome = event.type === 'PERMISSION_REFUSED' ? 'declined' : currentRound(before.context)?.outcome;
          const closesDecline = event.type === 'PERMISSION_REFUSED' || (event.type === 'OUTCOME_CONFIRMED' && (outcome === 'declined' || outcome === 'opted-out'));
          if (!closesDecline) continue;
          confirmedDeclines += 1;
          expect(result.snapshot.value).toBe('awaitingReoffer');
          expect(allowedEvents(result.snapshot)).toEqual(expect.arrayContaining(['OFFER_DUE', 'OPTED_BACK_IN']));
          const round = result.effects.activeOfferRounds[result.effects.activeOfferRounds.length - 1]!;
          const closedOn = round.outcomeConfirmedOn ?? round.outcomeOn!;
          const due = reofferDueOn(round);
          expect(due).toBe(addMonths(closedOn, 6));
          // The rules package, reading the rows the engine returned, puts a re-offer in the queue by then.
          const record = childRecordSchema.parse(lookedAfterChildWith(result.effects.activeOfferRounds));
          const { dueItems } = await evaluateChild(record, closedOn);
          const reoffers = dueItems.filter((item) => item.kind === 'reoffer');
          expect(reoffers.length).toBeGreaterThan(0);
          expect(reoffers.every((item) => item.dueOn <= due!)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
    expect(confirmedDeclines).toBeGreaterThan(0);
  });

  it('reaches "entitlement ended" only through ENTITLEMENT_ENDED, and leaves it only for a new entitlement, in a new first-offer round', () => {
    let restarts = 0;
    fc.assert(
      fc.property(walkSteps(40, 0.4), (steps) => {
        for (const { before, event, result } of walk('active-offer', steps).records) {
          if (!result.ok) continue;
          if (result.snapshot.value === 'entitlementEnded') {
            expect(event.type).toBe('ENTITLEMENT_ENDED');
            expect(allowedEvents(result.snapshot)).toEqual(['OFFER_DUE']);
            expect(result.snapshot.context.entitlementEndings.at(-1)).toMatchObject({ on: (event as unknown as { on: string }).on, afterRound: currentRound(result.snapshot.context)?.round });
          } else expect(allowedEvents(result.snapshot)).toContain('ENTITLEMENT_ENDED');
          if (before?.value === 'entitlementEnded') {
            restarts += 1;
            expect(event).toMatchObject({ type: 'OFFER_DUE', trigger: expect.stringMatching(/^(became-looked-after|child-protection-enquiry|became-care-leaver)$/) });
            expect(result.snapshot.value).toBe('awaitingChildTold');
            const rounds = result.snapshot.context.rounds;
            expect(rounds.slice(0, -1)).toEqual([...before.context.rounds.slice(0, -1), { ...before.context.rounds.at(-1)!, closedInState: 'entitlementEnded' }]);
            expect(rounds.at(-1)).toMatchObject({ isReoffer: false, trigger: (event as unknown as { trigger: string }).trigger });
            expect(result.snapshot.context.entitlementEndings).toEqual(before.context.entitlementEndings);
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(restarts).toBeGreaterThan(0);
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
