// Operators a rule condition may use: json-rules-engine's own, and date comparisons on calendar
// dates ('2025-03-31'), which compare as text. A missing date never satisfies a date comparison.
import { Operator } from 'json-rules-engine';
import type { Bilingual } from '@cynnig/domain';

const isDate = (value: unknown): value is string => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** The date comparisons, by operator name. */
export const dateComparisons: Readonly<Record<string, (a: unknown, b: unknown) => boolean>> = {
  dateBefore: (a, b) => isDate(a) && isDate(b) && a < b,
  dateOnOrBefore: (a, b) => isDate(a) && isDate(b) && a <= b,
  dateAfter: (a, b) => isDate(a) && isDate(b) && a > b,
  dateOnOrAfter: (a, b) => isDate(a) && isDate(b) && a >= b,
};

/** The custom date operators, registered on every engine Cynnig builds. */
export const dateOperators: Operator[] = Object.entries(dateComparisons).map(([name, compare]) => new Operator(name, compare));

/** Every operator name a rule file may use, with the words explanations use for it. */
export const operatorWords: Record<string, Bilingual> = {
  equal: { en: 'is', cy: 'yw' },
  notEqual: { en: 'is not', cy: 'nid yw' },
  lessThan: { en: 'is less than', cy: 'yn llai na' },
  lessThanInclusive: { en: 'is at most', cy: 'yn ddim mwy na' },
  greaterThan: { en: 'is more than', cy: 'yn fwy na' },
  greaterThanInclusive: { en: 'is at least', cy: 'yn o leiaf' },
  in: { en: 'is one of', cy: 'yn un o' },
  notIn: { en: 'is none of', cy: 'yn ddim un o' },
  contains: { en: 'contains', cy: 'yn cynnwys' },
  doesNotContain: { en: 'does not contain', cy: 'ddim yn cynnwys' },
  dateBefore: { en: 'is before', cy: 'cyn' },
  dateOnOrBefore: { en: 'is on or before', cy: 'ar neu cyn' },
  dateAfter: { en: 'is after', cy: 'ar ôl' },
  dateOnOrAfter: { en: 'is on or after', cy: 'ar neu ar ôl' },
};

export const operatorNames = Object.keys(operatorWords);
