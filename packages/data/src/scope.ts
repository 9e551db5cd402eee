// Who may see which children. Every child-level query in this package takes a Scope and
// filters in SQL, so a route that forgets a check still cannot leak another authority's child.
import { CynnigError, gssCodeSchema, idSchema, type User } from '@cynnig/domain';
import { z } from 'zod';

export const scopeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('authority'),
    authorityCode: gssCodeSchema,
    /** IROs oversee looked after children only: children with an open 'looked-after' entitlement. */
    lookedAfterOnly: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('provider'), providerId: idSchema }),
  z.object({ kind: z.literal('national') }),
  /** Jobs inside the server (the time-based sweep, monitoring): every child. Never a user's scope. */
  z.object({ kind: z.literal('system') }),
]);
export type Scope = z.infer<typeof scopeSchema>;
export type AuthorityScope = Extract<Scope, { kind: 'authority' }>;
export type ProviderScope = Extract<Scope, { kind: 'provider' }>;
export type ChildScope = Exclude<Scope, { kind: 'national' }>;

/** The scope of the sweep and monitoring jobs. */
export const systemScope: Scope = { kind: 'system' };

/**
 * The scope a user works in. Administrators get their authority's scope for managing users;
 * the API does not let them browse children. Commissioners see aggregates only.
 */
export function scopeOfUser(user: Pick<User, 'role' | 'authorityCode' | 'providerId'>): Scope {
  if (user.role === 'commissioner') return { kind: 'national' };
  if (user.role === 'provider-advocate' || user.role === 'provider-manager') {
    if (!user.providerId) throw scopeMissing('providerId');
    return { kind: 'provider', providerId: user.providerId };
  }
  if (!user.authorityCode) throw scopeMissing('authorityCode');
  return { kind: 'authority', authorityCode: user.authorityCode, ...(user.role === 'iro' ? { lookedAfterOnly: true } : {}) };
}

function scopeMissing(field: string): CynnigError {
  return new CynnigError({
    code: 'scope.incomplete',
    message: { en: 'This account is not linked to an authority or provider', cy: 'Nid yw\'r cyfrif hwn wedi\'i gysylltu ag awdurdod na darparwr' },
    path: [field],
  });
}

/** Child rows never leave the data layer in a national scope: it is for aggregates. */
export function assertChildScope(scope: Scope): asserts scope is ChildScope {
  if (scope.kind === 'national') {
    throw new CynnigError({
      code: 'scope.aggregates-only',
      message: {
        en: 'National monitoring sees figures only, never a child\'s record',
        cy: 'Mae monitro cenedlaethol yn gweld ffigurau yn unig, byth gofnod plentyn',
      },
    });
  }
}

/** How a scope is written in the audit log: 'authority:W06000015', 'provider:<id>', 'national', 'system'. */
export function scopeLabel(scope: Scope): string {
  if (scope.kind === 'authority') return `authority:${scope.authorityCode}`;
  if (scope.kind === 'provider') return `provider:${scope.providerId}`;
  return scope.kind;
}
