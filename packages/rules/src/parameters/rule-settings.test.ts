import { CynnigError } from '@cynnig/domain';
import { describe, expect, it } from 'vitest';
import { evaluateChild } from '../evaluate-child.js';
import { ruleBook } from '../rule-book/default-rule-book.js';
import { declined, lookedAfterChild, withLifeEvent } from '../test-support/child-record-builder.js';
import { configureRules } from './rule-settings.js';

function refusal(overrides: unknown): CynnigError {
  try {
    configureRules(ruleBook, overrides);
  } catch (error) {
    if (error instanceof CynnigError) return error;
    throw error;
  }
  throw new Error('the overrides were accepted');
}

describe('an authority\'s rule settings', () => {
  it('uses every default when nothing is overridden, with every rule on', () => {
    const configured = configureRules(ruleBook);
    expect(configured.every((c) => c.enabled)).toBe(true);
    expect(configured.find((c) => c.rule.id === 'reoffer-periodic-after-decline')?.parameters).toEqual({ months: 6 });
    expect(configured.find((c) => c.rule.id === 'return-home-conversation-due')?.parameters).toMatchObject({ windowHours: 72, offeredBy: 'advocacy-provider' });
  });

  it.each([
    { what: 'an unknown rule', overrides: { 'reoffer-birthday': { enabled: false } }, code: 'rules.override-unknown-rule', path: ['reoffer-birthday'], en: /no rule called reoffer-birthday/, cy: /Nid oes rheol o'r enw reoffer-birthday/ },
    { what: 'an unknown parameter', overrides: { 'reoffer-periodic-after-decline': { parameters: { weeks: 4 } } }, code: 'rules.override-unknown-parameter', path: ['reoffer-periodic-after-decline', 'parameters', 'weeks'], en: /has no parameter called weeks/, cy: /baramedr o'r enw weeks/ },
    { what: 'a value of the wrong type', overrides: { 'reoffer-periodic-after-decline': { parameters: { months: 'six' } } }, code: 'rules.override-invalid-parameter', path: ['reoffer-periodic-after-decline', 'parameters', 'months'], en: /must be a whole number/, cy: /rhif cyfan/ },
    { what: 'a value out of range', overrides: { 'reoffer-periodic-after-decline': { parameters: { months: 36 } } }, code: 'rules.override-invalid-parameter', path: ['reoffer-periodic-after-decline', 'parameters', 'months'], en: /between 1 and 24/, cy: /rhwng 1 a 24/ },
    { what: 'a fraction of a working day', overrides: { 'initial-offer-referral-due': { parameters: { referralWorkingDays: 2.5 } } }, code: 'rules.override-invalid-parameter', path: ['initial-offer-referral-due', 'parameters', 'referralWorkingDays'], en: /whole number/, cy: /rhif cyfan/ },
    { what: 'a choice that is not offered', overrides: { 'return-home-conversation-due': { parameters: { offeredBy: 'police' } } }, code: 'rules.override-invalid-parameter', path: ['return-home-conversation-due', 'parameters', 'offeredBy'], en: /must be one of: advocacy-provider/, cy: /fod yn un o/ },
    { what: 'switching a rule off with a word instead of true or false', overrides: { 'reoffer-school-move': { enabled: 'no' } }, code: 'rules.override-invalid', path: ['reoffer-school-move', 'enabled'], en: /reoffer-school-move\.enabled/, cy: /reoffer-school-move\.enabled/ },
  ])('refuses $what with a bilingual error naming the field', ({ overrides, code, path, en, cy }) => {
    const error = refusal(overrides);
    expect(error.toValue()).toMatchObject({ code, path });
    expect(error.bilingual.en).toMatch(en);
    expect(error.bilingual.cy).toMatch(cy);
  });

  it('switches a rule off: it yields nothing and its explanation says why', async () => {
    const record = withLifeEvent(declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15'), 'school-move', '2025-04-17');
    const on = await evaluateChild(record, '2025-04-22');
    const off = await evaluateChild(record, '2025-04-22', { 'reoffer-school-move': { enabled: false } });
    expect(on.dueItems.find((i) => i.kind === 'reoffer')?.dueOn).toBe('2025-05-06');
    expect(off.dueItems.find((i) => i.kind === 'reoffer')).toMatchObject({ ruleId: 'reoffer-periodic-after-decline', dueOn: '2025-07-15' });
    expect(off.explanations.find((e) => e.ruleId === 'reoffer-school-move')).toMatchObject({ outcome: 'switched-off', because: { en: 'The authority has switched this rule off.' } });
  });

  it('changes the outcome as documented when a parameter changes', async () => {
    const record = withLifeEvent(declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15'), 'school-move', '2025-04-17');
    const faster = await evaluateChild(record, '2025-04-22', { 'reoffer-school-move': { parameters: { workingDays: 2 } } });
    const reoffer = faster.dueItems.find((i) => i.kind === 'reoffer');
    expect(reoffer).toMatchObject({ dueOn: '2025-04-23', facts: { 'parameter.workingDays': 2 } });
  });
});
