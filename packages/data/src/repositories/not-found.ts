// The error for a record that does not exist or is outside the caller's scope. The two are
// deliberately the same, so a scope check never tells anyone that a child exists elsewhere.
import { CynnigError } from '@cynnig/domain';

export function notFound(what: 'child' | 'case' | 'user' | 'session' | 'entitlement' | 'placement' | 'allocation' | 'provider', id: string): CynnigError {
  const welsh: Record<typeof what, string> = {
    child: 'plentyn',
    case: 'achos',
    user: 'defnyddiwr',
    session: 'sesiwn',
    entitlement: 'hawl',
    placement: 'lleoliad',
    allocation: 'dyraniad',
    provider: 'darparwr',
  };
  return new CynnigError({
    code: `not-found.${what}`,
    message: { en: `No ${what} with that id was found`, cy: `Ni chafwyd hyd i ${welsh[what]} gyda'r dynodydd hwnnw` },
    details: { id },
  });
}

/** A write that named a version someone else has already replaced: reload and try again. */
export function staleVersion(what: string, currentVersion: number, expectedVersion: number): CynnigError {
  return new CynnigError({
    code: 'conflict.stale-version',
    message: {
      en: 'Someone else changed this record after you opened it. Reload it to see their change, then try again.',
      cy: 'Mae rhywun arall wedi newid y cofnod hwn ar ôl i chi ei agor. Ail-lwythwch ef i weld y newid, yna rhowch gynnig arall arni.',
    },
    details: { record: what, currentVersion, expectedVersion },
  });
}
