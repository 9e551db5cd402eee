// PUT /api/v1/rule-parameters/{ruleId}: an administrator changes a rule for their authority.
// The change is checked by the rules package against the rule's own limits before it is stored,
// and the authority's children are then evaluated again, so every queue shows the new dates.
import { setRuleParameterOverride, transaction } from '@cynnig/data';
import { CynnigError } from '@cynnig/domain';
import { configureRules, ruleBook } from '@cynnig/rules';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { permissions } from '../../../auth/permissions.js';
import { auditActorOf, todayOf } from '../../../services/actor.js';
import { sweep } from '../../../services/sweep-service.js';
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

/**
 * Checks the setting against the rule's own limits; a bilingual CynnigError names the parameter
 * as the request does (`parameters.months`), not as the rule book does (`<ruleId>.parameters.months`).
 */
function checkSetting(ruleId: string, setting: Record<string, unknown>): void {
  try {
    configureRules(ruleBook, { [ruleId]: setting });
  } catch (error) {
    if (!(error instanceof CynnigError) || error.path?.[0] !== ruleId) throw error;
    throw new CynnigError({ ...error.toValue(), path: error.path.slice(1) });
  }
}

export function registerPutRuleParameter(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(putRuleParameterRoute, async (c) => {
    const actor = actorFor(c, deps, permissions.manageRuleParameters);
    const { ruleId } = c.req.valid('param');
    const { expectedVersion, ...setting } = c.req.valid('json');
    if (!ruleBook.some((rule) => rule.id === ruleId)) throw new CynnigError({ code: 'not-found.rule', message: { en: 'No such rule', cy: 'Dim rheol o\'r fath' } });
    checkSetting(ruleId, setting);
    const authorityCode = actor.user.authorityCode ?? '';
    const today = todayOf(actor);
    const stored = await transaction(deps.database.db, async (trx) => {
      const saved = await setRuleParameterOverride(trx, { authorityCode, ruleId, parameters: setting, expectedVersion, updatedBy: actor.user.id, now: actor.now.toISOString() });
      // Every child of the authority is due a look with the new setting: the sweep below gives it,
      // and should that be interrupted, the next scheduled sweep does.
      await trx.updateTable('children').set({ next_due_on: today }).where('authority_code', '=', authorityCode).execute();
      await appendAudit(trx, auditActorOf(actor), { action: 'rule-parameters.changed', detail: { ruleId, version: saved.version } }, actor.now);
      return saved;
    });
    await sweep(deps.database.db, deps.rules, { kind: 'authority', authorityCode }, today, actor.now);
    return c.json({ ruleId, authorityCode, ...setting, version: stored.version }, 200);
  });
}
