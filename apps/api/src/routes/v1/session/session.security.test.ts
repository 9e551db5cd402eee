import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { openTestWorld, testPassword, type TestWorld } from '../../../test-support/test-world.js';

describe.each(testEngines())('sign-in security on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine, { SIGN_IN_MAX_FAILURES: '2' });
  });
  afterAll(() => world.close());

  it('sets an HttpOnly, SameSite=Lax, Secure session cookie and stores only the token\'s hash', async () => {
    const visitor = await world.anonymous();
    const response = await visitor.json('POST', '/api/v1/session', { email: 'teammanagera@example.gov.wales', password: testPassword });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('__Host-cynnig-session=')) ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Secure/);
    const token = cookie.split(';')[0]?.split('=')[1] ?? '';
    expect(token.length).toBeGreaterThanOrEqual(43);
    const stored = await world.database.db.selectFrom('sessions').select('id').execute();
    expect(stored.map((row) => row.id)).not.toContain(token);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.id))).toBe(true);
  });

  it('hashes passwords with argon2id', async () => {
    const row = await world.database.db.selectFrom('users').select('password_hash').where('id', '=', world.people.iroA.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('refuses a change without the CSRF token, or with another person\'s', async () => {
    const worker = await world.signIn('socialWorkerA');
    const other = await world.signIn('socialWorkerB');
    const missing = await worker.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' }, { 'x-csrf-token': '' });
    expect(missing.status).toBe(403);
    expect(problemSchema.parse(await missing.json()).code).toBe('csrf-failed');
    expect((await worker.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' }, { 'x-csrf-token': other.csrfToken })).status).toBe(403);
  });

  it('refuses a change sent from another site\'s page', async () => {
    const worker = await world.signIn('socialWorkerA');
    expect((await worker.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' }, { origin: 'https://evil.example' })).status).toBe(403);
  });

  it('refuses a sign-in without the pre-session CSRF token', async () => {
    const response = await world.app.request('/api/v1/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'iroa@example.gov.wales', password: testPassword }) });
    expect(response.status).toBe(403);
  });

  it('slows an address that tries many accounts, even when no single account is locked', async () => {
    const visitor = await world.anonymous();
    const statuses: number[] = [];
    const emails = Object.values(world.people).map((person) => person.email);
    for (let attempt = 0; attempt < 9; attempt += 1) {
      const response = await visitor.json('POST', '/api/v1/session', { email: `stranger${attempt}@example.gov.wales`, password: 'guess' });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 8).every((status) => status === 401)).toBe(true);
    expect(statuses[8]).toBe(429);
    const correct = await visitor.json('POST', '/api/v1/session', { email: emails[0], password: testPassword });
    expect(correct.status).toBe(429);
  });

  it('never writes an email address or password to the log', () => {
    const text = JSON.stringify(world.logger.lines);
    expect(text).not.toMatch(/@example\.gov\.wales|correct horse|guess/);
  });
});
