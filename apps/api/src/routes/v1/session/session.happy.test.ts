import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestWorld, type TestWorld } from '../../../test-support/test-world.js';
import { sessionViewSchema } from './schema.js';

describe.each(testEngines())('signing in and out on $name', (engine) => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await openTestWorld(engine);
  });
  afterAll(() => world.close());

  it('hands a visitor a CSRF token for the sign-in form before they sign in', async () => {
    const visitor = await world.anonymous();
    const body = sessionViewSchema.parse(await (await visitor.request('/api/v1/session')).json());
    expect(body).toMatchObject({ signedIn: false, user: null, role: null });
    expect(body.csrfToken).toHaveLength(43);
  });

  it('signs a social worker in and tells the forms app their role, scope and language', async () => {
    const visitor = await world.anonymous();
    const response = await visitor.json('POST', '/api/v1/session', { email: 'SocialWorkerA@example.gov.wales', password: 'correct horse battery staple' });
    expect(response.status).toBe(200);
    const body = sessionViewSchema.parse(await response.json());
    expect(body).toMatchObject({ signedIn: true, role: 'social-worker', scope: { kind: 'authority', authorityCode: 'W06000015' }, preferredLanguage: 'en' });
    expect(body.user?.id).toBe(world.people.socialWorkerA.id);
  });

  it('keeps the person signed in on later requests', async () => {
    const iro = await world.signIn('iroA');
    const body = sessionViewSchema.parse(await (await iro.request('/api/v1/session')).json());
    expect(body).toMatchObject({ signedIn: true, role: 'iro', scope: { kind: 'authority', authorityCode: 'W06000015', lookedAfterOnly: true } });
  });

  it('stores a change of language and answers in Welsh from then on, whatever the browser asks for', async () => {
    const manager = await world.signIn('teamManagerB');
    const changed = await manager.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' });
    expect(changed.status).toBe(200);
    expect(sessionViewSchema.parse(await changed.json()).preferredLanguage).toBe('cy');
    const missing = await manager.request('/api/v1/nothing', { headers: { 'accept-language': 'en' } });
    expect(((await missing.json()) as { title: string }).title).toBe('Heb ddod o hyd i\'r dudalen na\'r cofnod');
  });

  it('signs out, after which the old cookie no longer works', async () => {
    const advocate = await world.signIn('advocateP1');
    expect((await advocate.request('/api/v1/session', { method: 'DELETE' })).status).toBe(204);
    const body = sessionViewSchema.parse(await (await advocate.request('/api/v1/session')).json());
    expect(body.signedIn).toBe(false);
  });

  it('records sign-in and sign-out in the audit log', async () => {
    const rows = await world.database.db.selectFrom('audit_log').select(['action', 'user_id']).where('user_id', '=', world.people.advocateP1.id).execute();
    expect(rows.map((row) => row.action)).toEqual(expect.arrayContaining(['sign-in', 'sign-out']));
  });
});
