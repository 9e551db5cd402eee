import { describe, expect, it } from 'vitest';
import { declined, lookedAfterChild, movedTo, withEntitlement, withEpisode, withLifeEvent, withRound, stoppedBeingLookedAfter } from '../test-support/child-record-builder.js';
import { buildChildFacts } from './child-facts.js';

describe('the fact builder', () => {
  it('gives a child born on 29 February their 16th and 18th birthdays on 1 March in a common year', () => {
    const facts = buildChildFacts(lookedAfterChild({ dateOfBirth: '2012-02-29' }), '2028-02-28');
    expect(facts).toMatchObject({ turns16On: '2028-02-29', turns18On: '2030-03-01', ageYears: 15 });
    expect(buildChildFacts(lookedAfterChild({ dateOfBirth: '2012-02-29' }), '2028-02-29').ageYears).toBe(16);
  });

  it('counts an entitlement as open on its last day and not the day after', () => {
    const record = stoppedBeingLookedAfter(lookedAfterChild({ lookedAfterSince: '2024-01-08' }), '2025-03-31');
    expect(buildChildFacts(record, '2025-03-31').entitledNow).toBe(true);
    expect(buildChildFacts(record, '2025-04-01').entitledNow).toBe(false);
  });

  it('does not start the Active Offer for care and support needs alone', () => {
    const record = withEntitlement(stoppedBeingLookedAfter(lookedAfterChild({ lookedAfterSince: '2024-01-08' }), '2024-06-30'), 'care-and-support', '2024-07-01');
    expect(buildChildFacts(record, '2024-08-01')).toMatchObject({ entitledNow: false, entitlementBasesNow: '' });
  });

  it('ignores what is dated after the reference date', () => {
    let record = declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15');
    record = withLifeEvent(record, 'school-move', '2025-05-01');
    record = withRound(record, { state: 'awaitingChildTold', triggeredOn: '2025-05-01', trigger: 'school-move' });
    expect(buildChildFacts(record, '2025-04-30')).toMatchObject({ caseState: 'awaitingReoffer', schoolMoveSinceLastRound: null, offerRounds: 1 });
  });

  it('counts a trigger strictly after the last round closed, and only while the case waits for a re-offer', () => {
    let record = declined(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-01-15');
    record = withLifeEvent(withLifeEvent(record, 'complaint', '2025-01-15'), 'complaint', '2025-01-16');
    expect(buildChildFacts(record, '2025-02-01').complaintSinceLastRound).toBe('2025-01-16');
    const reofferUnderWay = withRound(record, { state: 'awaitingReferral', triggeredOn: '2025-01-20', trigger: 'complaint' });
    expect(buildChildFacts(reofferUnderWay, '2025-02-01')).toMatchObject({ complaintSinceLastRound: null, reofferRoundPending: true, awaitingReoffer: false });
  });

  it('takes the placement current on the date, and whether it is out of the area or out of Wales', () => {
    let record = movedTo(lookedAfterChild({ lookedAfterSince: '2024-09-02', authorityCode: 'W06000015' }), '2025-02-01', { location: { kind: 'wales', authorityCode: 'W06000022' } });
    record = movedTo(record, '2025-03-01', { location: { kind: 'outside-wales', description: 'Bristol' }, type: 'residential-independent', homeHasVisitingAdvocacy: false });
    expect(buildChildFacts(record, '2025-02-15')).toMatchObject({ placedOutOfArea: true, placedOutOfWales: false, residentialPlacement: false, visitingAdvocacyInHome: null });
    expect(buildChildFacts(record, '2025-03-01')).toMatchObject({ placedOutOfArea: false, placedOutOfWales: true, residentialPlacement: true, visitingAdvocacyInHome: false, placementStartedOn: '2025-03-01' });
  });

  it('dates a missing episode by the London calendar', () => {
    const record = withEpisode(lookedAfterChild({ lookedAfterSince: '2024-09-02' }), '2025-06-30T23:30:00Z', null);
    expect(buildChildFacts(record, '2025-06-30')).toMatchObject({ currentlyMissing: false, missingEpisodes: 0 });
    expect(buildChildFacts(record, '2025-07-01')).toMatchObject({ currentlyMissing: true, missingEpisodes: 1, lastMissingStartedOn: '2025-07-01' });
  });
});
