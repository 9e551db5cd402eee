import { describe, expect, it } from 'vitest';
import { aChild, CARDIFF, PROVIDER_A, PROVIDER_B, SWANSEA } from '../test-support/child-records.js';
import { financialYear } from '../period/financial-quarter.js';
import { computeMeasures, nearestRank } from './compute.js';
import { ALL } from './dimensions.js';
import type { OfferCountMeasure } from './measure.js';
import { measureCatalogue, measuresWithInputs } from './measure-catalogue.js';
import { cellOf } from './measure-result.js';

const sw = (n: number) => `5e000000-0000-4000-8000-00000000000${n}`;

// Three children in the financial year 2024-25 (1 April 2024 to 31 March 2025).
// Ayla (Cardiff, 12): declined the first offer, accepted the re-offer; one missing episode.
const ayla = aChild({
  authorityCode: CARDIFF,
  dateOfBirth: '2012-06-15',
  allocations: [
    { role: 'social-worker', userId: sw(1), start: '2023-01-01', end: '2024-06-30' },
    { role: 'social-worker', userId: sw(2), start: '2024-07-01', end: null },
    { role: 'iro', userId: sw(9), start: '2023-01-01', end: null },
  ],
  offers: [
    // Monday 8 April to Monday 15 April 2024: 9, 10, 11, 12, 15 April = 5 working days.
    { trigger: 'became-looked-after', triggeredOn: '2024-04-08', providerId: PROVIDER_A, referredOn: '2024-04-10', offerMadeOn: '2024-04-15', mode: 'instructed', outcome: 'declined', outcomeOn: '2024-04-15' },
    // Monday 7 October to Monday 4 November 2024: 8-11 Oct (4), 14-18 (5), 21-25 (5), 28-31 (4), 1 Nov (1), 4 Nov (1) = 20 working days.
    { trigger: 'periodic-after-decline', triggeredOn: '2024-10-07', providerId: PROVIDER_A, referredOn: '2024-10-20', offerMadeOn: '2024-11-04', mode: 'instructed', outcome: 'accepted', outcomeOn: '2024-11-04' },
  ],
  missingEpisodes: [
    // Returned 09:00 on 2 May, conversation held 12:00 on 3 May: 27 hours, within 72.
    { startedAt: '2024-05-01T20:00:00Z', endedAt: '2024-05-02T09:00:00Z', conversationOfferedAt: '2024-05-02T10:00:00Z', conversationHeldAt: '2024-05-03T12:00:00Z' },
  ],
});
// Bryn (Cardiff, 5 then 6): entitled from 1 August 2024, offer due that day and never made.
const bryn = aChild({
  authorityCode: CARDIFF,
  dateOfBirth: '2019-01-01',
  entitlements: [{ basis: 'looked-after', start: '2024-08-01', end: null, endReason: null }],
  offers: [{ trigger: 'became-looked-after', triggeredOn: '2024-08-01' }],
});
// Cerys (Swansea, 16): left care on 31 May 2024; could not be contacted; went missing twice; three social workers.
const cerys = aChild({
  authorityCode: SWANSEA,
  dateOfBirth: '2008-03-01',
  entitlements: [{ basis: 'looked-after', start: '2022-01-01', end: '2024-05-31', endReason: 'stopped-being-looked-after' }],
  allocations: [
    { role: 'social-worker', userId: sw(3), start: '2022-01-01', end: '2024-04-15' },
    { role: 'social-worker', userId: sw(4), start: '2024-04-16', end: '2024-05-10' },
    { role: 'social-worker', userId: sw(5), start: '2024-05-11', end: '2024-05-31' },
  ],
  offers: [{ trigger: 'became-looked-after', triggeredOn: '2024-04-02', providerId: PROVIDER_B, referredOn: '2024-04-03', outcome: 'could-not-contact', outcomeOn: '2024-04-30' }],
  missingEpisodes: [
    { startedAt: '2024-04-10T10:00:00Z', endedAt: '2024-04-10T22:00:00Z', conversationOfferedAt: '2024-04-11T09:00:00Z', conversationDeclined: true },
    // Returned 10:00 on 21 May, conversation held 10:00 on 25 May: 96 hours, later than 72.
    { startedAt: '2024-05-20T10:00:00Z', endedAt: '2024-05-21T10:00:00Z', conversationOfferedAt: '2024-05-22T10:00:00Z', conversationHeldAt: '2024-05-25T10:00:00Z' },
  ],
});

