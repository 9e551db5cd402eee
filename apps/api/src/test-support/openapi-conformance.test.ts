import { describe, expect, it } from 'vitest';
import { openApiConformance } from './openapi-conformance.js';

const document = {
  openapi: '3.1.0',
  paths: {
    '/api/v1/children/{childId}': {
      get: {
        responses: {
          200: { description: 'The child', content: { 'application/json': { schema: { $ref: '#/components/schemas/Child' } } } },
          404: { description: 'Not found', content: { 'application/problem+json': { schema: { type: 'object', required: ['code'], properties: { code: { type: 'string' } } } } } },
        },
      },
    },
    '/api/v1/children/search': { get: { responses: { 200: { description: 'Found', content: { 'application/json': { schema: { type: 'array' } } } } } } },
  },
  components: {
    schemas: {
      Child: { type: 'object', required: ['id', 'dateOfBirth'], properties: { id: { type: 'string', format: 'uuid' }, dateOfBirth: { type: 'string', format: 'date' }, episode: { anyOf: [{ $ref: '#/components/schemas/Episode' }, { type: 'null' }] } } },
      Episode: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
    },
  },
};

const json = (status: number, body: unknown, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const id = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';

describe('checking answers against the published OpenAPI document', () => {
  const conformance = openApiConformance(document);

  it('accepts an answer the document describes, following its references', async () => {
    expect(await conformance.faults('GET', `/api/v1/children/${id}`, json(200, { id, dateOfBirth: '2012-03-31', episode: { id: 'e1' } }))).toEqual([]);
    expect(await conformance.faults('GET', `/api/v1/children/${id}?view=full`, json(200, { id, dateOfBirth: '2012-03-31', episode: null }))).toEqual([]);
  });

  it('names the field that departs from the schema, including formats', async () => {
    const faults = await conformance.faults('GET', `/api/v1/children/${id}`, json(200, { id: 'not-a-uuid', dateOfBirth: '31/03/2012' }));
    expect(faults.join('\n')).toMatch(/\/id must match format "uuid"/);
    expect(faults.join('\n')).toMatch(/\/dateOfBirth must match format "date"/);
  });

  it('refuses a status or media type the operation does not declare', async () => {
    expect(await conformance.faults('GET', `/api/v1/children/${id}`, json(422, { code: 'x' }, 'application/problem+json'))).toEqual([expect.stringMatching(/answered 422, which the document does not declare/)]);
    expect(await conformance.faults('GET', `/api/v1/children/${id}`, json(404, { code: 'x' }, 'application/json'))).toEqual([expect.stringMatching(/answered application\/json, not application\/problem\+json/)]);
  });

  it('prefers a literal path segment to a parameter', async () => {
    expect(await conformance.faults('GET', '/api/v1/children/search', json(200, []))).toEqual([]);
  });

  it('leaves paths the document does not describe to other checks', async () => {
    expect(await conformance.faults('GET', '/assets/app.js', new Response('x', { status: 200 }))).toEqual([]);
  });
});
