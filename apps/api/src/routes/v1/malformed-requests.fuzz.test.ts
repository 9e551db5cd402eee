// Sends thousands of generated malformed requests to every route, as people in several roles:
// no answer may be a 5xx, every error must be a problem document, and the database must hold
// exactly what it held before. Every answer is also checked against the published OpenAPI
// document (the test world's agents do that). Runs on SQLite and, when configured, PostgreSQL.
import { testEngines } from '@cynnig/data/test-support';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../problems/problem-schema.js';
import { databaseFingerprint } from '../../test-support/database-fingerprint.js';
import { routeCatalogue } from '../../test-support/route-catalogue.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../test-support/test-world.js';

const fuzzed = routeCatalogue.filter((route) => !(route.method === 'DELETE' && route.path === '/api/v1/session'));

describe.each(testEngines())('malformed requests to every route on $name', (engine) => {
  let world: TestWorld;
  let agents: Agent[];
  let childId: string;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    childId = await world.addChild(authorityA);
    agents = [await world.signIn('socialWorkerA'), await world.signIn('administratorA'), await world.signIn('iroA'), await world.signIn('advocateP1'), await world.anonymous()];
  });
  afterAll(() => world.close());

  const badSegment = fc.oneof(
    fc.constantFrom('not-a-uuid', '00000000-0000-0000-0000-000000000000', '%00', '..%2f..', 'x'.repeat(300), '😀', '1 OR 1=1'),
    fc.uuid(),
    fc.string({ maxLength: 40 }).map((text) => encodeURIComponent(text) || 'empty'),
  );
  const malformedBody = fc.oneof(
    fc.anything({ maxDepth: 3 }).map((value) => JSON.stringify(value) ?? 'null'),
    fc.string({ maxLength: 200 }),
    fc.constantFrom('{', '{"event":', '[]', 'null', '{"event":{"type":"OFFER_DUE"},"expectedVersion":-1}', '{"expectedVersion":"1"}', '{"preferredLanguage":"fr"}', '{"date":"2025-02-30"}'),
    fc.record({ event: fc.record({ type: fc.constantFrom('OFFER_DUE', 'REPORTED', 'RAISED', 'CHILD_TOLD', 'BOGUS'), on: fc.string(), at: fc.string() }, { requiredKeys: ['type'] }), expectedVersion: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.string()) }).map((value) => JSON.stringify(value)),
  );
  const request = fc.record({
    route: fc.constantFrom(...fuzzed),
    agent: fc.nat({ max: 4 }),
    useRealChild: fc.boolean(),
    segment: badSegment,
    body: malformedBody,
    contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-8'),
    query: fc.constantFrom('', '?limit=-1', '?limit=abc', '?offset=1e99', '?legalStatus=unknown', '?overdue=perhaps', '?dueBy=yesterday', '?from=today', '?period=2025-Q9', '?measure=nothing&groupBy=planet', '?format=docx', '?dryRun=perhaps'),
  });

  it('never answers 5xx, always answers errors as problem documents, and writes nothing', async () => {
    const before = await databaseFingerprint(world.database.db);
    const faults: string[] = [];
    await fc.assert(
      fc.asyncProperty(request, async (sample) => {
        const path =
          sample.route.path
            .replace('{childId}', sample.useRealChild ? childId : sample.segment)
            .replace('{caseId}', sample.segment)
            .replace('{ruleId}', sample.segment)
            .replace('{userId}', sample.segment)
            .replace('{kind}', sample.useRealChild ? 'measures' : sample.segment)
            .replace('{fileType}', sample.useRealChild ? 'children' : sample.segment) + (sample.route.method === 'GET' ? sample.query : '');
        const init: RequestInit = { method: sample.route.method, headers: { 'content-type': sample.contentType } };
        if (sample.route.method !== 'GET') init.body = sample.body;
        const response = await agents[sample.agent]!.request(path, init);
        if (response.status >= 500) faults.push(`${sample.route.method} ${path}: ${response.status}`);
        if (response.status >= 400) {
          expect(response.headers.get('content-type')).toBe('application/problem+json');
          const parsed = problemSchema.safeParse(await response.json());
          if (!parsed.success) faults.push(`${sample.route.method} ${path}: not a problem document`);
        }
      }),
      { numRuns: 2500, seed: 20240501 },
    );
    expect(faults).toEqual([]);
    expect(await databaseFingerprint(world.database.db)).toEqual(before);
  }, 120_000);
});
