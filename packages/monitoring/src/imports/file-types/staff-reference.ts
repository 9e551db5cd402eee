// Workers in an import are named by the council's staff reference; Cynnig's user ids are minted
// when an account is made, so the caller passes the references it knows and anything else is refused.
import type { MappingProblem, RowContext } from '../file-type.js';

/** The user id for a staff reference, or null with a problem noted when there is no such account. */
export function staffProblem(reference: unknown, columnName: string, context: RowContext, problems: MappingProblem[]): string | null {
  if (typeof reference !== 'string') return null;
  const userId = context.staff.get(reference.toUpperCase());
  if (userId === undefined) {
    problems.push({
      column: columnName,
      code: 'import.unknown-staff-reference',
      reason: { en: 'no one with a Cynnig account has this staff reference; add the worker first', cy: 'nid oes gan neb sydd â chyfrif Cynnig y cyfeirnod staff hwn; ychwanegwch y gweithiwr yn gyntaf' },
    });
    return null;
  }
  return userId;
}
