// Facts about a child (entitlements, placements, allocations...) are read only through the
// child they belong to, so the child's scope decides who sees them.
import type { Kysely } from 'kysely';
import { childInScope } from '../database/child-scope-filter.js';
import type { Database } from '../database/schema.js';
import { assertChildScope, type Scope } from '../scope.js';

/** True when the child exists and is within the scope. */
export async function childIsInScope(db: Kysely<Database>, scope: Scope, childId: string): Promise<boolean> {
  assertChildScope(scope);
  const row = await db.selectFrom('children').select('children.id').where('children.id', '=', childId).where((eb) => childInScope(eb, scope)).executeTakeFirst();
  return row !== undefined;
}

/** Providers see the referral, not the rest of the child's life. */
export function seesChildFacts(scope: Scope): boolean {
  return scope.kind === 'authority' || scope.kind === 'system';
}
