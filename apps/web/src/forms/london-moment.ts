// Moments (when a child went missing, when they came back) are typed as a date and a
// time on the clock in Wales and stored as UTC timestamps. This turns one into the
// other whatever time zone the computer is set to, across the clock changes.
import type { IsoDate } from '@cynnig/domain';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** Minutes London is ahead of UTC at an instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** "21:05" or "9:05" (24-hour clock); null when it is not a time of day. */
export function parseClockTime(text: string): { hours: number; minutes: number } | null {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours <= 23 && minutes <= 59 ? { hours, minutes } : null;
}

/**
 * The UTC timestamp of a date and clock time in Wales. In the hour that is skipped in
 * spring the later reading is used; in the hour that repeats in autumn, the first.
 */
export function londonMomentToUtc(date: IsoDate, time: { hours: number; minutes: number }): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const naive = Date.UTC(year, month - 1, day, time.hours, time.minutes);
  // London is UTC or UTC+1, so the instant is one of these two; the earlier valid one wins.
  const candidates = [naive - 3_600_000, naive].filter((instant) => instant + londonOffsetMinutes(instant) * 60_000 === naive);
  const chosen = candidates[0] ?? naive - londonOffsetMinutes(naive - 3_600_000) * 60_000;
  return new Date(chosen).toISOString().replace(/\.000Z$/, 'Z');
}

/** The date and clock time in Wales of a UTC timestamp, to fill the boxes again. */
export function utcToLondonParts(timestamp: string): { date: IsoDate; time: string } {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(timestamp)).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
