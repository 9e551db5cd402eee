import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { childColumns, type Database } from '@cynnig/data';
import { sqliteTestEngine, aChild, type TestDatabase } from '@cynnig/data/test-support';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareExport } from './export-service.js';
import { parseReportingPeriod } from './monitoring-service.js';

const children = 3000;

/** Many looked after children at once, written in a few statements. */
async function manyChildren(db: Kysely<Database>, count: number): Promise<void> {
  for (let start = 0; start < count; start += 250) {
    const rows = Array.from({ length: Math.min(250, count - start) }, (_, index) => {
      const id = randomUUID();
      return { id, ...childColumns({ id, ...aChild('W06000015', { caseReference: `BULK-${start + index}` }) } as never), pseudonym: `CY-BULK${start + index}`, next_due_on: null, version: 1, created_at: '2025-01-01T00:00:00.000Z', updated_at: '2025-01-01T00:00:00.000Z' };
    });
    await db.insertInto('children').values(rows).execute();
    await db.insertInto('entitlements').values(rows.map((row) => ({ id: randomUUID(), child_id: row.id, basis: 'looked-after', start_on: '2024-04-01', end_on: null, end_reason: null }))).execute();
  }
}

/** A destination that takes one chunk and then holds on to it until released, like a slow client. */
function slowClient() {
  let release: (() => void) | null = null;
  let chunks = 0;
  let bytes = 0;
  const out = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, done) {
      chunks += 1;
      bytes += chunk.length;
      if (chunks === 1) release = done;
      else done();
    },
  });
  return { out, received: () => ({ chunks, bytes }), release: () => release?.() };
}

describe('an export streams', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await sqliteTestEngine.open();
    await manyChildren(database.db, children);
  });
  afterAll(async () => database?.close());

  it('writes the file as it reads the children: a client that stops reading stops the reading, so the whole file is never held in memory', async () => {
    let read = 0;
    const prepared = await prepareExport(
      database.db,
      { source: { kind: 'authority', authorityCode: 'W06000015' }, disclosure: 'exact' },
      { userId: null, role: 'command-line', scope: 'system', requestId: null },
      { kind: 'child-extract', period: parseReportingPeriod('2025-Q3'), format: 'csv', language: 'en' },
      { pseudonymSecret: 'a secret for the streaming test only', now: new Date(), batchSize: 200, onRecords: (count) => (read = count) },
    );
    expect(prepared.children).toBe(children);
    const client = slowClient();
    let finished = false;
    const writing = prepared.write(client.out).then((rows) => {
      finished = true;
      return rows;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(client.received().chunks).toBe(1);
    expect(finished).toBe(false);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(children / 2);
    client.release();
    expect(await writing).toBe(children);
    expect(read).toBe(children);
    expect(client.received().bytes).toBeGreaterThan(children * 40);
  });
});
