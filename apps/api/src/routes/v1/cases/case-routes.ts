// Builds the four operations of a workflow case resource (list, read, open, record a step),
// shared by missing episodes and IRO concerns so both behave the same way.
import { createRoute } from '@hono/zod-openapi';
import type { Language, Role } from '@cynnig/domain';
import type { Database } from '@cynnig/data';
import type { Kysely } from 'kysely';
import type { ZodType } from 'zod';
import type { ApiRouter } from '../../../app-router.js';
import { gate } from '../../../auth/signed-in.js';
import type { Actor } from '../../../services/actor.js';
import { listCases, readCase, recordCaseStep, type CaseKind, type CaseView } from '../../../services/case-service.js';
import { oncePerKey } from '../../../services/idempotency.js';
import { problemResponses } from '../../problem-responses.js';
import { actorFor } from '../../route-actor.js';
import type { RouteDeps } from '../../route-deps.js';
import { childIdParamsSchema, idempotencyHeaderSchema } from '../shared-schema.js';
import { caseListSchema, caseParamsSchema, caseStepSchema, caseViewSchema } from './case-schema.js';

export interface CaseResource {
  readonly kind: CaseKind;
  /** The path segment under a child, e.g. 'missing-episodes'. */
  readonly segment: string;
  readonly tag: string;
  readonly noun: string;
  readonly eventSchema: ZodType;
  readonly readRoles: readonly Role[];
  readonly writeRoles: readonly Role[];
}

/** What a resource shows beside each case it reads, with the schemas that describe it. */
export interface CaseReadDetails {
  readonly viewSchema: ZodType;
  readonly listSchema: ZodType;
  /** Returns the views with the resource's own fields added (a missing episode's conversation guide). */
  readonly add: (db: Kysely<Database>, actor: Actor, childId: string, views: readonly CaseView[], language: Language) => Promise<CaseView[]>;
}

export function caseReadRoutes(resource: CaseResource, details?: CaseReadDetails) {
  const list = createRoute({
    method: 'get',
    path: `/api/v1/children/{childId}/${resource.segment}`,
    tags: [resource.tag],
    summary: `The child's ${resource.noun}s`,
    middleware: [gate(resource.readRoles)] as const,
    request: { params: childIdParamsSchema },
    responses: { 200: { description: 'The cases', content: { 'application/json': { schema: (details?.listSchema ?? caseListSchema) as typeof caseListSchema } } }, ...problemResponses(401, 403, 404, 422) },
  });
  const read = createRoute({
    method: 'get',
    path: `/api/v1/children/{childId}/${resource.segment}/{caseId}`,
    tags: [resource.tag],
    summary: `One ${resource.noun}`,
    middleware: [gate(resource.readRoles)] as const,
    request: { params: caseParamsSchema },
    responses: { 200: { description: 'The case', content: { 'application/json': { schema: (details?.viewSchema ?? caseViewSchema) as typeof caseViewSchema } } }, ...problemResponses(401, 403, 404, 422) },
  });
  return { list, read };
}

export function caseWriteRoutes(resource: CaseResource) {
  const body = caseStepSchema(resource.eventSchema);
  const open = createRoute({
    method: 'post',
    path: `/api/v1/children/{childId}/${resource.segment}`,
    tags: [resource.tag],
    summary: `Open a ${resource.noun} with its first event`,
    middleware: [gate(resource.writeRoles)] as const,
    request: { params: childIdParamsSchema, headers: idempotencyHeaderSchema, body: { required: true, content: { 'application/json': { schema: body } } } },
    responses: { 201: { description: 'Opened', content: { 'application/json': { schema: caseViewSchema } } }, ...problemResponses(401, 403, 404, 409, 422) },
  });
  const step = createRoute({
    method: 'post',
    path: `/api/v1/children/{childId}/${resource.segment}/{caseId}/events`,
    tags: [resource.tag],
    summary: `Record a step of a ${resource.noun}`,
    middleware: [gate(resource.writeRoles)] as const,
    request: { params: caseParamsSchema, headers: idempotencyHeaderSchema, body: { required: true, content: { 'application/json': { schema: body } } } },
    responses: { 201: { description: 'Recorded', content: { 'application/json': { schema: caseViewSchema } } }, ...problemResponses(401, 403, 404, 409, 422) },
  });
  return { open, step };
}

export function registerCaseReads(router: ApiRouter, deps: RouteDeps, resource: CaseResource, details?: CaseReadDetails): void {
  const routes = caseReadRoutes(resource, details);
  const db = deps.database.db;
  router.openapi(routes.list, async (c) => {
    const actor = actorFor(c, deps, resource.readRoles);
    const childId = c.req.valid('param').childId;
    const list = await listCases(db, actor, resource.kind, childId);
    const items = details ? await details.add(db, actor, childId, list.items, c.get('language')) : list.items;
    return c.json({ ...list, items }, 200);
  });
  router.openapi(routes.read, async (c) => {
    const actor = actorFor(c, deps, resource.readRoles);
    const { childId, caseId } = c.req.valid('param');
    const view = await readCase(db, actor, resource.kind, childId, caseId);
    const [answer] = details ? await details.add(db, actor, childId, [view], c.get('language')) : [view];
    return c.json(answer ?? view, 200);
  });
}

export function registerCaseWrites(router: ApiRouter, deps: RouteDeps, resource: CaseResource): void {
  const routes = caseWriteRoutes(resource);
  const handle = async (c: Parameters<Parameters<typeof router.openapi<typeof routes.open>>[1]>[0], caseId: string | null) => {
    const actor = actorFor(c, deps, resource.writeRoles);
    const { childId } = c.req.valid('param');
    const body = c.req.valid('json') as { event: { type: string }; expectedVersion: number };
    const answer = await oncePerKey(
      deps.database.db,
      { key: c.req.header('idempotency-key'), userId: actor.user.id, method: 'POST', path: c.req.path, body },
      201,
      (trx) => recordCaseStep(trx, deps.rules, actor, resource.kind, childId, caseId, body),
    );
    if (answer.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json(answer.body, 201);
  };
  router.openapi(routes.open, (c) => handle(c, null));
  router.openapi(routes.step, (c) => handle(c as never, c.req.valid('param').caseId));
}
