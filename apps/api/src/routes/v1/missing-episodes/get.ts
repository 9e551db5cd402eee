// GET /api/v1/children/{childId}/missing-episodes and /missing-episodes/{caseId}.
import type { ApiRouter } from '../../../app-router.js';
import type { RouteDeps } from '../../route-deps.js';
import { registerCaseReads } from '../cases/case-routes.js';
import { missingEpisodeResource } from './schema.js';

export function registerGetMissingEpisodes(router: ApiRouter, deps: RouteDeps): void {
  registerCaseReads(router, deps, missingEpisodeResource);
}
