// POST /api/v1/children/{childId}/oversight (an IRO raises a concern) and
// /oversight/{caseId}/events (acknowledged, escalated, response received, resolved).
import type { ApiRouter } from '../../../app-router.js';
import type { RouteDeps } from '../../route-deps.js';
import { registerCaseWrites } from '../cases/case-routes.js';
import { oversightResource } from './schema.js';

export function registerPostOversight(router: ApiRouter, deps: RouteDeps): void {
  registerCaseWrites(router, deps, oversightResource);
}
