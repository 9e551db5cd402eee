// GET /api/v1/children/{childId}/oversight and /oversight/{caseId}.
import type { ApiRouter } from '../../../app-router.js';
import type { RouteDeps } from '../../route-deps.js';
import { registerCaseReads } from '../cases/case-routes.js';
import { oversightResource } from './schema.js';

export function registerGetOversight(router: ApiRouter, deps: RouteDeps): void {
  registerCaseReads(router, deps, oversightResource);
}
