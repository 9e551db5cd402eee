// PUT /api/v1/rule-parameters/{ruleId}: an administrator changes a rule for their authority.
// The change is checked by the rules package against the rule's own limits before it is stored.
import { setRuleParameterOverride, transaction } from '@cynnig/data';
import { CynnigError } from '@cynnig/domain';
import { configureRules, ruleBook } from '@cynnig/rules';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { permissions } from '../../../auth/permissions.js';
import { auditActorOf } from '../../../services/actor.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { ruleParameterParamsSchema, ruleSettingSchema, ruleSettingViewSchema } from './schema.js';

export const putRuleParameterRoute = createRoute({
  method: 'put',
  path: '/api/v1/rule-parameters/{ruleId}',
  tags: ['Rules'],
  summary: 'Change a rule\'s setting for your authority',
  middleware: [gate(permissions.manageRuleParameters)] as const,
  request: { params: ruleParameterParamsSchema, body: { required: true, content: { 'application/json': { schema: ruleSettingSchema } } } },
  responses: { 200: { description: 'Stored', content: { 'application/json': { schema: ruleSettingViewSchema } } }, ...problemResponses(401, 403, 404, 409, 422) },
});

export function registerPutRuleParameter(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(putRuleParameterRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.manageRuleParameters);
    const { ruleId } = c.req.valid('param');
    const { expectedVersion, ...setting } = c.req.valid('json');
    if (!ruleBook.some((rule) => rule.id === ruleId)) throw new CynnigError({ code: 'not-found.rule', message: { en: 'No such rule', cy: 'Dim rheol o\'r fath' } });
    // Throws a bilingual CynnigError naming the parameter when a value is outside the rule's limits.
    configureRules(ruleBook, { [ruleId]: setting });
    const authorityCode = actor.user.authorityCode ?? '';
    const stored = await transaction(deps.database.db, async (trx) => {
      const saved = await setRuleParameterOverride(trx, { authorityCode, ruleId, parameters: setting, expectedVersion, updatedBy: actor.user.id, now: actor.now.toISOString() });
      await appendAudit(trx, auditActorOf(actor), { action: 'rule-parameters.changed', detail: { ruleId, version: saved.version } }, actor.now);
      return saved;
    });
    return c.json({ ruleId, authorityCode, ...setting, version: stored.version }, 200);
  });
}
