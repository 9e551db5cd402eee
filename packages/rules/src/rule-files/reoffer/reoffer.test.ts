// The re-offer rules: the scenario rows in reoffer.scenarios.ts, rule by rule, and the merge of
// every trigger that fired into the child's one open re-offer.
import { describe, expect, it } from 'vitest';
import { evaluateChild } from '../../evaluate-child.js';
import { declined, lookedAfterChild, withLifeEvent } from '../../test-support/child-record-builder.js';
import { runScenarioTable } from '../../test-support/rule-scenario.js';
import { reofferScenarios } from './reoffer.scenarios.js';

runScenarioTable(reofferScenarios);

describe('one open re-offer per child', () => {
  it('merges every trigger that fired into one item, the earliest due date winning', async () => {
    let record = declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15');
    record = withLifeEvent(record, 'school-move', '2025-04-17');
    record = withLifeEvent(record, 'complaint', '2025-04-22');
    const { dueItems } = await evaluateChild(record, '2025-04-22');
    const reoffers = dueItems.filter((item) => item.kind === 'reoffer');
    expect(reoffers).toHaveLength(1);
    expect(reoffers[0]).toMatchObject({ ruleId: 'reoffer-complaint', dueOn: '2025-04-29', severity: 'due' });
    expect(String(reoffers[0]?.facts['firingRules']).split(',').sort()).toEqual(['reoffer-complaint', 'reoffer-periodic-after-decline', 'reoffer-school-move']);
    expect(reoffers[0]?.facts['schoolMoveSinceLastRound']).toBe('2025-04-17');
  });

  it('keeps the most severe severity of the triggers it merges', async () => {
    let record = declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15');
    record = withLifeEvent(record, 'school-move', '2025-04-17'); // due 6 May
    record = withLifeEvent(record, 'entered-secure-or-custody', '2025-04-17'); // due 28 April, urgent after it
    const { dueItems } = await evaluateChild(record, '2025-04-29');
    expect(dueItems.filter((item) => item.kind === 'reoffer')).toEqual([expect.objectContaining({ ruleId: 'reoffer-secure-or-custody', dueOn: '2025-04-28', severity: 'urgent' })]);
  });
});
