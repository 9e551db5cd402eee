import { testEngines } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemSchema } from '../../../problems/problem-schema.js';
import { authorityA, openTestWorld, type Agent, type TestWorld } from '../../../test-support/test-world.js';
import { caseViewSchema } from '../cases/case-schema.js';

const reported = (lastSeenAt: string, at: string) => ({ type: 'REPORTED', at, kind: 'missing', riskGrade: 'medium', lastSeenAt, reportedBy: 'Gofalwr', policeReference: null });
const returned = (at: string) => ({ type: 'RETURNED', at, method: 'returned', whereFound: 'Adref', whoWith: null });

describe.each(testEngines())('two people recording the same missing episode on $name', (engine) => {
  let world: TestWorld;
  let worker: Agent;
  let manager: Agent;
  beforeAll(async () => {
    world = await openTestWorld(engine);
    world.setNow(new Date('2026-03-20T12:00:00Z'));
    worker = await world.signIn('socialWorkerA');
    manager = await world.signIn('teamManagerA');
  });
  afterAll(() => world.close());

  const episodesOf = (childId: string) => world.database.db.selectFrom('missing_episodes').select(['id', 'ended_at']).where('child_id', '=', childId).execute();
  const eventsOf = (caseId: string) => world.database.db.selectFrom('missing_episode_events').select(['sequence', 'type']).where('case_id', '=', caseId).orderBy('sequence').execute();

  it('saves one episode when two reports of the same child going missing arrive at the same moment; the other is refused with 409', async () => {
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const childId = await world.addChild(authorityA);
      const at = `/api/v1/children/${childId}/missing-episodes`;
      const results = await Promise.all([
        worker.json('POST', at, { event: reported('2026-03-19T21:00:00.000Z', '2026-03-19T22:00:00.000Z'), expectedVersion: 0 }),
        manager.json('POST', at, { event: reported('2026-03-19T21:30:00.000Z', '2026-03-19T22:05:00.000Z'), expectedVersion: 0 }, { 'accept-language': 'cy' }),
      ]);
      expect(results.map((response) => response.status).sort()).toEqual([201, 409]);
      const refused = problemSchema.parse(await results.find((response) => response.status === 409)!.json());
      expect(refused.detail).not.toBe('');
      const episodes = await episodesOf(childId);
      expect(episodes).toHaveLength(1);
      expect(await eventsOf(episodes[0]!.id)).toEqual([{ sequence: 1, type: 'REPORTED' }]);
    }
  });

  it('lets exactly one of two simultaneous steps on the same version through; the other gets 409 with the current version', async () => {
    const childId = await world.addChild(authorityA);
    const opened = await worker.json('POST', `/api/v1/children/${childId}/missing-episodes`, { event: reported('2026-03-19T21:00:00.000Z', '2026-03-19T22:00:00.000Z'), expectedVersion: 0 });
    const episode = caseViewSchema.parse(await opened.json());
    const at = `/api/v1/children/${childId}/missing-episodes/${episode.caseId}/events`;
    const results = await Promise.all([
      worker.json('POST', at, { event: returned('2026-03-20T08:00:00.000Z'), expectedVersion: episode.version }),
      manager.json('POST', at, { event: returned('2026-03-20T08:30:00.000Z'), expectedVersion: episode.version }),
    ]);
    expect(results.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(await eventsOf(episode.caseId)).toEqual([{ sequence: 1, type: 'REPORTED' }, { sequence: 2, type: 'RETURNED' }]);
    const late = await manager.json('POST', at, { event: { type: 'CONVERSATION_OFFERED', at: '2026-03-20T10:00:00.000Z', offeredBy: 'advocacy-provider' }, expectedVersion: episode.version });
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: 'stale-version', currentVersion: 2 });
    expect(await eventsOf(episode.caseId)).toHaveLength(2);
  });

  it('records a retried report with the same Idempotency-Key once, and refuses the key for different details', async () => {
    const childId = await world.addChild(authorityA);
    const at = `/api/v1/children/${childId}/missing-episodes`;
    const body = { event: reported('2026-03-19T21:00:00.000Z', '2026-03-19T22:00:00.000Z'), expectedVersion: 0 };
    const first = await worker.json('POST', at, body, { 'idempotency-key': `report-${childId}` });
    const retry = await worker.json('POST', at, body, { 'idempotency-key': `report-${childId}` });
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    expect(await episodesOf(childId)).toHaveLength(1);
    const misuse = await worker.json('POST', at, { ...body, event: reported('2026-03-19T20:00:00.000Z', '2026-03-19T22:00:00.000Z') }, { 'idempotency-key': `report-${childId}` });
    expect(misuse.status).toBe(422);
    expect(problemSchema.parse(await misuse.json()).code).toBe('idempotency-key-reused');
    expect(await episodesOf(childId)).toHaveLength(1);
  });

  it('records a retried step with the same Idempotency-Key once, even when both copies arrive together', async () => {
    const childId = await world.addChild(authorityA);
    const opened = caseViewSchema.parse(await (await worker.json('POST', `/api/v1/children/${childId}/missing-episodes`, { event: reported('2026-03-19T21:00:00.000Z', '2026-03-19T22:00:00.000Z'), expectedVersion: 0 })).json());
    const at = `/api/v1/children/${childId}/missing-episodes/${opened.caseId}/events`;
    const body = { event: returned('2026-03-20T08:00:00.000Z'), expectedVersion: opened.version };
    const [first, second] = await Promise.all([worker.json('POST', at, body, { 'idempotency-key': `return-${childId}` }), worker.json('POST', at, body, { 'idempotency-key': `return-${childId}` })]);
    expect([first!.status, second!.status]).toEqual([201, 201]);
    expect(await first!.json()).toEqual(await second!.json());
    expect(await eventsOf(opened.caseId)).toEqual([{ sequence: 1, type: 'REPORTED' }, { sequence: 2, type: 'RETURNED' }]);
  });
});
