import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent } from '../engine/apply-event.js';
import { replay } from '../engine/replay.js';
import { applyAll, lastOf } from '../test-support/apply-all.js';
import { missingEpisodeEvent as ev, missingEpisodeInput as input } from '../test-support/sample-cases.js';
import type { MissingEpisodeInput } from './missing-episode-context.js';

const reported = {
  type: 'REPORTED', at: '2026-05-09T23:10:00Z', kind: 'missing', riskGrade: 'medium',
  lastSeenAt: '2026-05-09T19:00:00Z', reportedBy: 'Foster carer', policeReference: 'SWP-0509-117',
} as const;
const returned = { type: 'RETURNED', at: '2026-05-10T14:00:00Z', method: 'found-by-police', whereFound: 'Newport bus station', whoWith: null } as const;
const offered = ev('CONVERSATION_OFFERED', '2026-05-10T16:00:00Z', 0);

describe('a missing episode', () => {
  it('runs from the report to closing, through a return home conversation and agreed actions', () => {
    const events = [
      reported,
      ev('RISK_REGRADED', '2026-05-10T02:00:00Z', 0),
      ev('UPDATE_NOTED', '2026-05-10T08:00:00Z'),
      returned,
      offered,
      ev('CONVERSATION_ACCEPTED', '2026-05-11T10:00:00Z'),
      ev('CONVERSATION_HELD', '2026-05-12T15:00:00Z', 1),
      ev('ACTIONS_AGREED', '2026-05-12T15:30:00Z', 0),
      ev('CLOSED', '2026-05-13T09:00:00Z'),
    ];
    const results = applyAll('missing-episode', events, input);
    expect(results.map((result) => result.snapshot.value)).toEqual([
      'missing', 'missing', 'missing', 'returned', 'conversationOffered', 'conversationAccepted', 'conversationHeld', 'actionsAgreed', 'closed',
    ]);
    expect(lastOf(results).effects.missingEpisode).toEqual({
      id: input.episodeId, childId: input.childId, kind: 'missing', riskGrade: 'high',
      startedAt: '2026-05-09T19:00:00Z', endedAt: '2026-05-10T14:00:00Z',
      conversationOfferedAt: '2026-05-10T16:00:00Z', conversationHeldAt: '2026-05-12T15:00:00Z',
      conversationDeclined: false, exploitationIndicators: ['older-associates'],
    });
  });

  it('asks for a return home conversation when the child is back', () => {
    const [, back] = applyAll('missing-episode', [reported, returned], input);
    expect(back!.effects.notifications).toEqual([expect.objectContaining({ kind: 'child-returned', audience: ['social-worker'], caseId: input.episodeId })]);
  });

  it('records the attempts and whether carers were asked when the child declines the conversation, then still agrees actions', () => {
    const declined = { type: 'CONVERSATION_DECLINED', at: '2026-05-11T10:00:00Z', attempts: 3, carersAsked: true, carersInformation: 'Came back with a new phone' } as const;
    const results = applyAll('missing-episode', [reported, returned, offered, declined, ev('ACTIONS_AGREED', '2026-05-11T12:00:00Z', 1)], input);
    expect(results[3]!.snapshot.context.conversationDeclined).toEqual({ at: declined.at, attempts: 3, carersAsked: true, carersInformation: 'Came back with a new phone' });
    expect(results[3]!.effects.missingEpisode?.conversationDeclined).toBe(true);
    expect(lastOf(results).snapshot.value).toBe('actionsAgreed');
  });

  it('tells the right people about each agreed action: early review to the IRO, advocacy re-offer to the social worker', () => {
    const agreed = { type: 'ACTIONS_AGREED', at: '2026-05-12T15:30:00Z', actions: ['advocacy-reoffer', 'early-review', 'strategy-discussion', 'placement-support'] } as const;
    const held = [reported, returned, offered, ev('CONVERSATION_ACCEPTED', '2026-05-11T10:00:00Z'), ev('CONVERSATION_HELD', '2026-05-12T15:00:00Z')];
    const last = lastOf(applyAll('missing-episode', [...held, agreed], input));
    expect(last.effects.notifications.map((n) => [n.kind, n.audience])).toEqual([
      ['advocacy-reoffer-requested', ['social-worker']],
      ['early-review-requested', ['iro']],
      ['strategy-discussion-requested', ['team-manager', 'social-worker']],
    ]);
  });

  it('keeps updates while missing without moving the episode on', () => {
    const missing = lastOf(applyAll('missing-episode', [reported], input)).snapshot;
    expect(allowedEvents(missing)).toEqual(['RISK_REGRADED', 'UPDATE_NOTED', 'RETURNED']);
  });

  const previous = (startedAt: string, endedAt: string | null) => ({ id: '3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a', startedAt, endedAt });
  it.each([
    ['another episode is still open', [previous('2026-05-01T10:00:00Z', null)], 'workflow.missing-episode-already-open'],
    ['it starts before an earlier episode ended', [previous('2026-05-09T12:00:00Z', '2026-05-09T20:00:00Z')], 'workflow.missing-episode-overlaps'],
    ['it starts before a later episode already recorded', [previous('2026-05-20T12:00:00Z', '2026-05-21T08:00:00Z')], 'workflow.missing-episode-overlaps'],
  ])('cannot be reported when %s', (_why, otherEpisodes, code) => {
    const result = applyEvent('missing-episode', null, reported, { ...input, otherEpisodes });
    expect(result.ok ? 'accepted' : result.error.toValue()).toMatchObject({ code, path: ['lastSeenAt'] });
  });

  it('can be reported when the earlier episode ended before the child was last seen this time', () => {
    const result = applyEvent('missing-episode', null, reported, { ...input, otherEpisodes: [previous('2026-05-02T12:00:00Z', '2026-05-09T18:59:00Z')] });
    expect(result.ok).toBe(true);
  });

  it('cannot start before the child was born', () => {
    const baby: MissingEpisodeInput = { ...input, dateOfBirth: '2026-05-10' };
    const result = applyEvent('missing-episode', null, reported, baby);
    expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.missing-episode-before-birth');
  });

  it('cannot be reported before the child was last seen', () => {
    const result = applyEvent('missing-episode', null, { ...reported, at: '2026-05-09T18:00:00Z' }, input);
    expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.missing-episode-reported-before-last-seen');
  });

  it('cannot end before it started', () => {
    const missing = lastOf(applyAll('missing-episode', [reported], input)).snapshot;
    const result = applyEvent('missing-episode', missing, { ...returned, at: '2026-05-09T18:00:00Z' }, input);
    expect(result.ok ? 'accepted' : result.error.toValue()).toMatchObject({ code: 'workflow.missing-episode-ends-before-start', path: ['at'] });
  });

  it('refuses a step timed before the last one recorded', () => {
    const back = lastOf(applyAll('missing-episode', [reported, returned], input)).snapshot;
    const result = applyEvent('missing-episode', back, { ...offered, at: '2026-05-10T13:00:00Z' }, input);
    expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.date-before-earlier-step');
  });

  it('replays to the same snapshot even when the child has had later episodes since', () => {
    const events = [reported, returned, offered];
    const stored = lastOf(applyAll('missing-episode', events, input)).snapshot;
    const later = previous('2026-06-01T10:00:00Z', '2026-06-01T22:00:00Z');
    const replayed = replay('missing-episode', events, { ...input, otherEpisodes: [later] });
    expect(replayed.ok && replayed.snapshot).toEqual(stored);
  });
});
