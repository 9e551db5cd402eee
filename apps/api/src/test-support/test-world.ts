// A small world for route tests: a fresh database (SQLite, or PostgreSQL when configured),
// two authorities, a provider serving each, a person in every role, and signed-in agents
// that carry their cookie and CSRF token like the forms app does. Every answer an agent receives
// is checked against the published OpenAPI document.
import { addEntitlement, createChild, createProvider, createUser, type OpenDatabase } from '@cynnig/data';
import type { TestEngine } from '@cynnig/data/test-support';
import type { Role, User } from '@cynnig/domain';
import { createApp } from '../app.js';
import { hashPassword } from '../auth/password.js';
import { loadConfig, type Config } from '../config/config.js';
import { createMemoryLogger } from '../logging/logger.js';
import { openApiConformance, type OpenApiConformance } from './openapi-conformance.js';

export const authorityA = 'W06000015';
export const authorityB = 'W06000011';
export const testPassword = 'correct horse battery staple';

export type PersonKey =
  | 'socialWorkerA' | 'teamManagerA' | 'iroA' | 'administratorA'
  | 'socialWorkerB' | 'teamManagerB' | 'iroB' | 'administratorB'
  | 'advocateP1' | 'providerManagerP1' | 'advocateP2' | 'providerManagerP2'
  | 'commissioner';

let sharedHash: Promise<string> | null = null;
/** Every world's app publishes the same document: compiled once for the test file. */
let conformance: Promise<OpenApiConformance> | null = null;

