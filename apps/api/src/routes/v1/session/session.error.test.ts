import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { openTestWorld, type TestWorld } from '../../../test-support/test-world.js';
import { sessionViewSchema } from './schema.js';

describe.each(testEngines())('when signing in goes wrong on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine, { SIGN_IN_MAX_FAILURES: '3', SIGN_IN_LOCKOUT_MINUTES: '15' });
  });
  afterAll(() => world.close());

  it('gives the same answer for a wrong password and an unknown email, so accounts cannot be discovered', async () => {
    const visitor = await world.anonymous();
    const wrong = await visitor.json('POST', '/api/v1/session', { email: 'iroB@example.gov.wales', password: 'not it' });
    const unknown = await visitor.json('POST', '/api/v1/session', { email: 'nobody@example.gov.wales', password: 'not it' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const [a, b] = [problemSchema.parse(await wrong.json()), problemSchema.parse(await unknown.json())];
    expect(a.code).toBe('sign-in-failed');
    expect({ ...a, requestId: '' }).toEqual({ ...b, requestId: '' });
  });

  it('locks the account after repeated failures, in both languages, even for the right password', async () => {
    const visitor = await world.anonymous();
    const attempt = (password: string) => visitor.json('POST', '/api/v1/session', { email: 'socialworkerb@example.gov.wales', password });
    expect((await attempt('guess 1')).status).toBe(401);
    expect((await attempt('guess 2')).status).toBe(401);
    const third = await attempt('guess 3');
    expect(third.status).toBe(429);
    expect(problemSchema.parse(await third.json()).detail).toMatch(/Wait 15 minutes/);
    const right = await visitor.json('POST', '/api/v1/session', { email: 'socialworkerb@example.gov.wales', password: 'correct horse battery staple' }, { 'accept-language': 'cy' });
    expect(right.status).toBe(429);
    expect(problemSchema.parse(await right.json()).detail).toMatch(/Arhoswch 15 munud/);
  });

  it('lets the person in again once the lockout has passed', async () => {
    world.setNow(new Date(Date.now() + 16 * 60_000));
    const visitor = await world.anonymous();
    const response = await visitor.json('POST', '/api/v1/session', { email: 'socialworkerb@example.gov.wales', password: 'correct horse battery staple' });
    expect(response.status).toBe(200);
    world.setNow(new Date());
  });

  it('names each missing field', async () => {
    const visitor = await world.anonymous();
    const response = await visitor.json('POST', '/api/v1/session', { email: '' });
    expect(response.status).toBe(422);
    const body = problemSchema.parse(await response.json());
    expect(body.errors.map((error) => error.path).sort()).toEqual(['email', 'password']);
    expect(body.errors.find((error) => error.path === 'email')?.message).toBe('Enter your email address');
  });

  it('refuses a language Cynnig does not speak', async () => {
    const worker = await world.signIn('socialWorkerA');
    const response = await worker.json('PATCH', '/api/v1/me', { preferredLanguage: 'fr' });
    expect(response.status).toBe(422);
    expect(problemSchema.parse(await response.json()).errors[0]?.path).toBe('preferredLanguage');
  });

  it('ends a session after the idle time, and after the absolute limit however active', async () => {
    const start = Date.now();
    world.setNow(new Date(start));
    const iro = await world.signIn('iroA');
    world.setNow(new Date(start + 31 * 60_000));
    expect(sessionViewSchema.parse(await (await iro.request('/api/v1/session')).json()).signedIn).toBe(false);

    world.setNow(new Date(start));
    const busy = await world.signIn('iroA');
    let signedIn = true;
    for (let minutes = 20; minutes <= 12 * 60 + 20 && signedIn; minutes += 20) {
      world.setNow(new Date(start + minutes * 60_000));
      signedIn = sessionViewSchema.parse(await (await busy.request('/api/v1/session')).json()).signedIn;
      if (minutes < 12 * 60) expect(signedIn).toBe(true);
    }
    expect(signedIn).toBe(false);
    world.setNow(new Date());
  });

  it('needs a session to sign out or change a language', async () => {
    const visitor = await world.anonymous();
    expect((await visitor.request('/api/v1/session', { method: 'DELETE' })).status).toBe(401);
    expect((await visitor.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' })).status).toBe(401);
  });
});
