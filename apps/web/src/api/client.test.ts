// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiClient, csrfHeader } from './client';
import { ApiProblem, ApiUnavailable, fieldNameOf } from './problem';

interface Sent {
  url: string;
  init: RequestInit;
}

function fakeApi(respond: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = { url: String(input), init: init ?? {} };
    sent.push(request);
    return respond(request);
  };
  return { fetch: fetch as typeof globalThis.fetch, sent };
}

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const headerOf = (sent: Sent | undefined, name: string) => new Headers(sent?.init.headers).get(name);
const ok = z.object({ ok: z.boolean() });

describe('the API client', () => {
  it('sends cookies on the same origin only, and asks for answers in the current language', async () => {
    const api = fakeApi(() => json({ ok: true }));
    const client = createApiClient({ fetch: api.fetch, language: () => 'cy' });
    await client.request('GET', '/children', ok);
    expect(api.sent[0]?.url).toBe('/api/v1/children');
    expect(api.sent[0]?.init.credentials).toBe('same-origin');
    expect(headerOf(api.sent[0], 'accept-language')).toBe('cy');
  });

  it('sends the CSRF token on state-changing requests and never on reads', async () => {
    const api = fakeApi(() => json({ ok: true }));
    const client = createApiClient({ fetch: api.fetch, language: () => 'en' });
    client.setCsrfToken('token-1');
    await client.request('GET', '/children', ok);
    await client.request('POST', '/children', ok, { name: 'x' });
    await client.send('DELETE', '/session');
    expect(headerOf(api.sent[0], csrfHeader)).toBeNull();
    expect(headerOf(api.sent[1], csrfHeader)).toBe('token-1');
    expect(headerOf(api.sent[1], 'content-type')).toBe('application/json');
    expect(api.sent[1]?.init.body).toBe('{"name":"x"}');
    expect(headerOf(api.sent[2], csrfHeader)).toBe('token-1');
  });

  it('fetches a CSRF token first when it has none', async () => {
    const api = fakeApi(() => json({ ok: true }));
    const client = createApiClient({ fetch: api.fetch, language: () => 'en', loadCsrfToken: async () => 'fresh' });
    await client.request('PATCH', '/me', ok, { preferredLanguage: 'cy' });
    expect(headerOf(api.sent[0], csrfHeader)).toBe('fresh');
  });

  it('after a session ends on the server, sends a save once more with the current token, so the answer says the person must sign in again', async () => {
    const csrfFailed = { type: 'about:blank', title: 'This form has expired. Go back and try again', status: 403, code: 'csrf-failed', errors: [] };
    const signedOut = { type: 'about:blank', title: 'Sign in to continue', status: 401, code: 'unauthenticated', errors: [] };
    const api = fakeApi((sent) => (headerOf(sent, csrfHeader) === 'pre-session' ? json(signedOut, 401, 'application/problem+json') : json(csrfFailed, 403, 'application/problem+json')));
    let loads = 0;
    const client = createApiClient({ fetch: api.fetch, language: () => 'en', loadCsrfToken: async () => { loads += 1; return 'pre-session'; } });
    client.setCsrfToken('token-of-the-ended-session');
    const error = await client.request('POST', '/children/7/life-events', ok, { kind: 'school-move' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiProblem);
    expect((error as ApiProblem).isSignedOut).toBe(true);
    expect(api.sent.map((sent) => headerOf(sent, csrfHeader))).toEqual(['token-of-the-ended-session', 'pre-session']);
    expect(loads).toBe(1);
  });

  it('signs in after a timed-out session with a fresh token, and never retries more than once', async () => {
    const csrfFailed = { type: 'about:blank', title: 'This form has expired. Go back and try again', status: 403, code: 'csrf-failed', errors: [] };
    const signIn = fakeApi((sent) => (headerOf(sent, csrfHeader) === 'fresh' ? json({ ok: true }) : json(csrfFailed, 403, 'application/problem+json')));
    const client = createApiClient({ fetch: signIn.fetch, language: () => 'cy', loadCsrfToken: async () => 'fresh' });
    client.setCsrfToken('stale');
    expect(await client.request('POST', '/session', ok, { email: 'a@example.gov.wales', password: 'x' })).toEqual({ ok: true });

    const refusing = fakeApi(() => json(csrfFailed, 403, 'application/problem+json'));
    const stubborn = createApiClient({ fetch: refusing.fetch, language: () => 'en', loadCsrfToken: async () => 'still refused' });
    stubborn.setCsrfToken('stale');
    await expect(stubborn.request('POST', '/session', ok, {})).rejects.toBeInstanceOf(ApiProblem);
    expect(refusing.sent).toHaveLength(2);
  });

  it('turns a problem document into a typed error with the fields at fault', async () => {
    const api = fakeApi(() =>
      json(
        {
          type: 'https://cynnig.example/problems/validation',
          title: 'Mae problem wedi codi',
          status: 422,
          code: 'validation.failed',
          errors: [
            { path: '/child/dateOfBirth', message: 'Rhaid i’r dyddiad fod yn y gorffennol' },
            { path: ['contacts', 0, 'method'], message: 'Dewiswch sut' },
          ],
        },
        422,
        'application/problem+json',
      ),
    );
    const client = createApiClient({ fetch: api.fetch, language: () => 'cy' });
    const error = await client.request('POST', '/children', ok, {}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiProblem);
    const problem = error as ApiProblem;
    expect(problem.code).toBe('validation.failed');
    expect(problem.fields).toEqual([
      { field: 'child.dateOfBirth', message: 'Rhaid i’r dyddiad fod yn y gorffennol' },
      { field: 'contacts.0.method', message: 'Dewiswch sut' },
    ]);
  });

  it('recognises a conflict (someone saved first) and an ended session', async () => {
    const client = (status: number) =>
      createApiClient({ fetch: fakeApi(() => json({ title: 'x', status, code: 'c' }, status, 'application/problem+json')).fetch, language: () => 'en' });
    const conflict = (await client(409).send('PUT', '/cases/1').catch((e: unknown) => e)) as ApiProblem;
    const signedOut = (await client(401).send('PUT', '/cases/1').catch((e: unknown) => e)) as ApiProblem;
    expect([conflict.isConflict, conflict.isSignedOut]).toEqual([true, false]);
    expect([signedOut.isConflict, signedOut.isSignedOut]).toEqual([false, true]);
  });

  it('treats a web page where JSON was expected as "the API is not there"', async () => {
    const api = fakeApi(() => new Response('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const client = createApiClient({ fetch: api.fetch, language: () => 'en' });
    await expect(client.request('GET', '/session', ok)).rejects.toBeInstanceOf(ApiUnavailable);
  });

  it('treats a failed connection and a server error without a problem document as unavailable', async () => {
    const down = createApiClient({ fetch: fakeApi(() => Promise.reject(new TypeError('Failed to fetch'))).fetch, language: () => 'en' });
    await expect(down.request('GET', '/session', ok)).rejects.toBeInstanceOf(ApiUnavailable);
    const broken = createApiClient({ fetch: fakeApi(() => new Response('Bad gateway', { status: 502 })).fetch, language: () => 'en' });
    await expect(broken.request('GET', '/session', ok)).rejects.toMatchObject({ name: 'ApiUnavailable', status: 502 });
  });

  it('rejects an answer that does not match its schema instead of passing bad data to a page', async () => {
    const client = createApiClient({ fetch: fakeApi(() => json({ ok: 'yes' })).fetch, language: () => 'en' });
    await expect(client.request('GET', '/x', ok)).rejects.toBeInstanceOf(ApiUnavailable);
  });
});

describe('field names from problem paths', () => {
  it.each([
    { path: '/child/dateOfBirth', field: 'child.dateOfBirth' },
    { path: '#/contacts/0/method', field: 'contacts.0.method' },
    { path: 'email', field: 'email' },
    { path: '/a~1b', field: 'a/b' },
    { path: ['outcome'], field: 'outcome' },
  ])('$path is the field $field', ({ path, field }) => {
    expect(fieldNameOf(path)).toBe(field);
  });
});
