import { describe, expect, it } from 'vitest';
import { entitlementRestart, entitlementTriggers } from './entitlement-guards.js';

const basis = (kind: 'looked-after' | 'child-protection' | 'care-leaver' | 'care-and-support', start: string, end: string | null = null) => ({ basis: kind, start, end });

describe('when a closed Active Offer case opens again', () => {
  it.each([
    { when: 'the child comes back into care', bases: [basis('looked-after', '2024-01-08', '2025-06-30'), basis('looked-after', '2026-03-02')], expected: { on: '2026-03-02', trigger: 'became-looked-after' } },
    { when: 'the young person becomes a care leaver the day after leaving care', bases: [basis('looked-after', '2024-01-08', '2025-06-30'), basis('care-leaver', '2025-07-01')], expected: { on: '2025-07-01', trigger: 'became-care-leaver' } },
    { when: 'child protection enquiries lead to a conference', bases: [basis('child-protection', '2026-02-16')], expected: { on: '2026-02-16', trigger: 'child-protection-enquiry' } },
    { when: 'the new basis began before the case was closed, so the restart is dated the day it closed', bases: [basis('care-leaver', '2025-06-25')], expected: { on: '2025-06-30', trigger: 'became-care-leaver' } },
    { when: 'the new basis starts on the reference date', bases: [basis('looked-after', '2026-03-04')], expected: { on: '2026-03-04', trigger: 'became-looked-after' } },
  ])('opens when $when', ({ bases, expected }) => {
    expect(entitlementRestart(bases, '2025-06-30', '2026-03-04')).toEqual(expected);
  });

  it.each([
    { when: 'no basis is open', bases: [basis('looked-after', '2024-01-08', '2025-06-30')] },
    { when: 'the new basis starts after the reference date', bases: [basis('looked-after', '2026-03-05')] },
    { when: 'the new basis has already ended', bases: [basis('child-protection', '2025-09-01', '2025-10-01')] },
    { when: 'the child has care and support needs only (issue-based advocacy on request)', bases: [basis('care-and-support', '2026-01-05')] },
  ])('stays closed when $when', ({ bases }) => {
    expect(entitlementRestart(bases, '2025-06-30', '2026-03-04')).toBeNull();
  });

  it('knows the triggers that mean an entitlement started', () => {
    expect(entitlementTriggers).toEqual(['became-looked-after', 'child-protection-enquiry', 'became-care-leaver']);
  });
});
