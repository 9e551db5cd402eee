import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { databaseFingerprint } from '../../../test-support/database-fingerprint.js';
import { openTestWorld, testPassword, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { managedUserSchema } from './schema.js';

describe.each(testEngines())('when a change to a person is refused on $name', (engine) => {
  let world: TestWorld;
  let administrator: Agent;
  let welshAdministrator: Agent;
  let person: { id: string; email: string };

  beforeAll(async () => {
    world = await openTestWorld(engine);
    administrator = await world.signIn('administratorA');
    const response = await administrator.json('POST', '/api/v1/users', { email: 'rhys.bowen@example.gov.wales', displayName: 'Rhys Bowen', role: 'iro', preferredLanguage: 'en', password: testPassword });
    person = managedUserSchema.parse(await response.json());
    welshAdministrator = await world.signIn('administratorB');
    expect((await welshAdministrator.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' })).status).toBe(200);
  });
  afterAll(() => world.close());

  /** The problem a refused change answers with, after checking that nothing was written. */
  async function refused(agent: Agent, method: string, path: string, body: unknown, status: number) {
    const before = await databaseFingerprint(world.database.db);
    const response = await agent.json(method, path, body);
    expect(response.status).toBe(status);
    expect(await databaseFingerprint(world.database.db)).toEqual(before);
    return problemSchema.passthrough().parse(await response.json());
  }
  const messages = (problem: { errors: { path: string; message: string }[] }) => Object.fromEntries(problem.errors.map((error) => [error.path, error.message]));

  it('answers a stale version with 409 and the current version, and overwrites nothing', async () => {
    expect((await administrator.json('PATCH', `/api/v1/users/${person.id}`, { displayName: 'Rhys ap Bowen', expectedVersion: 1 })).status).toBe(200);
    const problem = await refused(administrator, 'PATCH', `/api/v1/users/${person.id}`, { role: 'team-manager', expectedVersion: 1 }, 409);
    expect(problem).toMatchObject({ code: 'stale-version', currentVersion: 2 });
    const current = managedUserSchema.parse(await (await administrator.request(`/api/v1/users/${person.id}`)).json());
    expect(current).toMatchObject({ role: 'iro', displayName: 'Rhys ap Bowen', version: 2 });
  });

  it('names every field at fault in English, and changes nothing', async () => {
    const problem = await refused(administrator, 'PATCH', `/api/v1/users/${person.id}`, { displayName: ' ', email: 'not an email', role: 'provider-advocate', active: 'yes', nickname: 'R', expectedVersion: 2 }, 422);
    expect(messages(problem)).toEqual({
      displayName: 'Enter the person\'s name',
      email: 'Enter an email address like name@example.gov.wales',
      role: 'Choose a role in your authority',
      active: 'Answer yes or no for the account status',
      '': 'Remove "nickname": this form does not take that field',
    });
  });

  it('names every field at fault in Welsh', async () => {
    const theirs = await welshAdministrator.json('POST', '/api/v1/users', { email: 'mari.huws@example.gov.wales', displayName: 'Mari Huws', role: 'social-worker', preferredLanguage: 'cy', password: testPassword });
    const mari = managedUserSchema.parse(await theirs.json());
    const problem = await refused(welshAdministrator, 'PATCH', `/api/v1/users/${mari.id}`, { displayName: '', email: 'dim', role: 'commissioner', expectedVersion: 1 }, 422);
    expect(messages(problem)).toEqual({
      displayName: 'Rhowch enw\'r person',
      email: 'Rhowch gyfeiriad e-bost fel enw@example.gov.wales',
      role: 'Dewiswch rôl yn eich awdurdod',
    });
  });

  it('refuses a change that says nothing to change', async () => {
    const problem = await refused(administrator, 'PATCH', `/api/v1/users/${person.id}`, { expectedVersion: 2 }, 422);
    expect(problem.errors[0]?.message).toBe('Say what to change: the name, the email address, the role or whether the account is active');
  });

  it('refuses an email address someone else uses, naming the field in both languages', async () => {
    const english = await refused(administrator, 'PATCH', `/api/v1/users/${person.id}`, { email: world.people.iroB.email.toUpperCase(), expectedVersion: 2 }, 422);
    expect(messages(english)).toEqual({ email: 'Someone already uses this email address' });
    const welsh = await refused(welshAdministrator, 'PATCH', `/api/v1/users/${world.people.socialWorkerB.id}`, { email: person.email, expectedVersion: 1 }, 422);
    expect(messages(welsh)).toEqual({ email: 'Mae rhywun eisoes yn defnyddio\'r cyfeiriad e-bost hwn' });
  });

  it('answers "not found" for a person who does not exist, and 422 naming the person for an id that is not one', async () => {
    const missing = '7b0c1c5e-34a8-4c2a-9b59-8f3b8c3a2d10';
    expect((await administrator.request(`/api/v1/users/${missing}`)).status).toBe(404);
    expect((await refused(administrator, 'PATCH', `/api/v1/users/${missing}`, { role: 'iro', expectedVersion: 1 }, 404)).code).toBe('not-found');
    expect((await refused(administrator, 'POST', `/api/v1/users/${missing}/unlock`, undefined, 404)).code).toBe('not-found');
    const malformed = await administrator.request('/api/v1/users/not-a-person');
    expect(malformed.status).toBe(422);
    expect(problemSchema.parse(await malformed.json()).errors[0]).toMatchObject({ path: 'param.userId' });
  });

  it('refuses a body that is not JSON', async () => {
    const before = await databaseFingerprint(world.database.db);
    const response = await administrator.request(`/api/v1/users/${person.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: '{"role":' });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await databaseFingerprint(world.database.db)).toEqual(before);
  });
});
