// Oversight: the scenario rows in iro-oversight.scenarios.ts, rule by rule, and what the items
// say (how late, for whom) and how early reviews merge.
import { describe, expect, it } from 'vitest';
import { evaluateChild } from '../../evaluate-child.js';
import { declined, entitledChild, lookedAfterChild, withLifeEvent, withReview } from '../../test-support/child-record-builder.js';
import { runScenarioTable } from '../../test-support/rule-scenario.js';
import { iroOversightScenarios } from './iro-oversight.scenarios.js';

runScenarioTable(iroOversightScenarios);

describe('overdue offers in the IRO\'s and the team manager\'s queues', () => {
  it('says how many working days late the first offer is, Easter not counted', async () => {
    const { dueItems } = await evaluateChild(lookedAfterChild({ lookedAfterSince: '2025-03-24' }), '2025-04-22');
    const item = dueItems.find((i) => i.ruleId === 'iro-initial-offer-overdue');
    expect(item).toMatchObject({ dueOn: '2025-04-14', audience: ['iro', 'team-manager'], facts: { workingDaysOverdue: 4 } });
  });

  it('gives the age of an overdue re-offer in working days', async () => {
    const record = withLifeEvent(declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15'), 'school-move', '2025-04-17');
    const { dueItems } = await evaluateChild(record, '2025-05-09');
    expect(dueItems.find((i) => i.ruleId === 'iro-reoffer-overdue')?.facts['workingDaysOverdue']).toBe(3);
  });

  it('puts a late offer for a child who is not looked after in the team manager\'s queue only, saying why', async () => {
    const { dueItems } = await evaluateChild(entitledChild('child-protection', '2025-01-06'), '2025-01-28');
    const item = dueItems.find((i) => i.ruleId === 'team-manager-initial-offer-overdue');
    expect(item).toMatchObject({ kind: 'manager-oversight', audience: ['team-manager'], facts: { workingDaysOverdue: 1 } });
    expect(item?.reason.en).toBe('The first Active Offer was due by 2025-01-27 and has not been made. The child is not looked after, so has no IRO (entitled as: Child protection enquiries leading to an Initial Child Protection Conference).');
    expect(item?.reason.cy).toContain('Ymholiadau amddiffyn plant sy\'n arwain at Gynhadledd Amddiffyn Plant Gychwynnol');
    expect(dueItems.filter((i) => i.audience.includes('iro'))).toEqual([]);
  });
});

describe('early reviews', () => {
  it('several reasons make one early review, the earliest due date first', async () => {
    let record = withReview(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2024-09-27');
    record = withLifeEvent(record, 'risk-of-harm-concern', '2025-04-17');
    record = withLifeEvent(record, 'child-requested-review', '2025-04-17');
    const { dueItems } = await evaluateChild(record, '2025-04-22');
    const early = dueItems.filter((i) => i.kind === 'early-review');
    expect(early).toHaveLength(1);
    expect(early[0]).toMatchObject({ ruleId: 'iro-early-review-risk-of-harm', dueOn: '2025-04-28', facts: { firingRules: 'iro-early-review-risk-of-harm,iro-early-review-child-request' } });
  });
});
