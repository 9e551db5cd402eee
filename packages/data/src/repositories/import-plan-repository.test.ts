import { randomUUID } from 'node:crypto';
import type { Child } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aChild, aUser, cardiff, testEngines, type TestDatabase } from '../test-support/index.js';
import { countRows } from '../backup/backup-database.js';
import { applyImportPlan, authorityImportContext, type ImportPlanRows } from './import-plan-repository.js';
import { listMissingEpisodes } from './missing-episode-repository.js';

/** A small plan as the monitoring package's planImport would make it: one child with a placement, an entitlement and an episode. */
function planFor(child: Child, overrides: Partial<ImportPlanRows> = {}): ImportPlanRows {
  const row = <T>(value: T, line = 2) => ({ key: `${cardiff}/x/${child.caseReference}/${line}`, caseReference: child.caseReference, line, value });
  return {
    authorityCode: cardiff,
    children: [row(child)],
    entitlements: [row({ id: uuidFor(child, 'e'), childId: child.id, basis: 'looked-after' as const, start: '2024-04-02', end: null, endReason: null })],
    placements: [row({ id: uuidFor(child, 'p'), childId: child.id, type: 'foster-la' as const, start: '2024-04-02', end: null, location: { kind: 'wales' as const, authorityCode: cardiff }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: 4.5 })],
    allocations: [],
    reviews: [],
    missingEpisodes: [row({
      id: uuidFor(child, 'm'), childId: child.id, kind: 'missing' as const, riskGrade: 'medium' as const, startedAt: '2024-05-01T21:15:00.000Z', endedAt: '2024-05-02T08:40:00.000Z',
      conversationOfferedAt: '2024-05-02T14:00:00.000Z', conversationHeldAt: '2024-05-03T10:00:00.000Z', conversationDeclined: false, exploitationIndicators: ['older-associates' as const],
    })],
    ...overrides,
  };
}

const ids = new Map<string, string>();
function uuidFor(child: Child, kind: string): string {
  const key = `${child.id}/${kind}`;
  if (!ids.has(key)) ids.set(key, randomUUID());
  return ids.get(key)!;
}

function importedChild(caseReference?: string): Child {
  return { id: randomUUID(), ...aChild(cardiff, caseReference ? { caseReference } : {}) } as Child;
}

describe.each(testEngines())('applying an import plan on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('writes a new child with their facts and opens each missing episode as a workflow case with its event log', async () => {
    const child = importedChild();
    const applied = await applyImportPlan(database.db, planFor(child));
    expect(applied.counts.children).toEqual({ inserted: 1, updated: 0, unchanged: 0 });
    expect(applied.counts.placements.inserted).toBe(1);
    expect(applied.changedChildIds).toEqual([child.id]);
    const episodes = await listMissingEpisodes(database.db, { kind: 'system' }, child.id);
    expect(episodes).toHaveLength(1);
    expect(episodes[0]).toMatchObject({ conversationHeldAt: '2024-05-03T10:00:00.000Z', exploitationIndicators: ['older-associates'] });
    const events = await database.db.selectFrom('missing_episode_events').select('type').where('case_id', '=', episodes[0]!.id).orderBy('sequence').execute();
    expect(events.map((event) => event.type)).toEqual(['REPORTED', 'RETURNED', 'CONVERSATION_OFFERED', 'CONVERSATION_ACCEPTED', 'CONVERSATION_HELD']);
  });

  it('changes nothing when the same plan is applied again: same row counts, versions and timestamps', async () => {
    const child = importedChild();
    await applyImportPlan(database.db, planFor(child), { now: '2025-01-01T00:00:00.000Z' });
    const countsBefore = await countRows(database.db);
    const before = await database.db.selectFrom('children').select(['version', 'updated_at']).where('id', '=', child.id).executeTakeFirstOrThrow();
    const again = await applyImportPlan(database.db, planFor(child), { now: '2025-02-01T00:00:00.000Z' });
    expect(again.changedChildIds).toEqual([]);
    expect(Object.values(again.counts).every((counts) => counts.inserted === 0 && counts.updated === 0)).toBe(true);
    expect(await countRows(database.db)).toEqual(countsBefore);
    expect(await database.db.selectFrom('children').select(['version', 'updated_at']).where('id', '=', child.id).executeTakeFirstOrThrow()).toEqual(before);
  });

  it('updates a child whose details changed in the case system and moves their version on by one', async () => {
    const child = importedChild();
    await applyImportPlan(database.db, planFor(child));
    const renamed = { ...child, familyName: 'Pritchard' };
    const applied = await applyImportPlan(database.db, planFor(renamed));
    expect(applied.counts.children).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const row = await database.db.selectFrom('children').select(['family_name', 'version']).where('id', '=', child.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ family_name: 'Pritchard', version: 2 });
  });

  it('writes nothing at all when one row cannot be written', async () => {
    const child = importedChild();
    const countsBefore = await countRows(database.db);
    const orphan = planFor(importedChild()).placements[0]!;
    await expect(applyImportPlan(database.db, planFor(child, { placements: [...planFor(child).placements, orphan] }))).rejects.toThrow();
    expect(await countRows(database.db)).toEqual(countsBefore);
  });

  it('tells the import which children and staff the authority already has', async () => {
    const child = importedChild('CDF-KNOWN-1');
    await applyImportPlan(database.db, planFor(child, { missingEpisodes: [] }));
    const worker = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    const context = await authorityImportContext(database.db, cardiff);
    expect(context.knownChildren.get('CDF-KNOWN-1')).toBe(child.id);
    expect(context.staff.get(worker.email)).toBe(worker.id);
    expect((await authorityImportContext(database.db, 'W06000011')).knownChildren.size).toBe(0);
  });
});
