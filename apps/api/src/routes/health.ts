// /health says the process is up; /ready says it can serve: the database answers and its
// migrations are current. Load balancers send traffic only to ready processes.
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiRouter } from '../app-router.js';

export interface Readiness {
  readonly database: boolean;
  readonly migrationsCurrent: boolean;
}

/** Asks the database whether it is reachable and migrated; never throws. */
export type ReadinessProbe = () => Promise<Readiness>;

const healthSchema = z.object({ status: z.literal('up') }).openapi('Health');
const readinessSchema = z
  .object({ status: z.enum(['ready', 'not-ready']), database: z.boolean(), migrationsCurrent: z.boolean() })
  .openapi('Readiness');

export const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['Service'],
  summary: 'Whether the process is up',
  responses: { 200: { description: 'The process is up', content: { 'application/json': { schema: healthSchema } } } },
});

export const readyRoute = createRoute({
  method: 'get',
  path: '/ready',
  tags: ['Service'],
  summary: 'Whether the database is reachable and its migrations are current',
  responses: {
    200: { description: 'Ready to serve', content: { 'application/json': { schema: readinessSchema } } },
    503: { description: 'Not ready', content: { 'application/json': { schema: readinessSchema } } },
  },
});

export function registerHealthRoutes(router: ApiRouter, probe: ReadinessProbe): void {
  router.openapi(healthRoute, (c) => c.json({ status: 'up' as const }, 200, { 'Cache-Control': 'no-store' }));
  router.openapi(readyRoute, async (c) => {
    const readiness = await probe().catch(() => ({ database: false, migrationsCurrent: false }));
    const ready = readiness.database && readiness.migrationsCurrent;
    return c.json({ status: ready ? ('ready' as const) : ('not-ready' as const), ...readiness }, ready ? 200 : 503, { 'Cache-Control': 'no-store' });
  });
}