export interface Agent {
  readonly user: User | null;
  readonly csrfToken: string;
  request(path: string, init?: RequestInit): Promise<Response>;
  json(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

export interface TestWorld {
  readonly database: OpenDatabase;
  readonly app: ReturnType<typeof createApp>;
  readonly logger: ReturnType<typeof createMemoryLogger>;
  readonly config: Config;
  readonly people: Record<PersonKey, User>;
  readonly providers: { readonly p1: string; readonly p2: string };
  /** Adds a looked after child (or, with lookedAfter false, a child with care and support needs). */
  addChild(authorityCode: string, options?: { lookedAfter?: boolean; dateOfBirth?: string }): Promise<string>;
  /** Moves the clock the app sees. */
  setNow(moment: Date): void;
  signIn(who: PersonKey): Promise<Agent>;
  /** Signs in with any email address (a person added during the test); throws unless it succeeds. */
  signInAs(email: string, password?: string): Promise<Agent>;
  anonymous(): Promise<Agent>;
  close(): Promise<void>;
}

export async function openTestWorld(engine: TestEngine, environment: Record<string, string> = {}): Promise<TestWorld> {
  const database = await engine.open();
  const db = database.db;
  sharedHash ??= hashPassword(testPassword);
  const passwordHash = await sharedHash;
  const p1 = (await createProvider(db, { name: 'Eiriolaeth De Ddwyrain', authorityCodes: [authorityA] })).id;
  const p2 = (await createProvider(db, { name: 'Eiriolaeth Gorllewin', authorityCodes: [authorityB] })).id;
  const person = (key: string, role: Role, scope: { authorityCode?: string; providerId?: string }) =>
    createUser(db, {
      email: `${key.toLowerCase()}@example.gov.wales`,
      displayName: key,
      role,
      authorityCode: scope.authorityCode ?? null,
      providerId: scope.providerId ?? null,
      preferredLanguage: 'en',
      active: true,
      passwordHash,
    });
  const people = {
    socialWorkerA: await person('socialWorkerA', 'social-worker', { authorityCode: authorityA }),
    teamManagerA: await person('teamManagerA', 'team-manager', { authorityCode: authorityA }),
    iroA: await person('iroA', 'iro', { authorityCode: authorityA }),
    administratorA: await person('administratorA', 'administrator', { authorityCode: authorityA }),
    socialWorkerB: await person('socialWorkerB', 'social-worker', { authorityCode: authorityB }),
    teamManagerB: await person('teamManagerB', 'team-manager', { authorityCode: authorityB }),
    iroB: await person('iroB', 'iro', { authorityCode: authorityB }),
    administratorB: await person('administratorB', 'administrator', { authorityCode: authorityB }),
    advocateP1: await person('advocateP1', 'provider-advocate', { providerId: p1 }),
    providerManagerP1: await person('providerManagerP1', 'provider-manager', { providerId: p1 }),
    advocateP2: await person('advocateP2', 'provider-advocate', { providerId: p2 }),
    providerManagerP2: await person('providerManagerP2', 'provider-manager', { providerId: p2 }),
    commissioner: await person('commissioner', 'commissioner', {}),
  } satisfies Record<PersonKey, User>;

  let now = new Date();
  let childCount = 0;
  const logger = createMemoryLogger();
  const config = loadConfig({ NODE_ENV: 'test', ...environment }, '/tmp/cynnig-test');
  const app = createApp({ config, logger, database, readiness: async () => ({ database: true, migrationsCurrent: true }), now: () => now });

  const agent = (user: User | null, cookies: Map<string, string>, csrfToken: string): Agent => {
    const request = async (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (cookies.size > 0 && !headers.has('cookie')) headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
      if (!headers.has('x-csrf-token') && csrfToken) headers.set('x-csrf-token', csrfToken);
      const response = await app.request(path, { ...init, headers });
      // every answer a route test sees must be one the published OpenAPI document describes
      conformance ??= Promise.resolve(app.request('/openapi.json')).then(async (published) => openApiConformance((await published.json()) as Parameters<typeof openApiConformance>[0]));
      const faults = await (await conformance).faults(init.method ?? 'GET', path, response);
      if (faults.length > 0) throw new Error(`The answer does not conform to /openapi.json:\n  ${faults.join('\n  ')}`);
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const [name = '', value = ''] = pair.split('=');
        if (/Max-Age=0/i.test(line) || value === '') cookies.delete(name);
        else cookies.set(name, value);
      }
      return response;
    };
    return {
      user,
      csrfToken,
      request,
      json: (method, path, body, headers = {}) =>
        request(path, { method, headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }),
    };
  };

  const anonymous = async () => {
    const cookies = new Map<string, string>();
    const bootstrap = agent(null, cookies, '');
    const session = (await (await bootstrap.request('/api/v1/session')).json()) as { csrfToken: string };
    return agent(null, cookies, session.csrfToken);
  };

  return {
    database,
    app,
    logger,
    config,
    people,
    providers: { p1, p2 },
    setNow: (moment) => {
      now = moment;
    },
    anonymous,
    async addChild(authorityCode, options = {}) {
      childCount += 1;
      const lookedAfter = options.lookedAfter ?? true;
      const stored = await createChild(db, {
        authorityCode,
        caseReference: `REF-${childCount}`,
        givenName: `Plentyn${childCount}`,
        familyName: 'Prawf',
        dateOfBirth: options.dateOfBirth ?? '2012-05-01',
        legalStatus: lookedAfter ? 'full-care-order' : 'child-protection-enquiry',
        preferredLanguage: 'cy',
        firstLanguage: 'cy',
        otherLanguageName: null,
        communicationNeeds: [],
        disability: 'none',
        asylumStatus: 'not-asylum-seeking',
      });
      await addEntitlement(db, { childId: stored.child.id, basis: lookedAfter ? 'looked-after' : 'care-and-support', start: '2025-01-06', end: null, endReason: null });
      return stored.child.id;
    },
    signIn(who) {
      return signInAs(people[who].email, testPassword, people[who]);
    },
    signInAs: (email, password = testPassword) => signInAs(email, password, null),
    close: () => database.close(),
  };

  async function signInAs(email: string, password: string, user: User | null): Promise<Agent> {
    const visitor = await anonymous();
    const response = await visitor.json('POST', '/api/v1/session', { email, password });
    if (response.status !== 200) throw new Error(`signing in as ${email} failed with ${response.status}`);
    const session = (await response.json()) as { csrfToken: string; user: User };
    const cookies = new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value) cookies.set(name, value);
    }
    return agent(user ?? session.user, cookies, session.csrfToken);
  }
}
