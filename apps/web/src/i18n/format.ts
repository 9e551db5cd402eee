// Dates, moments and numbers written the way each language writes them.
// Calendar dates (a date of birth, a review date) are shown as they are; moments
// (when a child went missing) are shown in Europe/London time.
import { isIsoDate, type Language } from '@cynnig/domain';
import { localeOf } from './language';

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined;
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

/**
 * Welsh month names written here rather than asked of Intl: browsers built without full
 * locale data (Debian's Chromium among them) fall back to American English for cy-GB.
 */
const welshMonths = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

function welshDate(year: string, month: string, day: string): string {
  return `${Number(day)} ${welshMonths[Number(month) - 1]} ${year}`;
}

/** "27 March 2026" / "27 Mawrth 2026". A calendar date never shifts with the viewer's time zone. */
export function formatDate(date: string, language: Language): string {
  if (!isIsoDate(date)) throw new Error(`not a calendar date: ${date}`);
  if (language === 'cy') {
    const [year = '', month = '', day = ''] = date.split('-');
    return welshDate(year, month, day);
  }
  const format = formatter(`date:${language}`, () => new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** "27 March 2026 at 21:05" style, always in UK time whatever the computer's clock is set to. */
export function formatTimestamp(timestamp: string, language: Language): string {
  const moment = new Date(timestamp);
  if (Number.isNaN(moment.getTime())) throw new Error(`not a timestamp: ${timestamp}`);
  if (language === 'cy') {
    const parts = Object.fromEntries(
      formatter('moment:parts', () => new Intl.DateTimeFormat('en-GB', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' }))
        .formatToParts(moment)
        .map((part) => [part.type, part.value]),
    );
    return `${welshDate(parts.year ?? '', parts.month ?? '', parts.day ?? '')} am ${parts.hour}:${parts.minute}`;
  }
  const format = formatter(
    `moment:${language}`,
    () => new Intl.DateTimeFormat(localeOf(language), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/London' }),
  );
  return format.format(moment);
}

export function formatNumber(value: number, language: Language): string {
  return formatter(`number:${language}`, () => new Intl.NumberFormat(localeOf(language))).format(value);
}
