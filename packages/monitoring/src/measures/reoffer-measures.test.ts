import { describe, expect, it } from 'vitest';
import { aChild, PROVIDER_A } from '../test-support/child-records.js';
import { financialYear } from '../period/financial-quarter.js';
import { computeMeasures } from './compute.js';
import { cellOf } from './measure-result.js';

// Figures for the financial year 2024-25 (1 April 2024 to 31 March 2025).
const year = financialYear(2024);
type Outcome = 'accepted' | 'declined' | 'opted-out' | 'could-not-contact';
/** A round referred, offered and answered on the same day (could-not-contact: no offer made). */
const round = (on: string, outcome: Outcome | null, mode: 'instructed' | 'non-instructed' = 'instructed', trigger: 'periodic-after-decline' | 'became-looked-after' = 'periodic-after-decline') => ({
  trigger, triggeredOn: on, providerId: PROVIDER_A, referredOn: on, offerMadeOn: outcome === 'could-not-contact' ? null : on,
  mode: outcome === 'could-not-contact' && mode === 'instructed' ? null : mode, outcome, outcomeOn: outcome === null ? null : on,
});

describe('re-offers after a decline worked out by hand', async () => {
  const children = [
    // Dafydd declined in May, declined the re-offer in November (answered, not accepted), and could
    // not be contacted in February (follows a decline, but no answer).
    aChild({ offers: [round('2024-05-13', 'declined'), round('2024-11-11', 'declined'), round('2025-02-10', 'could-not-contact')] }),
    // Efa opted out in April and accepted the re-offer in October.
    aChild({ offers: [round('2024-04-22', 'opted-out'), round('2024-10-21', 'accepted')] }),
    // Ffion accepted in April and declined a later round in October: that round follows an
    // acceptance, not a decline, so it is not a re-offer after a decline.
    aChild({ offers: [round('2024-04-15', 'accepted'), round('2024-10-14', 'declined')] }),
    // Gwen declined in March 2024 (the year before) and accepted in May: the earlier decline counts.
    aChild({ offers: [round('2024-03-01', 'declined'), round('2024-05-01', 'accepted')] }),
  ];
  const result = await computeMeasures(children, { period: year });

  it.each([
    // Dafydd's November round, Efa's October round, Gwen's May round.
    ['reoffers-after-decline-answered', 3],
    // Efa's and Gwen's.
    ['reoffers-after-decline-accepted', 2],
    // Made: Dafydd's November round, Efa's, Gwen's (Dafydd's February round had no offer made).
    ['reoffers-after-decline-made', 3],
    // 2 accepted of 3 answered.
    ['reoffer-take-up-rate', 2 / 3],
  ])('counts %s as %d', (id, expected) => {
    expect(cellOf(result, id, {})).toBeCloseTo(expected, 10);
  });
});

describe('Active Offers in non-instructed advocacy worked out by hand', async () => {
  const children = [
    // Huw, a baby: non-instructed advocacy accepted on 5 June. Counts.
    aChild({ dateOfBirth: '2024-01-20', offers: [round('2024-06-05', 'accepted', 'non-instructed', 'became-looked-after')] }),
    // Ioan, a child with profound and multiple learning disabilities: non-instructed, could not be
    // contacted on 12 August (an outcome recorded). Counts.
    aChild({ disability: 'disabled', offers: [round('2024-08-12', 'could-not-contact', 'non-instructed', 'became-looked-after')] }),
    // Jên: non-instructed, no outcome recorded yet. Placed by outcome date, so not counted.
    aChild({ offers: [round('2024-09-02', null, 'non-instructed', 'became-looked-after')] }),
    // Kit: instructed advocacy, accepted. Not non-instructed.
    aChild({ offers: [round('2024-09-02', 'accepted', 'instructed', 'became-looked-after')] }),
    // Mali could not be contacted, so no mode was ever set: not non-instructed.
    aChild({ offers: [round('2024-10-07', 'could-not-contact', 'instructed', 'became-looked-after')] }),
    // Lowri: non-instructed, accepted in March 2024 (the year before). Not counted.
    aChild({ offers: [round('2024-03-11', 'accepted', 'non-instructed', 'became-looked-after')] }),
  ];

  it('counts the rounds with an outcome recorded in the year in non-instructed advocacy: Huw\'s and Ioan\'s', async () => {
    const result = await computeMeasures(children, { period: year });
    expect(cellOf(result, 'offers-non-instructed', {})).toBe(2);
    // Of the year's four outcomes (Huw, Ioan, Kit, Mali), none is a decline: a child who cannot instruct is never recorded as declining.
    expect(cellOf(result, 'offer-outcomes', {})).toBe(4);
    expect(cellOf(result, 'offers-declined', {})).toBe(0);
  });
});
