// PATCH /api/v1/me: stores the person's language; the answer is already in the new language.
import { scopeLabel, setPreferredLanguage } from '@cynnig/data';
import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../../../app-router.js';
import { appendAudit } from '../../../audit/audit-trail.js';
import { gate, signedIn } from '../../../auth/signed-in.js';
import { problemResponses } from '../../problem-responses.js';
import type { RouteDeps } from '../../route-deps.js';
import { csrfHeaderSchema, sessionViewSchema } from '../session/schema.js';
import { sessionView } from '../session/session-view.js';
import { updateMeSchema } from './schema.js';

export const updateMeRoute = createRoute({
  method: 'patch',
  path: '/api/v1/me',
  tags: ['Sign-in'],
  summary: 'Change your language',
  middleware: [gate('everyone')] as const,
  request: { headers: csrfHeaderSchema, body: { required: true, content: { 'application/json': { schema: updateMeSchema } } } },
  responses: { 200: { description: 'The session with the new language', content: { 'application/json': { schema: sessionViewSchema } } }, ...problemResponses(401, 403, 422) },
});

export function registerUpdateMe(router: ApiRouter, deps: RouteDeps): void {
  router.openapi(updateMeRoute, async (c) => {
    const who = signedIn(c);
    const { preferredLanguage } = c.req.valid('json');
    const now = deps.now();
    await deps.database.db.transaction().execute(async (trx) => {
      await setPreferredLanguage(trx, who.user.id, preferredLanguage, now.toISOString());
      await appendAudit(trx, { userId: who.user.id, role: who.user.role, scope: scopeLabel(who.scope), requestId: c.get('requestId') }, { action: 'user.language-changed', detail: { preferredLanguage } }, now);
    });
    c.set('language', preferredLanguage);
    return c.json(sessionView({ ...who, user: { ...who.user, preferredLanguage } }), 200);
  });
}
