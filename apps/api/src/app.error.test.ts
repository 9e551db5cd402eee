import { describe, expect, it } from 'vitest';
import { problemSchema } from './problems/problem-schema.js';
import { testApp } from './test-support/test-app.js';

describe('when something goes wrong', () => {
  it('reports not ready, with 503, when the database cannot be reached', async () => {
    const { app } = await testApp({ readiness: async () => ({ database: false, migrationsCurrent: false }) });
    const response = await app.request('/ready');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'not-ready', database: false });
  });

  it('reports not ready when the readiness check itself fails', async () => {
    const { app } = await testApp({ readiness: async () => { throw new Error('connection refused'); } });
    expect((await app.request('/ready')).status).toBe(503);
  });

  it('answers an unexpected failure with a bare 500 problem: no stack, no message, logged by name only', async () => {
    const { app, logger } = await testApp();
    app.get('/api/v1/boom', () => { throw new Error('SELECT * FROM children WHERE family_name = \'Jones\''); });
    const response = await app.request('/api/v1/boom');
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toMatch(/Jones|SELECT|at |\.ts/);
    expect(problemSchema.parse(JSON.parse(text)).code).toBe('internal-error');
    expect(JSON.stringify(logger.lines)).not.toMatch(/Jones/);
  });

  it('refuses a body larger than 256 KB with 413', async () => {
    const { app } = await testApp();
    app.post('/api/v1/echo', async (c) => c.json(await c.req.json()));
    const response = await app.request('/api/v1/echo', { method: 'POST', body: JSON.stringify({ note: 'x'.repeat(300 * 1024) }), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(413);
    expect(problemSchema.parse(await response.json()).code).toBe('payload-too-large');
  });
});
