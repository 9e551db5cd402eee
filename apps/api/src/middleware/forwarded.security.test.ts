import { sqliteTestEngine } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type TestWorld } from '../test-support/test-world.js';

const publicSite = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'cynnig.example.cymru' };

async function failedSignIns(world: TestWorld, forwardedFor: (attempt: number) => string, attempts: number): Promise<number[]> {
  const visitor = await world.anonymous();
  const statuses: number[] = [];
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const response = await visitor.json('POST', '/api/v1/session', { email: `stranger${attempt}@example.gov.wales`, password: 'guess' }, { 'x-forwarded-for': forwardedFor(attempt) });
    statuses.push(response.status);
  }
  return statuses;
}

describe('behind a load balancer that ends TLS (TRUST_PROXY=true)', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(sqliteTestEngine, { SIGN_IN_MAX_FAILURES: '2', TRUST_PROXY: 'true' });
  });
  afterAll(() => world.close());

  it('accepts a change sent from the public https site the balancer names', async () => {
    const worker = await world.signIn('socialWorkerA');
    const response = await worker.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' }, { origin: 'https://cynnig.example.cymru', ...publicSite });
    expect(response.status).toBe(200);
  });

  it('still refuses a change sent from another site', async () => {
    const worker = await world.signIn('socialWorkerA');
    const response = await worker.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' }, { origin: 'https://evil.example', ...publicSite });
    expect(response.status).toBe(403);
  });

  it('slows the person\'s own address, not everyone behind the balancer', async () => {
    const guessing = await failedSignIns(world, () => '203.0.113.7', 9);
    expect(guessing.slice(0, 8).every((status) => status === 401)).toBe(true);
    expect(guessing[8]).toBe(429);
    const colleague = await failedSignIns(world, () => '10.0.0.1, 203.0.113.8', 1);
    expect(colleague).toEqual([401]);
  });
});

describe('without TRUST_PROXY', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(sqliteTestEngine, { SIGN_IN_MAX_FAILURES: '2' });
  });
  afterAll(() => world.close());

  it('ignores X-Forwarded headers, so nobody can claim to be the site they are not', async () => {
    const worker = await world.signIn('socialWorkerA');
    const response = await worker.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' }, { origin: 'https://cynnig.example.cymru', ...publicSite });
    expect(response.status).toBe(403);
  });

  it('cannot be escaped by sending a new X-Forwarded-For with every guess', async () => {
    const guessing = await failedSignIns(world, (attempt) => `198.51.100.${attempt + 1}`, 9);
    expect(guessing[8]).toBe(429);
  });
});
