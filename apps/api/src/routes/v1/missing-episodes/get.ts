// GET /api/v1/children/{childId}/missing-episodes and /missing-episodes/{caseId}: each episode
// with, once the child has returned, the return home conversation guide in the reader's language.
import { loadChildRecord, systemScope } from '@cynnig/data';
import type { ApiRouter } from '../../../app-router.js';
import { returnHomeConversationGuides } from '../../../services/return-home-conversation.js';
import type { RouteDeps } from '../../route-deps.js';
import { registerCaseReads, type CaseReadDetails } from '../cases/case-routes.js';
import { missingEpisodeListSchema, missingEpisodeResource, missingEpisodeViewSchema } from './schema.js';

/** The case service has checked the reader's scope; the guide reads the whole record, as the rules do. */
const withConversationGuides: CaseReadDetails = {
  viewSchema: missingEpisodeViewSchema,
  listSchema: missingEpisodeListSchema,
  async add(db, actor, childId, views, language) {
    const record = await loadChildRecord(db, systemScope, childId);
    const guides = record ? await returnHomeConversationGuides(db, actor, record, language, views.map((view) => view.caseId)) : new Map();
    return views.map((view) => ({ ...view, returnHomeConversation: guides.get(view.caseId) ?? null }));
  },
};

export function registerGetMissingEpisodes(router: ApiRouter, deps: RouteDeps): void {
  registerCaseReads(router, deps, missingEpisodeResource, withConversationGuides);
}
