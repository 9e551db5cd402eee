// Council case systems export times as the clock on the office wall showed them. This turns a
// Europe/London wall time into the UTC moment Cynnig stores, across the clock changes.
const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

const HOUR = 3_600_000;
/** Offsets by UTC hour: the clocks only change on the hour, and a file's times cluster in few hours. */
const offsetByHour = new Map<number, number>();

/** Minutes London is ahead of UTC at a moment (0 in winter, 60 in summer). */
function londonOffsetMinutes(epochMs: number): number {
  const hour = Math.floor(epochMs / HOUR);
  const known = offsetByHour.get(hour);
  if (known !== undefined) return known;
  if (offsetByHour.size > 200_000) offsetByHour.clear();
  const offset = offsetAt(hour * HOUR);
  offsetByHour.set(hour, offset);
  return offset;
}

function offsetAt(epochMs: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

const HOURS_3 = 3 * HOUR;

/**
 * The UTC moment of a London wall time (given as if it were UTC), in milliseconds. In the hour
 * the clocks go back, the first (summer time) reading is taken; a time in the hour skipped in
 * spring is read with the winter offset, as a clock not yet put forward would have shown it.
 */
export function londonWallTimeToUtc(wallTimeAsUtcMs: number): number {
  const before = londonOffsetMinutes(wallTimeAsUtcMs - HOURS_3);
  const after = londonOffsetMinutes(wallTimeAsUtcMs + HOURS_3);
  const readings = [before, after]
    .map((offset) => wallTimeAsUtcMs - offset * 60_000)
    .filter((moment) => moment + londonOffsetMinutes(moment) * 60_000 === wallTimeAsUtcMs);
  return readings.length > 0 ? Math.min(...readings) : wallTimeAsUtcMs - before * 60_000;
}
