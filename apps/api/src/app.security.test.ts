import { describe, expect, it } from 'vitest';
import { testApp } from './test-support/test-app.js';

describe('security headers', () => {
  it('sends a strict Content-Security-Policy and no framing on every answer, errors included', async () => {
    const { app } = await testApp();
    for (const path of ['/health', '/api/v1/missing']) {
      const response = await app.request(path);
      const policy = response.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('never logs the raw path, which can hold a child id', async () => {
    const { app, logger } = await testApp();
    await app.request('/api/v1/children/7b0c1c5e-34a8-4c2a-9b59-8f3b8c3a2d10');
    expect(JSON.stringify(logger.lines)).not.toContain('7b0c1c5e');
    expect(logger.lines.find((line) => line['message'] === 'request')?.['route']).toBe('/api/v1/children/:childId');
    await app.request('/no/such/page/7b0c1c5e');
    expect(logger.lines.at(-1)?.['route']).toBe('(unmatched)');
  });

  it('ignores a request id that could inject text into logs', async () => {
    const { app } = await testApp();
    const response = await app.request('/health', { headers: { 'x-request-id': 'a"},{"level":"error' } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
