// After a missing episode: the scenario rows in return-home-conversation.scenarios.ts, rule by
// rule, and who the items are for.
import { describe, expect, it } from 'vitest';
import { evaluateChild } from '../../evaluate-child.js';
import { lookedAfterChild } from '../../test-support/child-record-builder.js';
import { runScenarioTable } from '../../test-support/rule-scenario.js';
import { episode, returnHomeConversationScenarios } from './return-home-conversation.scenarios.js';

runScenarioTable(returnHomeConversationScenarios);

const child = () => lookedAfterChild({ lookedAfterSince: '2024-09-02' });

describe('return-home-conversation-due: who offers the conversation and whose queues show it', () => {
  it('goes to the advocacy provider and the social worker by default, and says who offers it', async () => {
    const { dueItems } = await evaluateChild(episode(child(), '2025-04-17T10:00:00Z'), '2025-04-18');
    expect(dueItems.find((i) => i.kind === 'return-home-conversation')).toMatchObject({ audience: ['provider', 'social-worker'], facts: { 'parameter.offeredBy': 'advocacy-provider' } });
  });

  it('follows an authority\'s shorter window and its own choice of who offers it', async () => {
    const overrides = { 'return-home-conversation-due': { parameters: { windowHours: 24, offeredBy: 'social-worker', audience: ['social-worker'] } } };
    const { dueItems } = await evaluateChild(episode(child(), '2025-04-17T10:00:00Z'), '2025-04-18', overrides);
    expect(dueItems.find((i) => i.kind === 'return-home-conversation')).toMatchObject({ dueOn: '2025-04-18', audience: ['social-worker'], facts: { 'parameter.offeredBy': 'social-worker' } });
  });
});

describe('repeat missing', () => {
  it('asks for one strategy discussion, however many episodes qualify', async () => {
    let record = child();
    for (const day of ['01', '05', '09', '13']) record = episode(record, `2025-03-${day}T10:00:00Z`);
    const { dueItems } = await evaluateChild(record, '2025-03-14');
    expect(dueItems.filter((i) => i.kind === 'strategy-discussion')).toHaveLength(1);
  });
});
