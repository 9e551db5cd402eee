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

/** The document as served at /openapi.json. */
export function openApiDocument(router: ApiRouter): Record<string, unknown> {
  return router.getOpenAPI31Document(openApiInfo) as unknown as Record<string, unknown>;
}
