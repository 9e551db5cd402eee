// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ManagedUser } from '../api/administration';
import { changeRequest, currentAnswers, outcomeOf, personChangeSchema, personChanges } from './person-changes';

const person: ManagedUser = {
  id: '0b7c4a8e-3a0f-4a39-9d0e-2d5b1f0b7a11', displayName: 'Rhys Bowen', email: 'rhys.bowen@example.gov.wales', role: 'social-worker',
  preferredLanguage: 'cy', active: true, status: 'active', version: 4, lockedUntil: null, deactivatedAt: null,
};
const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => (result.success ? [] : (result.error?.issues ?? []).map((issue) => issue.message));

describe('the changes an administrator makes to a person', () => {
  it('refuses an answer that changes nothing, so "check your answers" always shows a real change', () => {
    for (const what of personChanges) {
      expect(messagesOf(personChangeSchema(what, person).safeParse(currentAnswers(what, person))), what).toEqual(['people.errors.unchanged']);
    }
    expect(messagesOf(personChangeSchema('email', person).safeParse({ email: '  RHYS.BOWEN@example.gov.wales ' }))).toEqual(['people.errors.unchanged']);
  });

  it('asks for each answer in words the person understands, in either language', () => {
    expect(messagesOf(personChangeSchema('name', person).safeParse({ displayName: '   ' }))).toEqual(['administration.errors.name']);
    expect(messagesOf(personChangeSchema('email', person).safeParse({ email: '' }))).toEqual(['people.errors.emailRequired']);
    expect(messagesOf(personChangeSchema('email', person).safeParse({ email: 'rhys at home' }))).toEqual(['signIn.errors.emailFormat']);
    expect(messagesOf(personChangeSchema('role', person).safeParse({ role: null }))).toContain('administration.errors.role');
    expect(messagesOf(personChangeSchema('role', person).safeParse({ role: 'provider-advocate' }))).toContain('administration.errors.role');
    expect(messagesOf(personChangeSchema('status', person).safeParse({ active: null }))).toContain('people.errors.status');
  });

  it('counts a locked account as open: closing it is a change, and unlocking is an action of its own', () => {
    const locked = { ...person, status: 'locked' as const, lockedUntil: '2026-03-02T10:15:00.000Z' };
    expect(currentAnswers('status', locked)).toEqual({ active: 'active' });
    expect(personChangeSchema('status', locked).safeParse({ active: 'deactivated' }).success).toBe(true);
  });

  it('sends only the field that changes, with the version the page read', () => {
    expect(changeRequest('role', { role: 'team-manager' }, person)).toEqual({ role: 'team-manager', expectedVersion: 4 });
    expect(changeRequest('status', { active: 'deactivated' }, person)).toEqual({ active: false, expectedVersion: 4 });
    expect(changeRequest('name', { displayName: 'Rhys ap Bowen' }, person)).toEqual({ displayName: 'Rhys ap Bowen', expectedVersion: 4 });
  });

  it('names a status change for what it did: a deactivation or a reactivation', () => {
    expect(outcomeOf('status', { active: 'deactivated' })).toBe('deactivated');
    expect(outcomeOf('status', { active: 'active' })).toBe('reactivated');
    expect(outcomeOf('role', { role: 'iro' })).toBe('role');
  });
});
