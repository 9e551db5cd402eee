import { describe, expect, it } from 'vitest';
import { openApiFaults } from '../../test-support/openapi-structure.js';
import { testApp } from '../../test-support/test-app.js';

describe('the published API description', () => {
  it('is a well-formed OpenAPI 3.1 document whose references all resolve', async () => {
    const { app } = await testApp();
    const response = await app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as Record<string, unknown>;
    expect(openApiFaults(document)).toEqual([]);
    expect(Object.keys(document['paths'] as object)).toContain('/ready');
  });

  it('has a readable page listing the operations and the problem codes', async () => {
    const { app } = await testApp();
    const response = await app.request('/docs');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('/ready');
    expect(html).toContain('id="problem-stale-version"');
    expect(html).not.toMatch(/<script|https?:\/\/(?!localhost)/);
  });
});
