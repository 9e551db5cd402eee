import { describe, expect, it } from 'vitest';
import { isLostPostgresSession } from './lost-connection.js';

const driverStack = 'error: x\n    at Parser.parse (/srv/node_modules/.pnpm/pg-protocol@1.16.1/node_modules/pg-protocol/dist/parser.js:38:17)';

describe('a PostgreSQL session lost under the API', () => {
  it.each([
    ['terminated by an administrator', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['ended by a server crash', Object.assign(new Error('terminating connection because of crash of another server process'), { code: '57P02' })],
    ['a socket cut by the driver', Object.assign(new Error('Connection terminated unexpectedly'), { stack: driverStack })],
    ['its socket reset by the server', Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read' })],
  ])('is recognised when %s', (_how, error) => {
    expect(isLostPostgresSession(error)).toBe(true);
  });

  it.each([
    ['a programming mistake', new TypeError('cannot read properties of undefined')],
    ['a constraint failure', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['the same words from outside the driver', new Error('Connection terminated unexpectedly')],
    ['a value that is not an error', 'text'],
    ['a refused connection, which the pool reports to the request itself', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', syscall: 'connect' })],
  ])('is not confused with %s', (_what, error) => {
    expect(isLostPostgresSession(error)).toBe(false);
  });
});
