// The error answers an operation can give, for its OpenAPI definition: each one a problem
// document. `problemResponses(401, 403, 422)` lists the usual ones for a write.
import { problemMediaType, problemSchema } from '../problems/problem-schema.js';

const meanings: Record<number, string> = {
  400: 'The request could not be read',
  401: 'Not signed in',
  403: 'Not permitted, or the CSRF token is missing',
  404: 'No such record within your scope',
  409: 'The record changed since it was read, or the step is not possible now',
  413: 'The body is too large',
  422: 'The details sent are not valid',
  429: 'Too many attempts',
  503: 'Not ready',
};

export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((status) => [status, { description: meanings[status] ?? 'A problem', content: { [problemMediaType]: { schema: problemSchema } } }]),
  ) as Record<number, { description: string; content: { 'application/problem+json': { schema: typeof problemSchema } } }>;
}
