import { describe, expect, it } from 'vitest';
import { databaseOutageOf } from './database-outage.js';
import { toProblemError } from './problem-response.js';

const withCode = (code: string, message = 'database error') => Object.assign(new Error(message), { code });

describe('a database that cannot take the request', () => {
  it.each([
    ['SQLite out of space', withCode('SQLITE_FULL', 'database or disk is full'), 'disk-full'],
    ['SQLite opened read-only', withCode('SQLITE_READONLY', 'attempt to write a readonly database'), 'read-only'],
    ['SQLite still busy after the retries', withCode('SQLITE_BUSY', 'database is locked'), 'busy'],
    ['SQLite failing to write its file', withCode('SQLITE_IOERR_WRITE', 'disk I/O error'), 'unreachable'],
    ['SQLite after rolling back by itself', withCode('SQLITE_ERROR', 'cannot rollback - no transaction is active'), 'unreachable'],
    ['PostgreSQL in read-only mode', withCode('25006', 'cannot execute INSERT in a read-only transaction'), 'read-only'],
    ['PostgreSQL terminating the session', withCode('57P01', 'terminating connection due to administrator command'), 'unreachable'],
    ['PostgreSQL starting up', withCode('57P03', 'the database system is starting up'), 'unreachable'],
    ['PostgreSQL out of space', withCode('53100', 'could not extend file'), 'disk-full'],
    ['PostgreSQL refusing the connection', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'), 'unreachable'],
    ['a pooled connection that was cut', new Error('Connection terminated unexpectedly'), 'unreachable'],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect'), 'unreachable'],
    ['a refusal wrapped as the cause', Object.assign(new Error('query failed'), { cause: withCode('ECONNREFUSED') }), 'unreachable'],
  ])('recognises %s', (_what, error, outage) => {
    expect(databaseOutageOf(error)).toBe(outage);
  });

  it.each([
    ['a unique constraint', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a SQLite constraint', withCode('SQLITE_CONSTRAINT_FOREIGNKEY', 'FOREIGN KEY constraint failed')],
    ['a programming mistake', new TypeError('cannot read properties of undefined')],
    ['something that is not an error', 'text'],
  ])('does not mistake %s for an outage', (_what, error) => {
    expect(databaseOutageOf(error)).toBeNull();
  });

  it('answers 503 with the reason and when to try again, in English and Welsh', () => {
    const problem = toProblemError(withCode('25006'));
    expect(problem.status).toBe(503);
    expect(problem.code).toBe('service-unavailable');
    expect(problem.extensions).toMatchObject({ reason: 'database-read-only', retryAfter: 10 });
    expect(problem.bilingual.en).toMatch(/not been saved/);
    expect(problem.bilingual.cy).toMatch(/nid yw wedi'i gadw/);
  });

  it('still answers a bare 500 for an error that is not the database\'s', () => {
    expect(toProblemError(new RangeError('bad')).status).toBe(500);
  });
});
