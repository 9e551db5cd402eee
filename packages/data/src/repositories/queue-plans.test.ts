// How SQLite runs each queue: the caseload from the person's open allocations to their
// children's items, never through every social-worker item of the authority or the country; the
// IRO and team queues along their own index in due-date order; the provider inbox with one index
// lookup per line. The plans are read with EXPLAIN QUERY PLAN from the very statements the queue
// functions send. SQLite plans without statistics (Cynnig never runs ANALYZE), so this small database
// gets the same plan as the Wales population does. PostgreSQL plans from statistics, so a small
// test database says nothing about a real one; its plan on the Wales population is in the README.
import type { DueItem } from '@cynnig/domain';
import { type CompiledQuery, type Kysely, type KyselyPlugin, type QueryId, type RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../database/schema.js';
import { aLookedAfterChild, aProvider, aUser, cardiff, sqliteTestEngine, type TestDatabase } from '../test-support/index.js';
import { addAllocation } from './allocation-repository.js';
import { iroQueue, providerInbox, replaceDueItemsForChildren, socialWorkerCaseload, teamManagerQueue } from './due-item-repository.js';
import { createCase } from './workflow-case-repository.js';

const dueFor = (childId: string, dueOn: string): DueItem => ({
  childId,
  ruleId: 'reoffer-periodic-after-decline',
  ruleVersion: 1,
  kind: 'reoffer',
  audience: ['social-worker', 'iro', 'team-manager', 'provider'],
  dueOn,
  severity: 'due',
  reason: { en: 'Offer advocacy again', cy: 'Cynigiwch eiriolaeth eto' },
  facts: {},
  caseId: null,
});

/** Runs `work` on a Kysely instance that remembers every statement it sends. */
async function statementsOf(db: Kysely<Database>, work: (db: Kysely<Database>) => Promise<unknown>): Promise<CompiledQuery[]> {
  // A queue's page and count are built from one query, so they share a query id: keep every node.
  const transformed: { node: RootOperationNode; queryId: QueryId }[] = [];
  const sent = new Set<QueryId>();
  const recorder: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      transformed.push({ node, queryId });
      return node;
    },
    transformResult: async ({ result, queryId }) => {
      sent.add(queryId);
      return result;
    },
  };
  await work(db.withPlugin(recorder));
  // Subqueries are transformed under their own ids and never sent; the rest are in the order sent.
  return transformed.filter(({ queryId }) => sent.has(queryId)).map(({ node, queryId }) => db.getExecutor().compileQuery(node, queryId));
}

describe('how SQLite runs the queues', () => {
  let database: TestDatabase;
  let workerId: string;
  let providerId: string;
  beforeAll(async () => {
    database = await sqliteTestEngine.open();
    const worker = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    const colleague = await aUser(database.db, 'social-worker', { authorityCode: cardiff });
    workerId = worker.id;
    providerId = (await aProvider(database.db, [cardiff])).id;
    const items = [];
    for (let i = 0; i < 40; i += 1) {
      const { child } = await aLookedAfterChild(database.db, cardiff);
      await addAllocation(database.db, { childId: child.id, role: 'social-worker', userId: i < 4 ? worker.id : colleague.id, start: '2025-01-01', end: null });
      if (i % 5 === 0) {
        await createCase(database.db, 'active-offer', { childId: child.id, authorityCode: cardiff, state: 'awaitingProviderContact', snapshot: {}, machineVersion: '1', columns: { providerId }, firstEvent: { type: 'REFERRED' } });
      }
      items.push({ childId: child.id, items: [dueFor(child.id, `2026-0${1 + (i % 9)}-10`), dueFor(child.id, `2026-0${1 + (i % 9)}-20`)] });
    }
    await replaceDueItemsForChildren(database.db, items);
  });
  afterAll(async () => database?.close());

  async function plansOf(run: (db: Kysely<Database>) => Promise<unknown>): Promise<string[]> {
    const statements = await statementsOf(database.db, run);
    expect(statements).toHaveLength(2);
    return Promise.all(
      statements.map(async (statement) => (await database.db.executeQuery<{ detail: string }>({ ...statement, sql: `explain query plan ${statement.sql}` })).rows.map((row) => row.detail).join('\n')),
    );
  }

  it('runs a caseload from the person\'s open allocations to the items of each child, for the page and for the count', async () => {
    for (const plan of await plansOf((db) => socialWorkerCaseload(db, { kind: 'authority', authorityCode: cardiff }, workerId))) {
      expect(plan).toMatch(/SEARCH allocations USING INDEX allocations_by_user \(user_id=\? AND end_on=\?\)/);
      expect(plan).toMatch(/SEARCH due_items USING INDEX due_items_by_child \(child_id=\?\)/);
      expect(plan).not.toMatch(/due_items_social_worker_queue|SCAN due_items/);
      // Nor every child of the authority (the children index that starts with authority_code).
      expect(plan).not.toMatch(/authority_code=\?|SCAN children/);
    }
  });

  it('runs the IRO and team queues along their own index, already in due-date order', async () => {
    const [iroPage, iroCount] = await plansOf((db) => iroQueue(db, { kind: 'authority', authorityCode: cardiff, lookedAfterOnly: true }));
    const [teamPage, teamCount] = await plansOf((db) => teamManagerQueue(db, { kind: 'authority', authorityCode: cardiff }));
    for (const plan of [iroPage, iroCount]) expect(plan).toMatch(/^SEARCH due_items USING INDEX due_items_iro_queue \(authority_code=\? AND for_iro=\?\)/);
    for (const plan of [teamPage, teamCount]) expect(plan).toMatch(/^SEARCH due_items USING INDEX due_items_team_manager_queue \(authority_code=\? AND for_team_manager=\?\)/);
    for (const plan of [iroPage, teamPage]) expect(plan).not.toMatch(/TEMP B-TREE/);
  });

  it('finds the earliest provider item of each inbox line with one index lookup, not by walking every provider item', async () => {
    const [page] = await plansOf((db) => providerInbox(db, { kind: 'provider', providerId }));
    expect(page).toMatch(/SEARCH due_items USING COVERING INDEX due_items_by_child_for_provider \(child_id=\? AND for_provider=\?\)/);
    expect(page).not.toMatch(/due_items_provider_queue/);
  });

  it('still lists exactly the allocated children\'s items, earliest first', async () => {
    const caseload = await socialWorkerCaseload(database.db, { kind: 'authority', authorityCode: cardiff }, workerId);
    expect(caseload.total).toBe(8);
    expect(caseload.items.map((item) => item.dueOn)).toEqual([...caseload.items.map((item) => item.dueOn)].sort());
  });
});
