// GET /api/v1/providers: the advocacy providers commissioned by the signed-in person's
// authority, by name, so a referral names a provider the API will accept (the Active Offer's
// REFERRED step refuses any other). No child's data is read, so nothing is audited.
import { providersForAuthority } from '@cynnig/data';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { permissions } from '../../../auth/permissions.js';
import { gate } from '../../../auth/signed-in.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { commissionedProvidersSchema } from './schema.js';

export const getProvidersRoute = createRoute({
  method: 'get',
  path: '/api/v1/providers',
  tags: ['Providers'],
  summary: 'The advocacy providers your authority commissions, by name',
  description: 'Whom a child of your authority may be referred to. Empty when no provider is recorded as serving the authority.',
  middleware: [gate(permissions.readProviders)] as const,
  responses: {
    200: { description: 'The providers, in order of name', content: { 'application/json': { schema: commissionedProvidersSchema } } },
    ...problemResponses(401, 403),
  },
});

export function registerGetProviders(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getProvidersRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.readProviders);
    const providers = actor.user.authorityCode ? await providersForAuthority(deps.database.db, actor.user.authorityCode) : [];
    return c.json({ items: providers.map((provider) => ({ id: provider.id, name: provider.name })) }, 200);
  });
}
