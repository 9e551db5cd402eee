// GET /api/v1/rules: the rule catalogue, for anyone signed in: every due item says which rule
// put it there, and this is where that rule is explained.
import { createRoute } from '@hono/zod-openapi';
import { ruleBook } from '@cynnig/rules';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import { signedIn } from '../../../auth/signed-in.js';
import { problemResponses } from '../../problem-responses.js';
import type { RouteDeps } from '../../route-deps.js';
import { catalogueSchema } from './schema.js';

export const getRulesRoute = createRoute({
  method: 'get',
  path: '/api/v1/rules',
  tags: ['Rules'],
  summary: 'The rule catalogue',
  middleware: [gate('everyone')] as const,
  responses: { 200: { description: 'Every rule', content: { 'application/json': { schema: catalogueSchema } } }, ...problemResponses(401) },
});

export function catalogue() {
  return ruleBook.map((rule) => ({
    id: rule.id,
    version: rule.version,
    set: rule.set,
    enabledByDefault: rule.enabledByDefault,
    title: rule.title,
    explanation: rule.explanation,
    basis: rule.basis,
    parameters: rule.parameters as Record<string, Record<string, unknown>>,
  }));
}

export function registerGetRules(router: ApiRouter, _deps: RouteDeps): void {
  router.openapi(getRulesRoute, (c) => {
    signedIn(c);
    return c.json({ rules: catalogue() }, 200);
  });
}
