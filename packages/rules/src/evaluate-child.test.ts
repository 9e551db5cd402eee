import { CynnigError, dueItemSchema } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { evaluateChild, explainChild } from './evaluate-child.js';
import { declined, lookedAfterChild, withEpisode, withLifeEvent } from './test-support/child-record-builder.js';

const declinedThenMoved = () => withLifeEvent(declined(lookedAfterChild({ lookedAfterSince: '2024-09-02', preferredLanguage: 'cy' }), '2025-01-15'), 'school-move', '2025-04-17');

describe('evaluateChild', () => {
  it('yields due items that satisfy the domain\'s due item schema, each naming its rule and the facts that fired it', async () => {
    const record = withEpisode(declinedThenMoved(), '2025-04-18T20:00:00Z', '2025-04-19T09:00:00Z');
    const { dueItems } = await evaluateChild(record, '2025-04-22');
    expect(dueItems.length).toBeGreaterThan(2);
    for (const item of dueItems) {
      expect(dueItemSchema.safeParse(item).success).toBe(true);
      expect(item.facts['referenceDate']).toBe('2025-04-22');
      expect(item.childId).toBe(record.child.id);
    }
    expect(dueItems.find((i) => i.kind === 'return-home-conversation')?.caseId).toBe(record.missingEpisodes[0]?.id);
    expect(dueItems.find((i) => i.kind === 'reoffer')?.caseId).toBe(record.offers[0]?.caseId);
  });

  it('explains every rule for the child and once per returned episode for the episode rules', async () => {
    const record = withEpisode(declinedThenMoved(), '2025-04-18T20:00:00Z', '2025-04-19T09:00:00Z');
    const { explanations } = await evaluateChild(record, '2025-04-22');
    const episodeRules = explanations.filter((e) => e.episodeId !== null);
    expect(episodeRules).toHaveLength(5);
    expect(explanations.length).toBe(38 + 5);
  });

  it('refuses a reference date that is not a real date', async () => {
    await expect(evaluateChild(lookedAfterChild(), '2025-02-30')).rejects.toBeInstanceOf(CynnigError);
  });

  it('gives the same answer however many children were evaluated before, on the same engines', async () => {
    const record = declinedThenMoved();
    const first = await evaluateChild(record, '2025-04-22');
    await Promise.all([evaluateChild(lookedAfterChild(), '2025-04-22'), evaluateChild(declined(lookedAfterChild(), '2025-02-01'), '2025-04-22')]);
    expect(await evaluateChild(record, '2025-04-22')).toEqual(first);
  });
});

describe('explainChild', () => {
  it('says in English which rules fired and why, with the facts and thresholds', async () => {
    const { fired, notFired } = await explainChild(declinedThenMoved(), '2025-04-22');
    const school = fired.find((line) => line.ruleId === 'reoffer-school-move');
    expect(school?.because).toBe('Fired because the case is waiting for a re-offer: yes (found: yes); the first school move since the last round is recorded (found: 2025-04-17).');
    expect(school?.dueOn).toBe('2025-05-06');
    const complaint = notFired.find((line) => line.ruleId === 'reoffer-complaint');
    expect(complaint?.because).toBe('Did not fire because the first complaint or representation since the last round is recorded (found: not recorded).');
  });

  it('says why not in Welsh, with the threshold the fact was compared with', async () => {
    const { notFired } = await explainChild(declinedThenMoved(), '2025-04-22', { language: 'cy' });
    const declines = notFired.find((line) => line.ruleId === 'iro-repeated-declines');
    expect(declines?.title).toBe('Gwrthod dro ar ôl tro: siarad â\'r plentyn yn breifat');
    expect(declines?.because).toBe('Heb ei sbarduno oherwydd nifer y troeon y gwrthodwyd neu yr optiwyd allan yn o leiaf 2 (canfuwyd: 1).');
  });

  it('lists rules the authority switched off separately', async () => {
    const { switchedOff } = await explainChild(declinedThenMoved(), '2025-04-22', { overrides: { 'reoffer-complaint': { enabled: false } } });
    expect(switchedOff.map((line) => line.ruleId)).toEqual(['reoffer-complaint']);
  });
});

describe('missing episodes long past', () => {
  it('are not run once every episode rule\'s follow-up period has ended, unless an authority lengthens it', async () => {
    const record = withEpisode(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-10T20:00:00Z', '2025-01-11T08:00:00Z');
    const late = await evaluateChild(record, '2025-02-09');
    expect(late.explanations.filter((e) => e.episodeId !== null)).toEqual([]);
    const longer = await evaluateChild(record, '2025-02-09', { 'return-home-conversation-due': { parameters: { followUpDays: 60 } } });
    expect(longer.dueItems.find((i) => i.kind === 'return-home-conversation')).toMatchObject({ dueOn: '2025-01-14', severity: 'overdue' });
  });
});
