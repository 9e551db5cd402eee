// Calls every route as every role, for a child inside and outside their scope, and checks that
// nobody reads or writes what they should not: other authorities' children, children never
// referred to a provider, any child-level record for a commissioner or an administrator, and
// people of another authority for an administrator.
import { testEngines } from '@cynnig/data/test-support';
import type { Role } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allows, routeCatalogue, type CatalogueRoute } from '../../test-support/route-catalogue.js';
import { databaseFingerprint } from '../../test-support/database-fingerprint.js';
import { authorityA, authorityB, openTestWorld, type Agent, type PersonKey, type TestWorld } from '../../test-support/test-world.js';
import { openApiDocument } from '../docs/openapi-document.js';

interface Target { readonly name: string; readonly childId: string; readonly authority: string; readonly lookedAfter: boolean; readonly referredTo: string | null }

describe.each(testEngines())('the authorisation matrix on $name', (engine) => {
  let world: TestWorld;
  let agents: Record<PersonKey, Agent>;
  let targets: Target[];
  let cases: { missing: string; oversight: string };

  beforeAll(async () => {
    world = await openTestWorld(engine);
    const referred = await world.addChild(authorityA);
    const notLookedAfter = await world.addChild(authorityA, { lookedAfter: false });
    const elsewhere = await world.addChild(authorityB);
    const worker = await world.signIn('socialWorkerA');
    let version = 0;
    for (const event of [
      { type: 'OFFER_DUE', on: '2025-01-06', trigger: 'became-looked-after' },
      { type: 'CHILD_TOLD', on: '2025-01-07', method: 'visit', language: 'en' },
      { type: 'PERMISSION_GIVEN', on: '2025-01-07' },
      { type: 'REFERRED', on: '2025-01-08', providerId: world.providers.p1 },
    ]) {
      const response = await worker.json('POST', `/api/v1/children/${referred}/active-offer/events`, { event, expectedVersion: version });
      expect(response.status).toBe(201);
      version = ((await response.json()) as { version: number }).version;
    }
    const missing = await worker.json('POST', `/api/v1/children/${referred}/missing-episodes`, { event: { type: 'REPORTED', at: '2025-02-01T20:00:00.000Z', kind: 'missing', riskGrade: 'medium', lastSeenAt: '2025-02-01T18:00:00.000Z', reportedBy: 'Carer', policeReference: null }, expectedVersion: 0 });
    expect(missing.status).toBe(201);
    const iro = await world.signIn('iroA');
    const concern = await iro.json('POST', `/api/v1/children/${referred}/oversight`, { event: { type: 'RAISED', on: '2025-02-01', ruleId: 'manual', reason: 'Re-offer overdue' }, expectedVersion: 0 });
    expect(concern.status).toBe(201);
    cases = { missing: ((await missing.json()) as { caseId: string }).caseId, oversight: ((await concern.json()) as { caseId: string }).caseId };
    targets = [
      { name: 'a looked after child in authority A referred to provider 1', childId: referred, authority: authorityA, lookedAfter: true, referredTo: world.providers.p1 },
      { name: 'a child in need in authority A, never referred', childId: notLookedAfter, authority: authorityA, lookedAfter: false, referredTo: null },
      { name: 'a looked after child in authority B', childId: elsewhere, authority: authorityB, lookedAfter: true, referredTo: null },
    ];
    agents = Object.fromEntries(await Promise.all((Object.keys(world.people) as PersonKey[]).map(async (key) => [key, await world.signIn(key)]))) as Record<PersonKey, Agent>;
  });
  afterAll(() => world.close());

  const inScope = (who: PersonKey, route: CatalogueRoute, target: Target): boolean => {
    const person = world.people[who];
    if (person.role === 'provider-advocate' || person.role === 'provider-manager') return Boolean(route.providerReaches) && target.referredTo === person.providerId;
    if (person.authorityCode !== target.authority) return false;
    return person.role !== 'iro' || target.lookedAfter;
  };

  /** Person-level routes are called for a social worker of authority A: only A's administrators reach them. */
  const reachesPerson = (who: PersonKey, route: CatalogueRoute): boolean => !route.personLevel || world.people[who].authorityCode === authorityA;

  const pathFor = (route: CatalogueRoute, target: Target | null) =>
    route.path
      .replace('{childId}', target?.childId ?? '')
      .replace('{userId}', world.people.socialWorkerA.id)
      .replace('{caseId}', route.path.includes('missing-episodes') ? cases.missing : cases.oversight)
      .replace('{ruleId}', 'reoffer-periodic-after-decline')
      .replace('{kind}', 'measures')
      .replace('{fileType}', 'children');

  const call = (agent: Agent, route: CatalogueRoute, target: Target | null) =>
    route.body ? agent.json(route.method, pathFor(route, target), route.body()) : agent.request(pathFor(route, target), { method: route.method });

  it('lists every operation of the OpenAPI document, so no route escapes the matrix', () => {
    const document = openApiDocument(world.app) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v1'))
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
      .sort();
    expect(routeCatalogue.map((route) => `${route.method} ${route.path}`).sort()).toEqual(documented);
  });

  it('refuses every signed-out request to a protected route with 401', async () => {
    const visitor = await world.anonymous();
    for (const route of routeCatalogue.filter((r) => r.roles !== 'anyone')) {
      const response = await call(visitor, route, targets[0]!);
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
    }
  });

  it('refuses roles and scopes that may not, and those refusals write nothing', async () => {
    const before = await databaseFingerprint(world.database.db);
    const failures: string[] = [];
    for (const route of routeCatalogue.filter((r) => r.roles !== 'anyone')) {
      for (const who of Object.keys(agents) as PersonKey[]) {
        const role: Role = world.people[who].role;
        for (const target of route.childLevel ? targets : [null]) {
          const allowed = allows(route, role);
          if (allowed && (!route.childLevel || inScope(who, route, target!)) && reachesPerson(who, route)) continue;
          const response = await call(agents[who], route, target);
          const expected = allowed ? 404 : 403;
          if (response.status !== expected) failures.push(`${who} ${route.method} ${route.path} for ${target?.name ?? '-'}: ${response.status}, expected ${expected}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(await databaseFingerprint(world.database.db)).toEqual(before);
  });

  it('lets each role read what its scope reaches', async () => {
    const failures: string[] = [];
    for (const route of routeCatalogue.filter((r) => r.method === 'GET' && r.roles !== 'anyone')) {
      for (const who of Object.keys(agents) as PersonKey[]) {
        if (!allows(route, world.people[who].role) || !reachesPerson(who, route)) continue;
        for (const target of route.childLevel ? targets : [null]) {
          if (route.childLevel && !inScope(who, route, target!)) continue;
          if (route.path.includes('{caseId}') && target?.childId !== targets[0]!.childId) continue;
          const response = await call(agents[who], route, target);
          if (response.status !== 200) failures.push(`${who} GET ${route.path} for ${target?.name ?? '-'}: ${response.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('gives a provider the referral only, never the rest of the child\'s life', async () => {
    const body = (await (await agents.advocateP1.request(`/api/v1/children/${targets[0]!.childId}`)).json()) as Record<string, unknown>;
    expect(body['view']).toBe('referral');
    expect(JSON.stringify(body)).not.toMatch(/caseReference|legalStatus|REF-|asylum|disability/);
    const list = (await (await agents.advocateP1.request('/api/v1/children')).json()) as { items: { id: string; caseReference: string | null }[] };
    expect(list.items.map((item) => item.id)).toEqual([targets[0]!.childId]);
    expect(list.items[0]?.caseReference).toBeNull();
    const other = (await (await agents.advocateP2.request('/api/v1/children')).json()) as { items: unknown[] };
    expect(other.items).toEqual([]);
  });

  it('shows an IRO only their authority\'s looked after children', async () => {
    const list = (await (await agents.iroA.request('/api/v1/children')).json()) as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).toEqual([targets[0]!.childId]);
  });
});
