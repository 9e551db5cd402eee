// Recognises a database that cannot take the request just now (unreachable, read-only, out of
// space, or busy beyond the retries) from the driver's error, so the answer is a 503 with
// Retry-After that clients and load balancers understand, instead of an unexplained 500.
// Nothing is kept between requests: once the database is back, the next request simply works.
import type { Bilingual } from '@cynnig/domain';

export type DatabaseOutage = 'unreachable' | 'read-only' | 'disk-full' | 'busy';

/** Seconds a client should wait before trying again. */
export const retryAfterSeconds: Record<DatabaseOutage, number> = { unreachable: 5, 'read-only': 10, 'disk-full': 10, busy: 1 };

const savedNothing: Bilingual = { en: 'If you were saving a change, it has not been saved.', cy: 'Os oeddech yn cadw newid, nid yw wedi\'i gadw.' };

export const outageDetail: Record<DatabaseOutage, Bilingual> = {
  unreachable: {
    en: `Cynnig cannot reach its database just now. ${savedNothing.en} Try again in a few seconds.`,
    cy: `Ni all Cynnig gyrraedd ei gronfa ddata ar hyn o bryd. ${savedNothing.cy} Rhowch gynnig arall arni ymhen ychydig eiliadau.`,
  },
  'read-only': {
    en: `Cynnig's database can be read but not changed just now, usually during maintenance. ${savedNothing.en} Try again shortly.`,
    cy: `Mae modd darllen cronfa ddata Cynnig ond nid ei newid ar hyn o bryd, fel arfer yn ystod gwaith cynnal a chadw. ${savedNothing.cy} Rhowch gynnig arall arni cyn bo hir.`,
  },
  'disk-full': {
    en: `Cynnig's database has run out of storage space. ${savedNothing.en} Tell your administrator, then try again.`,
    cy: `Mae cronfa ddata Cynnig wedi rhedeg allan o le storio. ${savedNothing.cy} Dywedwch wrth eich gweinyddwr, yna rhowch gynnig arall arni.`,
  },
  busy: {
    en: `Cynnig's database is busy just now. ${savedNothing.en} Try again in a moment.`,
    cy: `Mae cronfa ddata Cynnig yn brysur ar hyn o bryd. ${savedNothing.cy} Rhowch gynnig arall arni ymhen ennyd.`,
  },
};

/** PostgreSQL SQLSTATE codes (and classes) that mean the database, not the request, is at fault. */
const postgresStates: Record<string, DatabaseOutage> = {
  '25006': 'read-only', // read_only_sql_transaction
  '53100': 'disk-full',
  '53300': 'busy', // too_many_connections
  '57014': 'busy', // query_canceled (statement timeout)
  '40001': 'busy', // serialization failure, still failing after the retries
  '40P01': 'busy', // deadlock, still failing after the retries
  '57P01': 'unreachable', // admin_shutdown: the session was terminated
  '57P02': 'unreachable', // crash_shutdown
  '57P03': 'unreachable', // cannot_connect_now: starting up or shutting down
  '3D000': 'unreachable', // the database does not exist (yet)
};

const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** pg reports a lost or unobtainable connection in words, without a code. */
const lostConnection = /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed|is not currently accepting connections/i;

function outageOf(error: { code?: unknown; message?: unknown }): DatabaseOutage | null {
  const code = typeof error.code === 'string' ? error.code : '';
  const message = typeof error.message === 'string' ? error.message : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return 'disk-full';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return 'read-only';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') || code === 'SQLITE_PROTOCOL') return 'busy';
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') return 'unreachable';
  // SQLite rolls a transaction back by itself after a full disk or an I/O error; the rollback
  // that follows then fails and its error is the one that reaches us.
  if (code === 'SQLITE_ERROR' && /cannot rollback - no transaction is active/.test(message)) return 'unreachable';
  if (postgresStates[code]) return postgresStates[code]!;
  if (code.startsWith('08')) return 'unreachable'; // connection_exception class
  if (networkCodes.has(code)) return 'unreachable';
  if (lostConnection.test(message)) return 'unreachable';
  return null;
}

/** Which outage an error shows, looking through its causes; null for any other error. */
export function databaseOutageOf(error: unknown): DatabaseOutage | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const found = outageOf(current as { code?: unknown; message?: unknown });
    if (found) return found;
    const inner = current as { cause?: unknown; errors?: unknown[] };
    current = inner.cause ?? (Array.isArray(inner.errors) ? inner.errors[0] : undefined);
  }
  return null;
}
