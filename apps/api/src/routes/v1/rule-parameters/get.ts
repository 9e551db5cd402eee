// GET /api/v1/rule-parameters: the administrator's authority's rule settings.
import { listRuleParameterOverrides } from '@cynnig/data';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { permissions } from '../../../auth/permissions.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { ruleSettingsListSchema } from './schema.js';

export const getRuleParametersRoute = createRoute({
  method: 'get',
  path: '/api/v1/rule-parameters',
  tags: ['Rules'],
  summary: 'Your authority\'s rule settings',
  middleware: [gate(permissions.manageRuleParameters)] as const,
  responses: { 200: { description: 'The settings', content: { 'application/json': { schema: ruleSettingsListSchema } } }, ...problemResponses(401, 403) },
});

export function registerGetRuleParameters(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(getRuleParametersRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.manageRuleParameters);
    const authorityCode = actor.user.authorityCode ?? '';
    const rows = await listRuleParameterOverrides(deps.database.db, authorityCode);
    return c.json({ items: rows.map((row) => ({ ruleId: row.ruleId, authorityCode, ...(row.parameters as object), version: row.version })) }, 200);
  });
}
