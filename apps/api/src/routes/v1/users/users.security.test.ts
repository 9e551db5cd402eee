import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { databaseFingerprint } from '../../../test-support/database-fingerprint.js';
import { openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../../test-support/test-world.js';
import { managedUserSchema } from './schema.js';

describe.each(testEngines())('who may manage people, on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;

  beforeAll(async () => {
    world = await openTestWorld(engine);
    administrator = await world.signIn('administratorA');
  });
  afterAll(() => world.close());

  async function unchangedAfter(work: () => Promise<Response>): Promise<Response> {
    const before = await databaseFingerprint(world.database.db);
    const response = await work();
    expect(await databaseFingerprint(world.database.db)).toEqual(before);
    return response;
  }
  const versionOf = async (userId: string) => managedUserSchema.parse(await (await administrator.request(`/api/v1/users/${userId}`)).json()).version;

  it('refuses everyone but administrators, before reading what they sent', async () => {
    const target = world.people.socialWorkerA.id;
    for (const who of ['socialWorkerA', 'teamManagerA', 'iroA', 'providerManagerP1', 'advocateP1', 'commissioner'] as PersonKey[]) {
      const agent = await world.signIn(who);
      const patch = await unchangedAfter(() => agent.json('PATCH', `/api/v1/users/${target}`, { active: false, expectedVersion: 1 }));
      expect(patch.status, who).toBe(403);
      expect((await unchangedAfter(() => agent.request(`/api/v1/users/${target}/unlock`, { method: 'POST' }))).status, who).toBe(403);
      expect((await agent.request(`/api/v1/users/${target}`)).status, who).toBe(403);
    }
  });

  it('answers an administrator of another authority exactly as for a person who does not exist, and changes nothing', async () => {
    const other = await world.signIn('administratorB');
    const target = world.people.teamManagerA.id;
    const nobody = '7b0c1c5e-34a8-4c2a-9b59-8f3b8c3a2d10';
    for (const [method, suffix, body] of [['GET', '', undefined], ['PATCH', '', { active: false, expectedVersion: 1 }], ['POST', '/unlock', undefined]] as const) {
      const elsewhere = await unchangedAfter(() => other.json(method, `/api/v1/users/${target}${suffix}`, body));
      const missing = await other.json(method, `/api/v1/users/${nobody}${suffix}`, body);
      expect(elsewhere.status, method).toBe(404);
      const [a, b] = [problemSchema.parse(await elsewhere.json()), problemSchema.parse(await missing.json())];
      expect({ ...a, requestId: '', instance: '' }).toEqual({ ...b, requestId: '', instance: '' });
    }
    const list = (await (await other.request('/api/v1/users')).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).not.toContain(target);
  });

  it('keeps providers\' staff and commissioners out of an authority administrator\'s reach', async () => {
    for (const who of ['advocateP1', 'providerManagerP1', 'commissioner'] as PersonKey[]) {
      const response = await unchangedAfter(() => administrator.json('PATCH', `/api/v1/users/${world.people[who].id}`, { active: false, expectedVersion: 1 }));
      expect(response.status, who).toBe(404);
    }
  });

  it('stops an administrator deactivating themselves or removing their own administrator role, in English and Welsh', async () => {
    const self = world.people.administratorA.id;
    const version = await versionOf(self);
    const deactivate = await unchangedAfter(() => administrator.json('PATCH', `/api/v1/users/${self}`, { active: false, expectedVersion: version }));
    expect(deactivate.status).toBe(422);
    expect(problemSchema.parse(await deactivate.json()).errors).toEqual([{ path: 'active', message: 'You cannot deactivate your own account. Ask another administrator to do it.' }]);
    const demote = await unchangedAfter(() => administrator.json('PATCH', `/api/v1/users/${self}`, { role: 'team-manager', expectedVersion: version }, { 'accept-language': 'cy' }));
    expect(demote.status).toBe(422);
    // the administrator's stored language (English) decides, whatever the browser asks for
    expect(problemSchema.parse(await demote.json()).errors[0]?.path).toBe('role');

    const welsh = await world.signIn('administratorB');
    await welsh.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' });
    const own = await welsh.json('PATCH', `/api/v1/users/${world.people.administratorB.id}`, { role: 'iro', expectedVersion: 1 });
    expect(problemSchema.parse(await own.json()).errors).toEqual([{ path: 'role', message: 'Ni allwch ddileu eich rôl gweinyddwr eich hun. Gofynnwch i weinyddwr arall wneud hynny.' }]);

    const renamed = await administrator.json('PATCH', `/api/v1/users/${self}`, { displayName: 'Administrator A', role: 'administrator', expectedVersion: version });
    expect(renamed.status).toBe(200);
  });

  it('lets another administrator close an administrator\'s account, which ends that administrator\'s session at once', async () => {
    const added = await administrator.json('POST', '/api/v1/users', { email: 'second.admin@example.gov.wales', displayName: 'Second', role: 'administrator', preferredLanguage: 'en', password: 'correct horse battery staple' });
    const second = managedUserSchema.parse(await added.json());
    const secondAgent = await world.signInAs(second.email);
    expect((await secondAgent.request('/api/v1/users')).status).toBe(200);
    expect((await administrator.json('PATCH', `/api/v1/users/${second.id}`, { active: false, expectedVersion: 1 })).status).toBe(200);
    const after = await secondAgent.json('PATCH', `/api/v1/users/${world.people.administratorA.id}`, { active: false, expectedVersion: await versionOf(world.people.administratorA.id) });
    expect(after.status).toBe(401);
  });

  it('needs the CSRF token to change or unlock anyone', async () => {
    const target = world.people.iroA.id;
    const patch = await unchangedAfter(() => administrator.json('PATCH', `/api/v1/users/${target}`, { active: false, expectedVersion: 1 }, { 'x-csrf-token': '' }));
    expect(patch.status).toBe(403);
    expect(problemSchema.parse(await patch.json()).code).toBe('csrf-failed');
    const unlock = await administrator.request(`/api/v1/users/${target}/unlock`, { method: 'POST', headers: { 'x-csrf-token': 'forged' } });
    expect(unlock.status).toBe(403);
    const crossSite = await unchangedAfter(() => administrator.json('PATCH', `/api/v1/users/${target}`, { role: 'team-manager', expectedVersion: 1 }, { origin: 'https://evil.example' }));
    expect(crossSite.status).toBe(403);
  });

  it('never writes a person\'s name or email address into the audit log or the request log', async () => {
    await administrator.json('PATCH', `/api/v1/users/${world.people.iroA.id}`, { displayName: 'Ceridwen Pugh', email: 'ceridwen.pugh@example.gov.wales', expectedVersion: await versionOf(world.people.iroA.id) });
    const audit = await world.database.db.selectFrom('audit_log').select('detail').where('action', 'like', 'user.%').execute();
    expect(JSON.stringify(audit)).not.toMatch(/Ceridwen|Pugh|@example/);
    expect(JSON.stringify(world.logger.lines)).not.toMatch(/Ceridwen|ceridwen/);
  });
});
