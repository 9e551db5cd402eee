import { randomUUID } from 'node:crypto';
import type { Child } from '@cynnig/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aChild, aUser, cardiff, testEngines, type TestDatabase } from '../test-support/index.js';
import { countRows } from '../backup/backup-database.js';
import { applyImportPlan, authorityImportContext, type ImportPlanRows } from './import-plan-repository.js';
import { listMissingEpisodes } from './missing-episode-repository.js';
import { addAllocation } from './allocation-repository.js';
import { addPlacement } from './placement-repository.js';
import { addReview } from './review-repository.js';

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

  describe('facts first entered in Cynnig, then sent again in the council\'s file', () => {
    /** A child already imported, with nothing else. */
    async function storedChild(): Promise<Child> {
      const child = importedChild();
      await applyImportPlan(database.db, planFor(child, { entitlements: [], placements: [], missingEpisodes: [] }));
      return child;
    }
    const rowsOf = (table: 'placements' | 'allocations' | 'reviews' | 'missing_episodes', childId: string) => database.db.selectFrom(table).selectAll().where('child_id', '=', childId).execute();

    it('updates a placement recorded in the forms app (same child and start date) instead of adding a second', async () => {
      const child = await storedChild();
      const recorded = await addPlacement(database.db, { childId: child.id, type: 'foster-la', start: '2024-04-02', end: null, location: { kind: 'wales', authorityCode: cardiff }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: null });
      const fromFile = planFor(child, { entitlements: [], missingEpisodes: [] });
      const applied = await applyImportPlan(database.db, fromFile);
      expect(applied.counts.placements).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
      const rows = await rowsOf('placements', child.id);
      // One placement, keeping the id Cynnig gave it, with the distance the file adds.
      expect(rows.map((row) => [row.id, Number(row.distance_from_home_km)])).toEqual([[recorded.id, 4.5]]);
      expect((await applyImportPlan(database.db, fromFile)).counts.placements).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
      expect(await rowsOf('placements', child.id)).toHaveLength(1);
    });

    it('matches an allocation on child, role and start date, and a review on child and date held, keeping the note written in Cynnig', async () => {
      const child = await storedChild();
      const worker = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
      const iro = await aUser(database.db, 'iro', { authorityCode: cardiff });
      const allocation = await addAllocation(database.db, { childId: child.id, role: 'social-worker', userId: worker.id, start: '2024-04-02', end: null });
      const review = await addReview(database.db, { childId: child.id, kind: 'first', heldOn: '2024-04-29', iroUserId: iro.id, advocacyFinding: 'does-not-know', spokeToChildPrivately: true, note: 'Told Ffion about advocacy again after the meeting.' });
      const row = <T>(value: T) => ({ key: `${cardiff}/x/${child.caseReference}`, caseReference: child.caseReference, line: 2, value });
      const fromFile = planFor(child, {
        entitlements: [],
        placements: [],
        missingEpisodes: [],
        allocations: [row({ id: randomUUID(), childId: child.id, role: 'social-worker' as const, userId: worker.id, start: '2024-04-02', end: '2024-09-30' })],
        reviews: [row({ id: randomUUID(), childId: child.id, kind: 'first' as const, heldOn: '2024-04-29', iroUserId: iro.id, advocacyFinding: 'knows-and-declined' as const, spokeToChildPrivately: true, note: null })],
      });
      const applied = await applyImportPlan(database.db, fromFile);
      expect([applied.counts.allocations, applied.counts.reviews]).toEqual([{ inserted: 0, updated: 1, unchanged: 0 }, { inserted: 0, updated: 1, unchanged: 0 }]);
      expect((await rowsOf('allocations', child.id)).map((stored) => [stored.id, stored.end_on])).toEqual([[allocation.id, '2024-09-30']]);
      expect((await rowsOf('reviews', child.id)).map((stored) => [stored.id, stored.advocacy_finding, stored.note])).toEqual([[review.id, 'knows-and-declined', 'Told Ffion about advocacy again after the meeting.']]);
      const again = await applyImportPlan(database.db, fromFile);
      expect([again.counts.allocations, again.counts.reviews]).toEqual([{ inserted: 0, updated: 0, unchanged: 1 }, { inserted: 0, updated: 0, unchanged: 1 }]);
    });

    it('keeps a missing episode Cynnig holds for the same child and start as it was recorded', async () => {
      const child = importedChild();
      const first = planFor(child);
      const recordedId = randomUUID();
      await applyImportPlan(database.db, { ...first, missingEpisodes: first.missingEpisodes.map((row) => ({ ...row, value: { ...row.value, id: recordedId } })) });
      const applied = await applyImportPlan(database.db, planFor(child));
      expect(applied.counts.missingEpisodes).toEqual({ inserted: 0, updated: 0, unchanged: 1 });
      expect((await rowsOf('missing_episodes', child.id)).map((episode) => episode.id)).toEqual([recordedId]);
    });

    it('stops, naming the line, when Cynnig holds two placements the row could be, and writes nothing', async () => {
      const child = await storedChild();
      for (const type of ['foster-la', 'kinship'] as const) await addPlacement(database.db, { childId: child.id, type, start: '2024-04-02', end: null, location: { kind: 'wales', authorityCode: cardiff }, homeHasVisitingAdvocacy: null, distanceFromHomeKm: null });
      const countsBefore = await countRows(database.db);
      const refused = applyImportPlan(database.db, planFor(child, { entitlements: [], missingEpisodes: [] }));
      await expect(refused).rejects.toMatchObject({ code: 'import.matches-two-rows', bilingual: { en: expect.stringMatching(/^Line 2: Cynnig holds 2 of this child's placement records with the same start date/), cy: expect.stringMatching(/^Llinell 2: /) } });
      expect(await countRows(database.db)).toEqual(countsBefore);
    });
  });
});
