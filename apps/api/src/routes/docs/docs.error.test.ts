import { describe, expect, it } from 'vitest';
import { openApiFaults } from '../../test-support/openapi-structure.js';

describe('the OpenAPI structure check', () => {
  it('finds a dangling reference, a path with no responses and the wrong version', () => {
    const faults = openApiFaults({
      openapi: '3.0.0',
      info: { title: 'x', version: '1' },
      paths: { '/a/{id}': { get: { responses: {} }, post: { responses: { 200: { $ref: '#/components/responses/Nothing' } }, parameters: [{ name: 'id', in: 'path' }] } } },
    });
    expect(faults).toEqual(expect.arrayContaining([
      'openapi is 3.0.0, not 3.1.x',
      'GET /a/{id} declares no responses',
      'GET /a/{id} does not declare the path parameter id',
      '#/paths//a/{id}/post/responses/200 refers to #/components/responses/Nothing, which does not exist',
    ]));
  });
});
