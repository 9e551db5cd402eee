import { escalationRespondBy } from '@cynnig/rules';
import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent } from '../engine/apply-event.js';
import { applyAll, lastOf } from '../test-support/apply-all.js';
import { oversightInput as input } from '../test-support/sample-cases.js';

const raised = { type: 'RAISED', on: '2026-02-02', ruleId: 'reoffer-overdue', reason: 'The re-offer after a decline is 20 working days overdue' } as const;
const escalate = (stage: string, on: string) => ({ type: 'ESCALATED', on, stage, to: 'Named manager', respondBy: escalationRespondBy(on) }) as const;
const respond = (on: string, satisfactory = false) => ({ type: 'RESPONSE_RECEIVED', on, response: 'We will look at it at the next supervision', satisfactory }) as const;

describe('an IRO oversight concern', () => {
  it('is raised by a rule, acknowledged and resolved with a re-offer requested', () => {
    const results = applyAll('oversight', [raised, { type: 'ACKNOWLEDGED', on: '2026-02-03' }, { type: 'RESOLVED', on: '2026-02-05', resolution: 'reoffer-requested', note: null }], input);
    expect(results.map((result) => result.snapshot.value)).toEqual(['raised', 'acknowledged', 'resolved']);
    expect(lastOf(results).effects.oversightItem).toMatchObject({ state: 'resolved', ruleId: 'reoffer-overdue', resolution: 'reoffer-requested', resolvedOn: '2026-02-05' });
    expect(lastOf(results).effects.notifications).toEqual([expect.objectContaining({ kind: 'concern-resolved', audience: ['social-worker', 'iro'] })]);
  });

  it('gives each stage ten working days to respond by default, skipping weekends and bank holidays', () => {
    expect(escalationRespondBy('2026-02-02')).toBe('2026-02-16');
    expect(escalationRespondBy('2026-12-21')).toBe('2027-01-07');
  });

  it('escalates through every stage in order, each with a deadline and a response, up to CAFCASS Cymru', () => {
    const events = [
      raised,
      escalate('informal-alert', '2026-02-03'), respond('2026-02-10'),
      escalate('service-manager', '2026-02-11'), respond('2026-02-20'),
      escalate('head-of-service', '2026-02-23'), respond('2026-03-02'),
      escalate('cafcass-cymru', '2026-03-03'),
    ];
    const results = applyAll('oversight', events, input);
    const last = lastOf(results);
    expect(last.snapshot.context.escalations.map((e) => [e.stage, e.respondBy, e.response?.on ?? null])).toEqual([
      ['informal-alert', '2026-02-17', '2026-02-10'],
      ['service-manager', '2026-02-25', '2026-02-20'],
      ['head-of-service', '2026-03-09', '2026-03-02'],
      ['cafcass-cymru', '2026-03-17', null],
    ]);
    expect(last.effects.oversightItem).toMatchObject({ stage: 'cafcass-cymru', respondBy: '2026-03-17', awaitingResponse: true });
    expect(last.effects.notifications).toEqual([expect.objectContaining({ kind: 'concern-escalated', recipient: 'Named manager', dueOn: '2026-03-17' })]);
    const answered = applyEvent('oversight', last.snapshot, respond('2026-03-10'), input);
    expect(answered.ok && allowedEvents(answered.snapshot)).toEqual(['RESOLVED']);
  });

  it('sends the first stage to the social worker and team manager', () => {
    const [, escalated] = applyAll('oversight', [raised, escalate('informal-alert', '2026-02-03')], input);
    expect(escalated!.effects.notifications[0]!.audience).toEqual(['social-worker', 'team-manager']);
  });

  it('refuses to skip a stage, naming the stage that comes next', () => {
    const stored = lastOf(applyAll('oversight', [raised], input)).snapshot;
    const result = applyEvent('oversight', stored, escalate('head-of-service', '2026-02-03'), input);
    expect(result.ok ? 'accepted' : result.error.toValue()).toMatchObject({
      code: 'workflow.escalation-stage-out-of-order',
      path: ['stage'],
      message: { en: 'Escalate to the next stage: Alert to social worker and team manager' },
    });
  });

  it('waits for the stage\'s deadline before escalating further when no response has come', () => {
    const stored = lastOf(applyAll('oversight', [raised, escalate('informal-alert', '2026-02-03')], input)).snapshot;
    const early = applyEvent('oversight', stored, escalate('service-manager', '2026-02-17'), input);
    expect(early.ok ? 'accepted' : early.error.code).toBe('workflow.escalation-response-awaited');
    const afterDeadline = applyEvent('oversight', stored, escalate('service-manager', '2026-02-18'), input);
    expect(afterDeadline.ok).toBe(true);
  });

  it('records one response per stage', () => {
    const stored = lastOf(applyAll('oversight', [raised, escalate('informal-alert', '2026-02-03'), respond('2026-02-05')], input)).snapshot;
    const second = applyEvent('oversight', stored, respond('2026-02-06'), input);
    expect(second.ok ? 'accepted' : second.error.code).toBe('workflow.event-not-allowed');
  });

  it('refuses a deadline before the escalation itself', () => {
    const stored = lastOf(applyAll('oversight', [raised], input)).snapshot;
    const result = applyEvent('oversight', stored, { ...escalate('informal-alert', '2026-02-03'), respondBy: '2026-02-02' }, input);
    expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.escalation-deadline-before-escalation');
  });

  it('only lets an escalated concern be resolved through escalation', () => {
    const acknowledged = lastOf(applyAll('oversight', [raised, { type: 'ACKNOWLEDGED', on: '2026-02-03' }], input)).snapshot;
    const byEscalation = { type: 'RESOLVED', on: '2026-02-04', resolution: 'resolved-by-escalation', note: null } as const;
    const result = applyEvent('oversight', acknowledged, byEscalation, input);
    expect(result.ok ? 'accepted' : result.error.code).toBe('workflow.resolution-needs-escalation');
    const escalated = lastOf(applyAll('oversight', [escalate('informal-alert', '2026-02-04'), respond('2026-02-05', true)], input, acknowledged)).snapshot;
    const resolved = applyEvent('oversight', escalated, { ...byEscalation, on: '2026-02-06' }, input);
    expect(resolved.ok && resolved.snapshot.value).toBe('resolved');
  });

  it('does not resolve a concern the IRO has not yet acknowledged or escalated', () => {
    const stored = lastOf(applyAll('oversight', [raised], input)).snapshot;
    expect(allowedEvents(stored)).toEqual(['ACKNOWLEDGED', 'ESCALATED']);
  });
});
