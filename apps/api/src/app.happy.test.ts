import { describe, expect, it } from 'vitest';
import { problemSchema } from './problems/problem-schema.js';
import { testApp } from './test-support/test-app.js';

describe('the service endpoints', () => {
  it('says the process is up', async () => {
    const { app } = await testApp();
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'up' });
  });

  it('says it is ready when the database answers and is migrated', async () => {
    const { app } = await testApp();
    const response = await app.request('/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: true, migrationsCurrent: true });
  });

  it('gives every answer a request id and logs one line with the route pattern', async () => {
    const { app, logger } = await testApp();
    const response = await app.request('/health', { headers: { 'x-request-id': 'support-ticket-42' } });
    expect(response.headers.get('x-request-id')).toBe('support-ticket-42');
    const line = logger.lines.find((entry) => entry['message'] === 'request');
    expect(line).toMatchObject({ level: 'info', requestId: 'support-ticket-42', method: 'GET', route: '/health', status: 200 });
    expect(typeof line?.['durationMs']).toBe('number');
    expect(typeof line?.['time']).toBe('string');
  });
});

describe('unknown addresses', () => {
  it('answers 404 as a problem document in Welsh when asked for Welsh', async () => {
    const { app } = await testApp();
    const response = await app.request('/api/v1/nothing-here', { headers: { 'accept-language': 'cy-GB,en;q=0.5' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const body = problemSchema.parse(await response.json());
    expect(body).toMatchObject({ status: 404, code: 'not-found', title: 'Heb ddod o hyd i\'r dudalen na\'r cofnod', instance: '/api/v1/nothing-here' });
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });
});
