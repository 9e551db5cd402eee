import { describe, expect, it } from 'vitest';
import { nextAuthorityStep } from './active-offer-step.js';

describe('the virtual social worker', () => {
  it.each([
    [['OFFER_DUE', 'ENTITLEMENT_ENDED'], 'OFFER_DUE'],
    [['CHILD_TOLD', 'OPTED_BACK_IN', 'ENTITLEMENT_ENDED'], 'CHILD_TOLD'],
    [['PERMISSION_GIVEN', 'PERMISSION_REFUSED', 'PERMISSION_CANNOT_BE_GIVEN'], 'PERMISSION_REFUSED'],
    [['OFFER_DUE', 'OPTED_BACK_IN'], 'OFFER_DUE'],
  ])('given %j records %s', (allowed, expected) => {
    expect(nextAuthorityStep(allowed, '2026-11-22')?.type).toBe(expected);
  });

  it('leaves a child alone while the next step is the advocacy provider\'s', () => {
    expect(nextAuthorityStep(['CONTACT_ATTEMPTED', 'COULD_NOT_CONTACT'], '2026-11-22')).toBeNull();
  });

  it('never records a step that ends the entitlement', () => {
    expect(nextAuthorityStep(['ENTITLEMENT_ENDED'], '2026-11-22')).toBeNull();
  });
});
