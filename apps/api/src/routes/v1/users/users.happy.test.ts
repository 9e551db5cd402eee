import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { authorityA, openTestWorld, testPassword, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { sessionViewSchema } from '../session/schema.js';
import { auditPageSchema } from '../audit/schema.js';
import { managedUserSchema, userListSchema } from './schema.js';

describe.each(testEngines())('an administrator manages the people of their authority on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;
  let added = 0;

  /** Adds a person to authority A through the API, as the administrator's page does. */
  async function addPerson(role: 'social-worker' | 'team-manager' | 'iro' | 'administrator' = 'social-worker') {
    added += 1;
    const response = await administrator.json('POST', '/api/v1/users', { email: `person${added}@example.gov.wales`, displayName: `Person ${added}`, role, preferredLanguage: 'cy', password: testPassword });
    expect(response.status).toBe(201);
    return managedUserSchema.parse(await response.json());
  }
  const change = (userId: string, body: Record<string, unknown>) => administrator.json('PATCH', `/api/v1/users/${userId}`, body);

  beforeAll(async () => {
    world = await openTestWorld(engine);
    administrator = await world.signIn('administratorA');
  });
  afterAll(() => world.close());

  it('lists the people of the authority only, each with their role, status and version', async () => {
    const person = await addPerson('iro');
    expect(person).toMatchObject({ role: 'iro', status: 'active', active: true, version: 1, lockedUntil: null, deactivatedAt: null, authorityCode: authorityA });
    const response = await administrator.request('/api/v1/users');
    expect(response.status).toBe(200);
    const { items } = userListSchema.parse(await response.json());
    expect(items.map((item) => item.id)).toContain(person.id);
    expect(items.every((item) => item.authorityCode === authorityA)).toBe(true);
    expect(items.map((item) => item.id)).not.toContain(world.people.socialWorkerB.id);
    const one = await administrator.request(`/api/v1/users/${person.id}`);
    expect(managedUserSchema.parse(await one.json())).toEqual(person);
  });

  it('changes a person\'s role, which their very next request already carries', async () => {
    const person = await addPerson('social-worker');
    const colleague = await world.signInAs(person.email);
    expect((await colleague.request('/api/v1/queues/team')).status).toBe(403);
    const response = await change(person.id, { role: 'team-manager', expectedVersion: 1 });
    expect(response.status).toBe(200);
    expect(managedUserSchema.parse(await response.json())).toMatchObject({ role: 'team-manager', version: 2 });
    expect(sessionViewSchema.parse(await (await colleague.request('/api/v1/session')).json()).role).toBe('team-manager');
    expect((await colleague.request('/api/v1/queues/team')).status).toBe(200);
  });

  it('changes a person\'s name and email address; they sign in with the new address', async () => {
    const person = await addPerson();
    const response = await change(person.id, { displayName: 'Elin Rowlands', email: 'Elin.Rowlands@example.gov.wales', expectedVersion: 1 });
    expect(response.status).toBe(200);
    expect(managedUserSchema.parse(await response.json())).toMatchObject({ displayName: 'Elin Rowlands', email: 'elin.rowlands@example.gov.wales', version: 2 });
    const visitor = await world.anonymous();
    expect((await visitor.json('POST', '/api/v1/session', { email: person.email, password: testPassword })).status).toBe(401);
    expect((await world.signInAs('elin.rowlands@example.gov.wales')).user?.id).toBe(person.id);
  });

  it('deactivates an account: the person\'s next request is refused and they cannot sign in; reactivating lets them back', async () => {
    const person = await addPerson();
    const colleague = await world.signInAs(person.email);
    expect((await colleague.request('/api/v1/queues/caseload')).status).toBe(200);

    const closed = await change(person.id, { active: false, expectedVersion: 1 });
    expect(closed.status).toBe(200);
    expect(managedUserSchema.parse(await closed.json())).toMatchObject({ status: 'deactivated', active: false, version: 2, deactivatedAt: expect.any(String) });
    expect((await colleague.request('/api/v1/queues/caseload')).status).toBe(401);
    expect((await world.database.db.selectFrom('sessions').select('id').where('user_id', '=', person.id).execute())).toEqual([]);

    const visitor = await world.anonymous();
    const refused = await visitor.json('POST', '/api/v1/session', { email: person.email, password: testPassword });
    const wrongPassword = await visitor.json('POST', '/api/v1/session', { email: world.people.iroA.email, password: 'not the password' });
    expect(refused.status).toBe(401);
    const [answer, ordinary] = [problemSchema.parse(await refused.json()), problemSchema.parse(await wrongPassword.json())];
    expect(answer.detail).toMatch(/ask your administrator/);
    expect({ ...answer, requestId: '' }).toEqual({ ...ordinary, requestId: '' });

    const reopened = await change(person.id, { active: true, expectedVersion: 2 });
    expect(managedUserSchema.parse(await reopened.json())).toMatchObject({ status: 'active', deactivatedAt: null, version: 3 });
    expect((await world.signInAs(person.email)).user?.id).toBe(person.id);
  });

  it('unlocks an account locked after repeated failed sign-ins, so the person can sign in at once', async () => {
    const person = await addPerson();
    const visitor = await world.anonymous();
    for (let attempt = 0; attempt < 5; attempt += 1) await visitor.json('POST', '/api/v1/session', { email: person.email, password: `guess ${attempt}` });
    expect((await visitor.json('POST', '/api/v1/session', { email: person.email, password: testPassword })).status).toBe(429);
    const locked = managedUserSchema.parse(await (await administrator.request(`/api/v1/users/${person.id}`)).json());
    expect(locked).toMatchObject({ status: 'locked', lockedUntil: expect.any(String) });

    const response = await administrator.request(`/api/v1/users/${person.id}/unlock`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(managedUserSchema.parse(await response.json())).toMatchObject({ status: 'active', lockedUntil: null, version: locked.version });
    expect((await world.signInAs(person.email)).user?.id).toBe(person.id);
  });

  it('records every change in the audit log (who, what, when), and the administrator\'s audit query shows it', async () => {
    const person = await addPerson('iro');
    const at = new Date('2026-03-02T10:00:00.000Z');
    world.setNow(at);
    try {
      await change(person.id, { role: 'team-manager', displayName: 'Gwen Parry', expectedVersion: 1 });
      await change(person.id, { active: false, expectedVersion: 2 });
      await change(person.id, { active: true, expectedVersion: 3 });
      await administrator.request(`/api/v1/users/${person.id}/unlock`, { method: 'POST' });
    } finally {
      world.setNow(new Date());
    }
    const page = auditPageSchema.parse(await (await administrator.request(`/api/v1/audit?from=${at.toISOString()}&to=${at.toISOString()}`)).json());
    const about = page.items.filter((item) => item.detail['userId'] === person.id).reverse();
    expect(about.map((item) => item.action)).toEqual(['user.details-changed', 'user.role-changed', 'user.deactivated', 'user.reactivated', 'user.unlocked']);
    expect(about.every((item) => item.userId === world.people.administratorA.id && item.role === 'administrator' && item.at === at.toISOString() && item.scope === `authority:${authorityA}`)).toBe(true);
    expect(about[0]?.detail).toMatchObject({ fields: 'displayName', version: 2 });
    expect(about[1]?.detail).toMatchObject({ from: 'iro', to: 'team-manager', version: 2 });
    expect(about[2]?.detail).toMatchObject({ version: 3 });
    expect(JSON.stringify(about)).not.toMatch(/Gwen|Parry|@example/);

    const roleChanges = auditPageSchema.parse(await (await administrator.request('/api/v1/audit?action=user.role-changed')).json());
    expect(roleChanges.items.some((item) => item.detail['userId'] === person.id)).toBe(true);
  });

  it('writes nothing and moves no version when asked for what is already so', async () => {
    const person = await addPerson('iro');
    const response = await change(person.id, { role: 'iro', active: true, expectedVersion: 1 });
    expect(managedUserSchema.parse(await response.json()).version).toBe(1);
    const audit = await world.database.db.selectFrom('audit_log').select('action').where('detail', 'like', `%${person.id}%`).execute();
    expect(audit.map((row) => row.action)).toEqual(['user.created']);
  });
});
