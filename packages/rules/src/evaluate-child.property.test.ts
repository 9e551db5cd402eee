import { childRecordSchema, type ChildRecord } from '@cynnig/domain';
import type { RuleOverrides } from './parameters/rule-settings.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueItemsOfChild, evaluateChild } from './evaluate-child.js';
import { buildChildFacts } from './facts/child-facts.js';
import { childRecordArbitrary, referenceDateArbitrary } from './test-support/child-record-arbitrary.js';

const runs = { numRuns: 100 };

/** The record after the child declines the offer in the current round (or a new round) on `on`. */
function withDecline(record: ChildRecord, on: string): ChildRecord {
  const current = [...record.offers].sort((a, b) => b.round - a.round)[0];
  const round = current ? current.round + 1 : 1;
  const caseId = current?.caseId ?? record.child.id;
  return {
    ...record,
    offers: [...record.offers, { caseId, childId: record.child.id, round, state: 'awaitingReoffer', trigger: round === 1 ? 'became-looked-after' : 'periodic-after-decline', triggeredOn: on, providerId: null, childToldOn: on, referredOn: on, offerMadeOn: on, offerLanguage: 'en', mode: 'instructed', outcome: 'declined', outcomeOn: on, outcomeConfirmedOn: on, advocacyEndedOn: null, isReoffer: round > 1 }],
  };
}

describe('properties of the rules over random children and histories', () => {
  it('the due items worked out without json-rules-engine are exactly the engine\'s, with default and changed settings', async () => {
    const settings = fc.constantFrom<RuleOverrides | undefined>(
      undefined,
      { 'reoffer-periodic-after-decline': { parameters: { months: 3 } }, 'reoffer-school-move': { enabled: false } },
      { 'initial-offer-offer-due': { enabled: false }, 'iro-review-due': { parameters: { firstReviewWorkingDays: 15 } } },
      { 'return-home-conversation-due': { parameters: { followUpDays: 60 } }, 'iro-repeated-declines': { parameters: { declines: 2 } } },
    );
    await fc.assert(fc.asyncProperty(childRecordArbitrary, referenceDateArbitrary, settings, async (record, referenceDate, overrides) => {
      expect(await dueItemsOfChild(record, referenceDate, overrides)).toEqual((await evaluateChild(record, referenceDate, overrides)).dueItems);
    }), { numRuns: 500 });
  });

  it('the generated records are valid child records', () => {
    fc.assert(fc.property(childRecordArbitrary, (record) => {
      const result = childRecordSchema.safeParse(record);
      expect(result.error?.issues ?? []).toEqual([]);
    }), { numRuns: 100 });
  });

  it('a decline never removes an entitlement, and an entitled child who declines always has a re-offer due', async () => {
    await fc.assert(fc.asyncProperty(childRecordArbitrary, referenceDateArbitrary, async (record, referenceDate) => {
      const after = withDecline(record, referenceDate);
      expect(buildChildFacts(after, referenceDate).entitledNow).toBe(buildChildFacts(record, referenceDate).entitledNow);
      expect(buildChildFacts(after, referenceDate).entitlementBasesNow).toBe(buildChildFacts(record, referenceDate).entitlementBasesNow);
      if (buildChildFacts(after, referenceDate).entitledNow) {
        const { dueItems } = await evaluateChild(after, referenceDate);
        expect(dueItems.some((item) => item.kind === 'reoffer')).toBe(true);
      }
    }), runs);
  });

  it('every entitled child without an accepted offer has an offer, re-offer or offer outcome due date', async () => {
    await fc.assert(fc.asyncProperty(childRecordArbitrary, referenceDateArbitrary, async (record, referenceDate) => {
      const facts = buildChildFacts(record, referenceDate);
      fc.pre(facts.entitledNow && !facts.advocacyActive);
      const { dueItems } = await evaluateChild(record, referenceDate);
      const offerItems = dueItems.filter((item) => item.kind === 'offer' || item.kind === 'reoffer' || item.kind === 'offer-outcome');
      expect(offerItems.length, JSON.stringify({ state: facts.caseState, referenceDate })).toBeGreaterThan(0);
      for (const item of offerItems) expect(item.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }), runs);
  });

  it('no rule yields two open items for the same reason, and a child has at most one re-offer, early review and strategy discussion', async () => {
    await fc.assert(fc.asyncProperty(childRecordArbitrary, referenceDateArbitrary, async (record, referenceDate) => {
      const { dueItems } = await evaluateChild(record, referenceDate);
      const reasons = dueItems.map((item) => `${item.ruleId}|${item.caseId ?? ''}`);
      expect(new Set(reasons).size).toBe(reasons.length);
      for (const kind of ['reoffer', 'early-review', 'strategy-discussion']) expect(dueItems.filter((item) => item.kind === kind).length).toBeLessThanOrEqual(1);
    }), runs);
  });

  it('an accepted offer suppresses re-offers until the advocacy ends', async () => {
    await fc.assert(fc.asyncProperty(childRecordArbitrary, referenceDateArbitrary, async (record, referenceDate) => {
      fc.pre(buildChildFacts(record, referenceDate).advocacyActive);
      const { dueItems } = await evaluateChild(record, referenceDate);
      expect(dueItems.filter((item) => item.kind === 'reoffer')).toEqual([]);
    }), { numRuns: 60 });
  });

  it('evaluation is deterministic for the same record and date, whatever ran before', async () => {
    await fc.assert(fc.asyncProperty(childRecordArbitrary, childRecordArbitrary, referenceDateArbitrary, async (record, other, referenceDate) => {
      const first = await evaluateChild(record, referenceDate);
      await evaluateChild(other, referenceDate);
      const [second, third] = await Promise.all([evaluateChild(record, referenceDate), evaluateChild(structuredClone(record), referenceDate)]);
      expect(second).toEqual(first);
      expect(third).toEqual(first);
    }), { numRuns: 60 });
  });
});
