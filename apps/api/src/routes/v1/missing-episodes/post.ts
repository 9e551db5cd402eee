// POST /api/v1/children/{childId}/missing-episodes (a report opens an episode; a child can
// have only one open episode) and /missing-episodes/{caseId}/events (return, conversation...).
import type { ApiRouter } from '../../../app-router.js';
import type { RouteDeps } from '../../route-deps.js';
import { registerCaseWrites } from '../cases/case-routes.js';
import { missingEpisodeResource } from './schema.js';

export function registerPostMissingEpisodes(router: ApiRouter, deps: RouteDeps): void {
  registerCaseWrites(router, deps, missingEpisodeResource);
}
