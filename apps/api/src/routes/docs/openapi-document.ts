// The OpenAPI 3.1 document, generated from the same route definitions that validate requests,
// so the published contract cannot drift from what the server enforces.
import type { ApiRouter } from '../../app-router.js';

type OpenApiConfig = Parameters<ApiRouter['getOpenAPI31Document']>[0];

export const openApiInfo: OpenApiConfig = {
  openapi: '3.1.0',
  info: {
    title: 'Cynnig API',
    version: '1.0.0',
    description:
      'The Active Offer of advocacy for children in care in Wales, IRO oversight and return home conversations. ' +
      'Every error is an RFC 9457 problem document (application/problem+json). Sign in with a session cookie; ' +
      'state-changing requests carry the x-csrf-token header from GET /api/v1/session.',
  },
  servers: [{ url: '/' }],
};

type Responses = Record<string, unknown>;
type Operation = { requestBody?: unknown; responses?: Responses };

const problem = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });

/**
 * Answers any operation can give whatever its route says, added where a route does not list
 * them: a body that cannot be read, is too large or is of another media type (400, 413, 415)
 * for operations that take one, and 503
 * while the database is unreachable, read-only, full or busy. Clients generated from the
 * document then expect every answer the server really gives.
 */
function withCommonProblems(document: Record<string, unknown>): Record<string, unknown> {
  for (const item of Object.values((document['paths'] ?? {}) as Record<string, Record<string, Operation>>)) {
    for (const operation of Object.values(item)) {
      if (typeof operation !== 'object' || operation === null || !operation.responses) continue;
      const responses = operation.responses;
      if (operation.requestBody !== undefined) {
        responses['400'] ??= problem('The request could not be read (the body is not JSON)');
        responses['413'] ??= problem('The body is too large');
        responses['415'] ??= problem('The body is not in a format this operation takes');
      }
      responses['503'] ??= problem('The database cannot be reached or written just now: try again after Retry-After seconds');
    }
  }
  return document;
}

/** The document as served at /openapi.json. */
export function openApiDocument(router: ApiRouter): Record<string, unknown> {
  return withCommonProblems(router.getOpenAPI31Document(openApiInfo) as unknown as Record<string, unknown>);
}
