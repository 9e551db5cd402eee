// The SQL form of a Scope: which child ids a scope may see. Every child-level repository
// query goes through here so the rule lives in one place.
import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely';
import { assertChildScope, type Scope } from '../scope.js';
import type { Database } from './schema.js';

/**
 * A predicate on `children` rows for a scope:
 * `db.selectFrom('children').where((eb) => childInScope(eb, scope))`.
 * Authority: the authority's own children (IROs: only those with an open looked-after basis).
 * Provider: only children whose Active Offer case was referred to that provider.
 * System: every child (the sweep and monitoring jobs).
 */
export function childInScope(eb: ExpressionBuilder<Database, 'children'>, scope: Scope): Expression<SqlBool> {
  assertChildScope(scope);
  if (scope.kind === 'system') return sql<SqlBool>`1 = 1`;
  if (scope.kind === 'provider') {
    return eb.exists(
      eb
        .selectFrom('active_offer_cases')
        .select('active_offer_cases.id')
        .whereRef('active_offer_cases.child_id', '=', 'children.id')
        .where('active_offer_cases.provider_id', '=', scope.providerId),
    );
  }
  const own = eb('children.authority_code', '=', scope.authorityCode);
  if (!scope.lookedAfterOnly) return own;
  return eb.and([
    own,
    eb.exists(
      eb
        .selectFrom('entitlements')
        .select('entitlements.id')
        .whereRef('entitlements.child_id', '=', 'children.id')
        .where('entitlements.basis', '=', 'looked-after')
        .where('entitlements.end_on', 'is', null),
    ),
  ]);
}
