import type { ChildRecord } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { evaluateChild } from '../../evaluate-child.js';
import { lookedAfterChild, withEpisode } from '../../test-support/child-record-builder.js';
import { outcomeOf } from '../../test-support/rule-outcome.js';

const child = () => lookedAfterChild({ lookedAfterSince: '2024-09-02' });
/** An episode of 12 hours ending at `endedAt`. */
const episode = (record: ChildRecord, endedAt: string, extra: Parameters<typeof withEpisode>[3] = {}) => withEpisode(record, new Date(Date.parse(endedAt) - 12 * 3_600_000).toISOString(), endedAt, extra);

describe('return-home-conversation-due: a conversation offered within 72 hours of the return', () => {
  it.each([
    { what: 'on the last day of the window', endedAt: '2025-04-17T10:00:00Z', on: '2025-04-20', expected: { fired: true, dueOn: '2025-04-20', severity: 'due' } },
    { what: 'the day after the window', endedAt: '2025-04-17T10:00:00Z', on: '2025-04-21', expected: { fired: true, dueOn: '2025-04-20', severity: 'overdue' } },
    { what: 'across the change to summer time (London dates)', endedAt: '2025-03-28T23:30:00Z', on: '2025-03-31', expected: { fired: true, dueOn: '2025-04-01', severity: 'due' } },
    { what: 'once the conversation has been offered', endedAt: '2025-04-17T10:00:00Z', on: '2025-04-18', extra: { conversationOfferedAt: '2025-04-17T15:00:00Z' }, expected: { fired: false, dueOn: null, severity: null } },
    { what: 'more than 28 days after the return', endedAt: '2025-03-01T10:00:00Z', on: '2025-03-30', expected: { fired: false, dueOn: null, severity: null } },
  ])('$what', async ({ endedAt, on, expected, extra }) => {
    expect(await outcomeOf('return-home-conversation-due', episode(child(), endedAt, extra), on)).toEqual(expected);
  });

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

describe('return-home-conversation-declined: record attempts and ask the carers', () => {
  it.each([
    { what: 'declined', extra: { conversationDeclined: true }, fired: true },
    { what: 'declined, then held after all', extra: { conversationDeclined: true, conversationHeldAt: '2025-04-19T10:00:00Z' }, fired: false },
    { what: 'not declined', extra: {}, fired: false },
  ])('$what: fired $fired', async ({ extra, fired }) => {
    expect(await outcomeOf('return-home-conversation-declined', episode(child(), '2025-04-17T10:00:00Z', extra), '2025-04-22')).toMatchObject({ fired, dueOn: fired ? '2025-04-28' : null });
  });
});

describe('repeat missing: a strategy discussion and an early review at 3 episodes in 30 days', () => {
  const threeIn = (days: number) => {
    let record = child();
    record = episode(record, '2025-03-01T10:00:00Z');
    record = episode(record, '2025-03-10T10:00:00Z');
    // the third starts `days - 1` days after the first started (the first started on 28 February at 22:00 UTC)
    const third = new Date(Date.parse('2025-03-01T10:00:00Z') + (days - 1) * 86_400_000).toISOString();
    return episode(record, third);
  };
  it.each([
    { rule: 'return-home-conversation-strategy-discussion', what: 'three episodes starting within 30 days', record: () => threeIn(30), fired: true },
    { rule: 'return-home-conversation-strategy-discussion', what: 'three episodes spread over 31 days', record: () => threeIn(31), fired: false },
    { rule: 'return-home-conversation-strategy-discussion', what: 'two episodes', record: () => episode(episode(child(), '2025-03-01T10:00:00Z'), '2025-03-10T10:00:00Z'), fired: false },
    { rule: 'return-home-conversation-early-review', what: 'three episodes starting within 30 days', record: () => threeIn(30), fired: true },
    { rule: 'return-home-conversation-early-review', what: 'three episodes spread over 31 days', record: () => threeIn(31), fired: false },
    { rule: 'return-home-conversation-early-review', what: 'a single episode', record: () => episode(child(), '2025-03-01T10:00:00Z'), fired: false },
  ])('$rule, $what: fired $fired', async ({ rule, record, fired }) => {
    expect((await outcomeOf(rule, record(), '2025-04-01')).fired).toBe(fired);
  });

  it('an authority can lower the threshold to 2', async () => {
    const record = episode(episode(child(), '2025-03-01T10:00:00Z'), '2025-03-10T10:00:00Z');
    expect((await outcomeOf('return-home-conversation-strategy-discussion', record, '2025-03-11', { 'return-home-conversation-strategy-discussion': { parameters: { repeatThreshold: 2 } } })).fired).toBe(true);
  });

  it('asks for one strategy discussion, however many episodes qualify', async () => {
    let record = child();
    for (const day of ['01', '05', '09', '13']) record = episode(record, `2025-03-${day}T10:00:00Z`);
    const { dueItems } = await evaluateChild(record, '2025-03-14');
    expect(dueItems.filter((i) => i.kind === 'strategy-discussion')).toHaveLength(1);
  });
});

describe('return-home-conversation-exploitation-risk-assessment', () => {
  it.each([
    { what: 'indicators recorded for this episode', record: () => episode(child(), '2025-04-17T10:00:00Z', { exploitationIndicators: ['older-associates'] }), fired: true },
    { what: 'indicators recorded for an earlier episode', record: () => episode(episode(child(), '2025-01-10T10:00:00Z', { exploitationIndicators: ['unexplained-money'] }), '2025-04-17T10:00:00Z'), fired: true },
    { what: 'no indicators', record: () => episode(child(), '2025-04-17T10:00:00Z'), fired: false },
  ])('$what: fired $fired', async ({ record, fired }) => {
    const { explanations } = await evaluateChild(record(), '2025-04-22');
    const latest = explanations.filter((e) => e.ruleId === 'return-home-conversation-exploitation-risk-assessment').at(-1);
    expect(latest?.outcome === 'fired').toBe(fired);
    if (fired) expect(latest?.dueOn).toBe('2025-04-28');
  });
});
