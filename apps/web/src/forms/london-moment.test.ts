// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { londonMomentToUtc, parseClockTime, utcToLondonParts } from './london-moment';

describe('a moment typed as a date and a time in Wales', () => {
  it.each([
    { date: '2025-01-15', time: '21:05', utc: '2025-01-15T21:05:00Z', season: 'winter: London is on UTC' },
    { date: '2025-07-15', time: '21:05', utc: '2025-07-15T20:05:00Z', season: 'summer: London is an hour ahead' },
    { date: '2025-03-30', time: '00:30', utc: '2025-03-30T00:30:00Z', season: 'the night the clocks go forward, before the change' },
    { date: '2025-03-30', time: '03:00', utc: '2025-03-30T02:00:00Z', season: 'the night the clocks go forward, after the change' },
    { date: '2025-10-26', time: '01:30', utc: '2025-10-26T00:30:00Z', season: 'the repeated hour in autumn: the first reading' },
  ])('$date $time is $utc ($season)', ({ date, time, utc }) => {
    expect(londonMomentToUtc(date, parseClockTime(time)!)).toBe(utc);
  });

  it.each(['24:00', '7', '12:60', 'noon', ''])('"%s" is not a time of day', (text) => {
    expect(parseClockTime(text)).toBeNull();
  });

  it('gives back the same date and time it was shown, for any moment outside the autumn repeat', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 0, 1) }), (instant) => {
        const minute = new Date(Math.floor(instant / 60_000) * 60_000).toISOString().replace(/\.000Z$/, 'Z');
        const { date, time } = utcToLondonParts(minute);
        const back = londonMomentToUtc(date, parseClockTime(time)!);
        // In the repeated autumn hour the earlier reading is chosen; everywhere else it is exact.
        expect(back === minute || Date.parse(minute) - Date.parse(back) === 3_600_000).toBe(true);
      }),
    );
  });
});
