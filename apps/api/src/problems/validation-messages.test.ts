import { sqliteTestEngine } from '@cynnig/data/test-support';
import { isoDateSchema } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../test-support/test-world.js';
import { domainMessagesInWelsh, validationMessage } from './validation-messages.js';

type FieldError = { path: string; message: string };

describe('validation problems name the field and how to fix it, in English and Welsh', () => {
  let world: TestWorld;
  let childId: string;
  const speakers: Record<'en' | 'cy', { worker: Agent; administrator: Agent }> = {} as never;

  beforeAll(async () => {
    world = await openTestWorld(sqliteTestEngine);
    childId = await world.addChild(authorityA);
    speakers.en = { worker: await world.signIn('socialWorkerA'), administrator: await world.signIn('administratorA') };
    speakers.cy = { worker: await world.signIn('socialWorkerA'), administrator: await world.signIn('administratorA') };
    for (const agent of Object.values(speakers.cy)) {
      expect((await agent.json('PATCH', '/api/v1/me', { preferredLanguage: 'cy' })).status).toBe(200);
    }
  });
  afterAll(async () => {
    await speakers.en.worker.json('PATCH', '/api/v1/me', { preferredLanguage: 'en' });
    await world.close();
  });

  async function errorsOf(language: 'en' | 'cy', who: 'worker' | 'administrator', method: string, path: () => string, body: unknown): Promise<Record<string, string>> {
    // both sessions of a person share the stored language: set it for this request's speaker
    const agent = speakers[language][who];
    await agent.json('PATCH', '/api/v1/me', { preferredLanguage: language });
    const response = await agent.json(method, path(), body);
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: FieldError[] };
    return Object.fromEntries(problem.errors.map((error) => [error.path, error.message]));
  }

  it.each([
    {
      route: 'a life event with an impossible date',
      who: 'worker' as const,
      path: () => `/api/v1/children/${childId}/life-events`,
      body: { kind: 'placement-move', occurredOn: '2025-02-30', note: null },
      en: { occurredOn: 'Enter a real date of the event, for example 2012-03-31' },
      cy: { occurredOn: 'Rhowch ddyddiad y digwyddiad go iawn, er enghraifft 2012-03-31' },
    },
    {
      route: 'a missing episode reported without who reported it and with a moment that is not a time',
      who: 'worker' as const,
      path: () => `/api/v1/children/${childId}/missing-episodes`,
      body: { event: { type: 'REPORTED', at: '2026-03-01T20:00:00.000Z', kind: 'missing', riskGrade: 'medium', lastSeenAt: 'last night', reportedBy: '', policeReference: null }, expectedVersion: 0 },
      en: { 'event.lastSeenAt': 'Enter the date and time the child was last seen as a real date and time, for example 2025-04-18T21:30:00Z', 'event.reportedBy': 'Say who reported the child missing' },
      cy: { 'event.lastSeenAt': 'Rhowch ddyddiad ac amser y gwelwyd y plentyn ddiwethaf fel dyddiad ac amser go iawn, er enghraifft 2025-04-18T21:30:00Z', 'event.reportedBy': 'Dywedwch pwy a roddodd wybod bod y plentyn ar goll' },
    },
    {
      route: 'a new user with a missing name, a short password, an unknown language and an extra field',
      who: 'administrator' as const,
      path: () => '/api/v1/users',
      body: { email: 'gwen@example.gov.wales', role: 'iro', preferredLanguage: 'fr', password: 'short', nickname: 'G' },
      en: {
        displayName: 'Enter the name',
        password: 'Use at least 12 characters for the password',
        preferredLanguage: 'Choose the preferred language from: en, cy',
        '': 'Remove "nickname": this form does not take that field',
      },
      cy: {
        displayName: 'Rhowch enw',
        password: 'Defnyddiwch o leiaf 12 nod ar gyfer y cyfrinair',
        preferredLanguage: 'Dewiswch ddewis iaith o blith: en, cy',
        '': 'Tynnwch "nickname": nid yw\'r ffurflen hon yn derbyn y maes hwnnw',
      },
    },
    {
      route: 'a rule setting with a version that is not a number',
      who: 'administrator' as const,
      path: () => '/api/v1/rule-parameters/reoffer-periodic-after-decline',
      body: { enabled: true, expectedVersion: 'latest' },
      en: { expectedVersion: 'Enter the version you read as a number' },
      cy: { expectedVersion: 'Rhowch fersiwn a ddarllenoch fel rhif' },
    },
  ])('$route', async ({ who, path, body, en, cy }) => {
    const method = path().includes('rule-parameters') ? 'PUT' : 'POST';
    expect(await errorsOf('en', who, method, path, body)).toEqual(en);
    expect(await errorsOf('cy', who, method, path, body)).toEqual(cy);
  });

  it('names a field it has no entry for by its key, in both languages', () => {
    const issue = isoDateSchema.safeParse('soon').error!.issues[0]!;
    expect(validationMessage({ ...issue, message: 'Invalid input' } as never, ['somethingNew'])).toEqual({ en: 'Check the field "somethingNew"', cy: 'Gwiriwch y maes "somethingNew"' });
  });

  it('has Welsh for every message the schemas write for users, and none left in English', () => {
    for (const [english, welsh] of Object.entries(domainMessagesInWelsh)) {
      expect(welsh.length, english).toBeGreaterThan(0);
      expect(welsh, english).not.toBe(english);
    }
  });
});
