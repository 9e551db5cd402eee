import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aChild, cardiff, swansea, testEngines, type TestDatabase } from '../test-support/index.js';
import { appendAudit, appendAuditEntries, countAuditEntriesSince, listAudit } from './audit-repository.js';
import { createChild } from './child-repository.js';

describe.each(testEngines())('the audit log on $name', (engine) => {
  let database: TestDatabase;
  let cardiffChild: string;
  beforeAll(async () => {
    database = await engine.open();
    cardiffChild = (await createChild(database.db, aChild(cardiff))).child.id;
    const base = { userId: null, role: 'social-worker', requestId: null };
    await appendAudit(database.db, { ...base, at: '2026-01-01T10:00:00.000Z', scope: `authority:${cardiff}`, action: 'child.read', childId: cardiffChild });
    await appendAudit(database.db, { ...base, at: '2026-01-02T10:00:00.000Z', scope: `authority:${swansea}`, action: 'child.search', childId: null, detail: { results: 3 } });
    await appendAudit(database.db, { ...base, at: '2026-01-03T10:00:00.000Z', scope: 'provider:00000000-0000-4000-8000-000000000001', action: 'child.read', childId: cardiffChild });
    await appendAudit(database.db, { ...base, at: '2026-01-04T10:00:00.000Z', scope: `authority:${cardiff}`, action: 'user.created', childId: null, detail: { userId: 'u1' } });
  });
  afterAll(async () => database?.close());

  it('lists an authority\'s entries (its own scope, or about its children), newest first', async () => {
    const page = await listAudit(database.db, { authorityCode: cardiff });
    expect(page.total).toBe(3);
    expect(page.items.map((entry) => entry.action)).toEqual(['user.created', 'child.read', 'child.read']);
    expect(page.items[0]?.detail).toEqual({ userId: 'u1' });
  });

  it('filters by child, action and time, a page at a time', async () => {
    expect((await listAudit(database.db, { childId: cardiffChild })).total).toBe(2);
    expect((await listAudit(database.db, { action: 'child.search' })).items[0]?.detail).toEqual({ results: 3 });
    expect((await listAudit(database.db, { from: '2026-01-02T00:00:00.000Z', to: '2026-01-03T23:59:59.999Z' })).total).toBe(2);
    const second = await listAudit(database.db, { limit: 1, offset: 1 });
    expect(second.items.map((entry) => entry.at)).toEqual(['2026-01-03T10:00:00.000Z']);
  });

  it('cannot be edited or deleted, whatever the code tries', async () => {
    await expect(database.db.updateTable('audit_log').set({ user_id: 'someone-else' }).where('child_id', '=', cardiffChild).execute()).rejects.toThrow(/append-only/);
    await expect(database.db.deleteFrom('audit_log').where('action', '=', 'child.read').execute()).rejects.toThrow(/append-only/);
    expect((await listAudit(database.db, {})).total).toBe(4);
  });

  it('appends many entries at once, each with its own child and detail', async () => {
    const children = await Promise.all([1, 2, 3].map(async () => (await createChild(database.db, aChild(swansea))).child.id));
    const base = { userId: null, role: 'iro', scope: `authority:${swansea}`, requestId: 'req-many', at: '2026-02-01T10:00:00.000Z' };
    await appendAuditEntries(database.db, children.map((childId, i) => ({ ...base, action: 'child.listed', childId, detail: { position: i } })));
    const page = await listAudit(database.db, { action: 'child.listed' });
    expect(page.items.map((entry) => [entry.childId, entry.detail]).sort()).toEqual(children.map((childId, i) => [childId, { position: i }]).sort());
    await appendAuditEntries(database.db, []);
    expect((await listAudit(database.db, { action: 'child.listed' })).total).toBe(3);
  });

  it('counts one action with one detail since a moment, as sign-in limits per address need', async () => {
    const base = { userId: null, role: null, scope: 'anonymous', requestId: null, childId: null, action: 'sign-in.failed' };
    await appendAuditEntries(database.db, [
      { ...base, at: '2026-03-01T09:00:00.000Z', detail: { source: 'aaaa' } },
      { ...base, at: '2026-03-01T09:10:00.000Z', detail: { source: 'aaaa' } },
      { ...base, at: '2026-03-01T09:20:00.000Z', detail: { source: 'bbbb' } },
      { ...base, at: '2026-03-01T09:30:00.000Z', action: 'sign-in.succeeded', detail: { source: 'aaaa' } },
    ]);
    expect(await countAuditEntriesSince(database.db, { action: 'sign-in.failed', since: '2026-03-01T09:05:00.000Z', detail: { source: 'aaaa' } })).toBe(1);
    expect(await countAuditEntriesSince(database.db, { action: 'sign-in.failed', since: '2026-03-01T08:00:00.000Z', detail: { source: 'aaaa' } })).toBe(2);
    expect(await countAuditEntriesSince(database.db, { action: 'sign-in.failed', since: '2026-03-01T08:00:00.000Z' })).toBe(3);
  });
});
