import { addDays, addMonths, childRecordSchema, type ChildRecord, type DueItem } from '@cynnig/domain';
import type { RuleOverrides } from './parameters/rule-settings.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueItemsOfChild, evaluateChild } from './evaluate-child.js';
import { buildChildFacts } from './facts/child-facts.js';
import { childRecordArbitrary, referenceDateArbitrary } from './test-support/child-record-arbitrary.js';

const runs = { numRuns: 100 };

/** Kinds of item that come with the entitlement (being looked after, going missing), whatever happens to the offer. */
const entitlementItemKinds = ['review', 'early-review', 'return-home-conversation', 'return-home-conversation-follow-up', 'strategy-discussion', 'exploitation-risk-assessment'];
/** Oversight rules that read the placement and the allocation, never the offer. */
const entitlementOversightRules = ['iro-no-allocated-social-worker', 'iro-placed-out-of-area', 'iro-placed-out-of-wales', 'iro-residential-without-visiting-advocacy'];

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

  it('gives each child the same items and explanations when many children are evaluated at once as one by one', async () => {
    // Two requests (or a sweep and a request) can evaluate children at the same moment on the
    // same engines; neither may cut the other's run short. Children back from a missing episode
    // run the episode rules too, where runs overlap most.
    const child = fc
      .tuple(childRecordArbitrary, fc.integer({ min: 0, max: 20 }))
      .filter(([record]) => record.missingEpisodes.some((episode) => episode.endedAt !== null))
      .map(([record, daysAfter]): [ChildRecord, string] => {
        const lastReturn = record.missingEpisodes.flatMap((episode) => (episode.endedAt === null ? [] : [episode.endedAt.slice(0, 10)])).sort().at(-1)!;
        return [record, addDays(lastReturn, daysAfter)];
      });
    await fc.assert(fc.asyncProperty(fc.array(child, { minLength: 2, maxLength: 6 }), async (children) => {
      const oneByOne = [];
      for (const [record, referenceDate] of children) oneByOne.push(await evaluateChild(record, referenceDate));
      const atOnce = await Promise.all(children.map(([record, referenceDate]) => evaluateChild(record, referenceDate)));
      expect(atOnce.map((evaluation) => evaluation.dueItems)).toEqual(oneByOne.map((evaluation) => evaluation.dueItems));
      expect(atOnce.map((evaluation) => evaluation.explanations)).toEqual(oneByOne.map((evaluation) => evaluation.explanations));
    }), { numRuns: 60 });
  });

  it('the generated records are valid child records', () => {
    fc.assert(fc.property(childRecordArbitrary, (record) => {
      const result = childRecordSchema.safeParse(record);
      expect(result.error?.issues ?? []).toEqual([]);
    }), { numRuns: 100 });
  });

  it('generates every route into the Active Offer: looked after, child protection enquiries (alone or before care proceedings) and care leavers', () => {
    const bases = fc.sample(childRecordArbitrary, { numRuns: 300, seed: 2026 }).map((record) => record.entitlements.map((e) => e.basis).join('>'));
    expect(bases).toContain('looked-after');
    expect(bases).toContain('child-protection');
    expect(bases).toContain('child-protection>looked-after');
    expect(bases.some((route) => route.endsWith('looked-after>care-leaver'))).toBe(true);
  });

  it('a decline never removes an entitlement: the rules still see an entitled child, with a re-offer due and every item that comes with being looked after', async () => {
    await fc.assert(fc.asyncProperty(childRecordArbitrary, referenceDateArbitrary, async (record, referenceDate) => {
      const before = buildChildFacts(record, referenceDate);
      fc.pre(before.entitledNow);
      const after = withDecline(record, referenceDate);
      expect(buildChildFacts(after, referenceDate)).toMatchObject({ entitledNow: true, entitlementBasesNow: before.entitlementBasesNow, lookedAfterNow: before.lookedAfterNow });
      const [was, now] = await Promise.all([evaluateChild(record, referenceDate), evaluateChild(after, referenceDate)]);
      // the evaluated outcome: a re-offer is due, six months after the decline at the latest
      const reoffers = now.dueItems.filter((item) => item.kind === 'reoffer');
      expect(reoffers).toHaveLength(1);
      expect(reoffers[0]!.dueOn <= addMonths(referenceDate, 6)).toBe(true);
      // and what the entitlement brings apart from the offer (reviews, early reviews, placement
      // and allocation checks, follow-up of missing episodes) is exactly as before the decline
      const notAboutTheOffer = (items: readonly DueItem[]) => items.filter((item) => entitlementItemKinds.includes(item.kind) || entitlementOversightRules.includes(item.ruleId));
      expect(notAboutTheOffer(now.dueItems)).toEqual(notAboutTheOffer(was.dueItems));
    }), runs);
  });

  it('every entitled child without an advocate has a due date for what is still to happen: the offer or re-offer, or once the offer is made its outcome', async () => {
    await fc.assert(fc.asyncProperty(childRecordArbitrary, referenceDateArbitrary, async (record, referenceDate) => {
      const facts = buildChildFacts(record, referenceDate);
      fc.pre(facts.entitledNow && !facts.advocacyActive);
      const { dueItems } = await evaluateChild(record, referenceDate);
      const context = JSON.stringify({ state: facts.caseState, referenceDate, kinds: dueItems.map((item) => item.kind) });
      const offers = dueItems.filter((item) => item.kind === 'offer' || item.kind === 'reoffer');
      const outcomes = dueItems.filter((item) => item.kind === 'offer-outcome');
      if (facts.outcomeAwaitedSince === null) {
        expect(offers.length, context).toBeGreaterThan(0);
        expect(outcomes, context).toEqual([]);
      } else {
        // The provider has made the offer and the child's answer (or its confirmation to the
        // authority) is awaited: there is nothing left to offer, so the due date is the outcome's.
        // A decline then schedules a re-offer (the property above).
        expect(offers, context).toEqual([]);
        expect(outcomes, context).toHaveLength(1);
      }
      for (const item of [...offers, ...outcomes]) expect(item.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }), runs);
  });

  it('puts items in the IRO\'s queue only for looked after children', async () => {
    await fc.assert(fc.asyncProperty(childRecordArbitrary, referenceDateArbitrary, async (record, referenceDate) => {
      const facts = buildChildFacts(record, referenceDate);
      const { dueItems } = await evaluateChild(record, referenceDate);
      if (!facts.lookedAfterNow) expect(dueItems.filter((item) => item.audience.includes('iro')).map((item) => item.ruleId)).toEqual([]);
    }), runs);
  });

  it('escalates every overdue offer or re-offer: to the IRO for a looked after child, to the team manager otherwise', async () => {
    await fc.assert(fc.asyncProperty(childRecordArbitrary, referenceDateArbitrary, async (record, referenceDate) => {
      const facts = buildChildFacts(record, referenceDate);
      const { dueItems } = await evaluateChild(record, referenceDate);
      for (const [kind, iroRule, managerRule] of [['offer', 'iro-initial-offer-overdue', 'team-manager-initial-offer-overdue'], ['reoffer', 'iro-reoffer-overdue', 'team-manager-reoffer-overdue']] as const) {
        const late = dueItems.filter((item) => item.kind === kind && item.dueOn < referenceDate);
        const escalated = dueItems.filter((item) => item.ruleId === iroRule || item.ruleId === managerRule);
        expect(escalated.map((item) => item.ruleId)).toEqual(late.length === 0 ? [] : [facts.lookedAfterNow ? iroRule : managerRule]);
        for (const item of escalated) expect(item.dueOn).toBe(late[0]?.dueOn);
      }
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
