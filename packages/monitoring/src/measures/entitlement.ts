// When a child was entitled to advocacy, from their entitlement bases (looked after, child
// protection, care leaver, care and support): measures of children count only entitled children.
import type { ChildRecord, IsoDate } from '@cynnig/domain';
import type { Period } from '../period/financial-quarter.js';

export function entitledOn(record: ChildRecord, on: IsoDate): boolean {
  return record.entitlements.some((basis) => basis.start <= on && (basis.end === null || basis.end >= on));
}

export function entitledDuring(record: ChildRecord, window: Period): boolean {
  return record.entitlements.some((basis) => basis.start <= window.to && (basis.end === null || basis.end >= window.from));
}

/**
 * The date a child is described as of in a window: the window's last day, or the last day of
 * their entitlement within it when it ended earlier (a child who left care in May is described
 * as they were in May, not by their June placement).
 */
export function referenceDateIn(record: ChildRecord, window: Period): IsoDate {
  let last: IsoDate | null = null;
  for (const basis of record.entitlements) {
    if (basis.start > window.to || (basis.end !== null && basis.end < window.from)) continue;
    const end = basis.end === null || basis.end > window.to ? window.to : basis.end;
    if (last === null || end > last) last = end;
  }
  return last ?? window.to;
}