const year = financialYear(2024);
const all = { authority: ALL, quarter: ALL };

describe('measures on three children worked out by hand', async () => {
  const result = await computeMeasures([ayla, bryn, cerys], { period: year, groupBy: ['authority', 'quarter'], breakdown: ['ageBand'] });
  const figure = (id: string, row: Record<string, string> = all) => cellOf(result, id, row);

  it.each([
    // All three were entitled on some day of the year.
    ['children-entitled', 3],
    // Ayla's two rounds, Bryn's round, Cerys's round.
    ['offers-due', 4],
    // Ayla's two offers; Bryn's was never made and Cerys could not be contacted.
    ['offers-made', 2],
    // 5 working days is within 15; 20 is not.
    ['offers-made-within-timescale', 1],
    ['offers-made-within-timescale-rate', 1 / 2],
    // Ayla declined, Ayla accepted, Cerys could not be contacted.
    ['offer-outcomes', 3],
    ['offers-answered', 2],
    ['offers-accepted', 1],
    ['take-up-rate', 1 / 2],
    ['offers-declined', 1],
    ['offers-could-not-contact', 1],
    ['could-not-contact-rate', 1 / 3],
    ['offers-non-instructed', 0],
    // Ayla's second round followed her decline and she accepted it.
    ['reoffers-made', 1],
    ['reoffers-after-decline-made', 1],
    ['reoffers-after-decline-accepted', 1],
    ['reoffer-take-up-rate', 1],
    // Working days [5, 20]: median rank ceil(0.5 x 2) = 1 -> 5; 90th rank ceil(0.9 x 2) = 2 -> 20.
    ['working-days-to-offer-median', 5],
    ['working-days-to-offer-p90', 20],
    // Overdue from the 16th working day after the trigger until closed. Bryn: from late August, never closed.
    // Ayla's re-offer: 16th working day after 7 October is 29 October; made 4 November, so overdue 29 Oct to 3 Nov.
    // Cerys: 3-5 Apr (3), 8-12 (8), 15-19 (13), 22-24 (16): overdue from 24 April until could-not-contact on 30 April.
    ['children-offer-overdue', 3],
    // Ayla once, Cerys twice.
    ['missing-episodes', 3],
    ['children-missing', 2],
    ['children-repeat-missing', 1],
    ['missing-episodes-ended', 3],
    ['return-conversations-offered', 3],
    // Cerys declined the first conversation; the other two were held.
    ['return-conversations-accepted', 2],
    // Ayla's after 27 hours; Cerys's after 96 hours is late.
    ['return-conversations-held-in-time', 1],
    ['return-conversation-offer-rate', 1],
    ['return-conversation-accept-rate', 2 / 3],
    ['return-conversation-in-time-rate', 1 / 3],
    // Ayla 2 (the IRO does not count), Bryn 0, Cerys 3: 5 over 3 children.
    ['social-worker-allocations', 5],
    ['social-workers-per-child', 5 / 3],
    ['children-three-or-more-social-workers', 1],
    // Ayla twice, Cerys once; themes split them by trigger.
    ['referrals', 3],
    ['referrals-trigger-became-looked-after', 2],
    ['referrals-trigger-periodic-after-decline', 1],
  ])('counts %s for the year as %d', (id, expected) => {
    expect(figure(id)).toBeCloseTo(expected, 10);
  });

  it('counts a child in each quarter they were entitled, and once in the year', () => {
    // Q1: Ayla and Cerys. Q2 to Q4: Ayla and Bryn (Cerys left in May, Bryn came in August).
    expect(['2024-25 Q1', '2024-25 Q2', '2024-25 Q3', '2024-25 Q4'].map((quarter) => figure('children-entitled', { authority: ALL, quarter }))).toEqual([2, 2, 2, 2]);
    expect(figure('children-entitled', { authority: CARDIFF, quarter: ALL })).toBe(2);
    expect(figure('children-entitled', { authority: SWANSEA, quarter: ALL })).toBe(1);
  });

  it('places each offer in the quarter of its own date', () => {
    // Due: Ayla 8 Apr and Cerys 2 Apr (Q1), Bryn 1 Aug (Q2), Ayla 7 Oct (Q3).
    expect(figure('offers-due', { authority: ALL, quarter: '2024-25 Q1' })).toBe(2);
    expect(figure('offers-due', { authority: ALL, quarter: '2024-25 Q2' })).toBe(1);
    expect(figure('offers-due', { authority: CARDIFF, quarter: '2024-25 Q3' })).toBe(1);
    expect(figure('offers-due', { authority: SWANSEA, quarter: '2024-25 Q3' })).toBe(0);
  });

  it('finds an offer overdue only in the quarters the child was waiting too long for it', () => {
    // Q1: Cerys only (Ayla's first offer took 5 working days). Q2: Bryn. Q3: Bryn and Ayla's re-offer. Q4: Bryn.
    expect(['2024-25 Q1', '2024-25 Q2', '2024-25 Q3', '2024-25 Q4'].map((quarter) => figure('children-offer-overdue', { authority: ALL, quarter }))).toEqual([1, 1, 2, 1]);
    expect(figure('children-offer-overdue', { authority: CARDIFF, quarter: '2024-25 Q1' })).toBe(0);
  });

  it('describes each child by their age on their reference date', () => {
    // Ayla 12 on 31 March 2025; Bryn 6; Cerys 16 on 31 May 2024, the last day she was entitled.
    const entitledAged = (band: string) => cellOf(result, 'children-entitled', all, { dimension: 'ageBand', value: band });
    expect(['under-5', '5-9', '10-15', '16-17', '18-plus'].map(entitledAged)).toEqual([0, 1, 1, 1, 0]);
  });

  it('honours the parameters an authority sets', async () => {
    // With 20 working days allowed, Ayla's re-offer after exactly 20 is in time.
    const generous = await computeMeasures([ayla, bryn, cerys], { period: year, parameters: { offerWithinWorkingDays: 20 }, measures: measuresWithInputs(['offers-made-within-timescale-rate']) });
    expect(cellOf(generous, 'offers-made-within-timescale-rate', {})).toBe(1);
    // With a 100-hour window, Cerys's conversation after 96 hours counts too.
    const wider = await computeMeasures([ayla, bryn, cerys], { period: year, parameters: { returnConversationWindowHours: 100 }, measures: measuresWithInputs(['return-conversations-held-in-time']) });
    expect(cellOf(wider, 'return-conversations-held-in-time', {})).toBe(2);
  });

  it('groups by region and by the provider each round was referred to', async () => {
    const byRegion = await computeMeasures([ayla, bryn, cerys], { period: year, groupBy: ['rpbRegion', 'provider'], measures: measuresWithInputs(['offers-due', 'children-entitled']) });
    expect(cellOf(byRegion, 'children-entitled', { rpbRegion: 'cardiff-and-vale', provider: ALL })).toBe(2);
    expect(cellOf(byRegion, 'offers-due', { rpbRegion: ALL, provider: PROVIDER_A })).toBe(2);
    expect(cellOf(byRegion, 'offers-due', { rpbRegion: ALL, provider: 'not-referred' })).toBe(1);
  });

  it('counts a new measure given only as a definition object', async () => {
    const offersInWelsh: OfferCountMeasure = {
      ...(measureCatalogue.find((m) => m.id === 'offers-made') as OfferCountMeasure),
      id: 'offers-made-in-welsh',
      counts: (offer) => offer.offerLanguage === 'cy',
    };
    const welshAyla = { ...ayla, offers: ayla.offers.map((offer) => ({ ...offer, offerLanguage: offer.round === 2 ? ('cy' as const) : ('en' as const) })) };
    const custom = await computeMeasures([welshAyla, bryn], { period: year, measures: [offersInWelsh] });
    expect(cellOf(custom, 'offers-made-in-welsh', {})).toBe(1);
  });

  it('reads records from an async stream as well as an array', async () => {
    async function* stream() {
      yield ayla;
      yield bryn;
      yield cerys;
    }
    const streamed = await computeMeasures(stream(), { period: year, groupBy: ['authority', 'quarter'], breakdown: ['ageBand'] });
    expect(streamed.values).toEqual(result.values);
  });
});

describe('nearest-rank percentiles', () => {
  it.each([
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4, 5], 50, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[7], 90, 7],
  ])('of %j at %d is %d', (values, percentile, expected) => {
    const histogram = new Map<number, number>();
    for (const value of values) histogram.set(value, (histogram.get(value) ?? 0) + 1);
    expect(nearestRank(histogram, percentile)).toBe(expected);
  });
});
