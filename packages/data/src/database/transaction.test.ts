import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aChild, cardiff, testEngines, type TestDatabase } from '../test-support/index.js';
import { createChild, findChild } from '../repositories/child-repository.js';
import { transaction } from './transaction.js';

describe.each(testEngines())('transactions on $name', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(async () => database?.close());

  it('keeps nothing from a unit of work that fails part way', async () => {
    let createdId = '';
    await expect(
      transaction(database.db, async (trx) => {
        createdId = (await createChild(trx, aChild())).child.id;
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await findChild(database.db, { kind: 'authority', authorityCode: cardiff }, createdId)).toBeUndefined();
  });

  it('joins the caller\'s transaction instead of opening a second one', async () => {
    const id = await transaction(database.db, async (outer) => transaction(outer, async (inner) => {
      expect(inner).toBe(outer);
      return (await createChild(inner, aChild())).child.id;
    }));
    expect(await findChild(database.db, { kind: 'authority', authorityCode: cardiff }, id)).toBeDefined();
  });
});
