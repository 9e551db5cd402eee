import { randomUUID } from 'node:crypto';
import { createCase, createChild } from '@cynnig/data';
import { aChild, testEngines, type TestDatabase } from '@cynnig/data/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueViolationOf } from './database-conflict.js';
import { toProblemError } from './problem-response.js';

/** The error a real write raises, so the codes checked are the drivers' own. */
async function refusal(write: () => Promise<unknown>): Promise<unknown> {
  try {
    await write();
  } catch (error) {
    return error;
  }
  throw new Error('expected the database to refuse the write');
}

describe.each(testEngines())('a write the database refuses on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database?.close());

  const openActiveOffer = (childId: string, authorityCode: string) =>
    createCase(database.db, 'active-offer', { childId, authorityCode, state: 'offerDue', snapshot: {}, machineVersion: '1', columns: { providerId: null }, firstEvent: { type: 'OFFER_DUE' } });

  it('answers a second Active Offer case for the same child with 409 in English and Welsh', async () => {
    const { child } = await createChild(database.db, aChild());
    await openActiveOffer(child.id, child.authorityCode);
    const error = await refusal(() => openActiveOffer(child.id, child.authorityCode));
    expect(uniqueViolationOf(error)?.constraint).toMatch(/active_offer_cases/);
    const problem = toProblemError(error);
    expect(problem.status).toBe(409);
    expect(problem.code).toBe('stale-version');
    expect(problem.extensions).toEqual({ reason: 'conflict.saved-meanwhile' });
    expect(problem.bilingual.en).toMatch(/Someone else saved/);
    expect(problem.bilingual.cy).toMatch(/Cadwodd rhywun arall/);
  });

  it('answers a primary key that is already taken with 409', async () => {
    const id = randomUUID();
    await createChild(database.db, aChild(undefined, { id }));
    const error = await refusal(() => createChild(database.db, aChild(undefined, { id })));
    expect(uniqueViolationOf(error)).not.toBeNull();
    expect(toProblemError(error).status).toBe(409);
  });

  it('does not mistake a missing child (a foreign key) for a conflict: that is still a fault', async () => {
    const error = await refusal(() => openActiveOffer(randomUUID(), 'W06000015'));
    expect(uniqueViolationOf(error)).toBeNull();
    expect(toProblemError(error).status).toBe(500);
  });
});

describe('recognising a unique violation', () => {
  it('looks through the causes an error carries', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: '23505', constraint: 'x' });
    expect(uniqueViolationOf(new Error('query failed', { cause }))).toEqual({ constraint: 'x' });
  });

  it.each([
    ['a NOT NULL refusal', Object.assign(new Error('NOT NULL constraint failed: children.given_name'), { code: 'SQLITE_CONSTRAINT_NOTNULL' })],
    ['a check refusal', Object.assign(new Error('new row violates check constraint'), { code: '23514' })],
    ['an append-only table refusing a change', Object.assign(new Error('audit_log is append-only'), { code: 'SQLITE_CONSTRAINT_TRIGGER' })],
    ['something that is not an error', 'text'],
  ])('does not take %s for one', (_what, error) => {
    expect(uniqueViolationOf(error)).toBeNull();
  });
});
