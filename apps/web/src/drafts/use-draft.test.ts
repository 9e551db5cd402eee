import { beforeEach, describe, expect, it } from 'vitest';
import { clearAllDrafts, draftKey, keepOnlyDraftsOf, readDraft } from './use-draft';

const rhian = '7d1e0c1a-2b3c-4d5e-8f90-a1b2c3d4e5f6';
const siân = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

beforeEach(() => sessionStorage.clear());

describe('drafts belong to the person who typed them', () => {
  it('keeps each person\'s draft of the same form apart', () => {
    sessionStorage.setItem(draftKey(rhian, 'active-offer.child-7.CHILD_TOLD'), JSON.stringify({ method: 'visit' }));
    expect(readDraft(rhian, 'active-offer.child-7.CHILD_TOLD', sessionStorage)).toEqual({ method: 'visit' });
    expect(readDraft(siân, 'active-offer.child-7.CHILD_TOLD', sessionStorage)).toBeNull();
  });

  it('when someone signs in, throws away everyone else\'s drafts and keeps their own', () => {
    sessionStorage.setItem(draftKey(rhian, 'life-event.child-7'), '{"kind":"school-move"}');
    sessionStorage.setItem(draftKey(siân, 'life-event.child-8'), '{"kind":"placement-move"}');
    sessionStorage.setItem('cynnig.language-hint', 'cy');
    keepOnlyDraftsOf(siân);
    expect(readDraft(rhian, 'life-event.child-7', sessionStorage)).toBeNull();
    expect(readDraft(siân, 'life-event.child-8', sessionStorage)).toEqual({ kind: 'placement-move' });
    // Only drafts are touched.
    expect(sessionStorage.getItem('cynnig.language-hint')).toBe('cy');
  });

  it('does not mistake a person whose id begins with another\'s for them', () => {
    sessionStorage.setItem(draftKey(`${rhian}0`, 'review.child-7'), '{}');
    keepOnlyDraftsOf(rhian);
    expect(sessionStorage.length).toBe(0);
  });

  it('throws away every draft when the person signs out', () => {
    sessionStorage.setItem(draftKey(rhian, 'a'), '{}');
    sessionStorage.setItem(draftKey(siân, 'b'), '{}');
    clearAllDrafts();
    expect(sessionStorage.length).toBe(0);
  });
});
