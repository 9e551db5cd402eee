// PostgreSQL ends sessions when it restarts, fails over or an administrator terminates them. The
// pg driver reports that as an 'error' event on the client; the data layer's pool listens on idle
// clients only, so a client lost while a request held it would end the whole process. This keeps
// the process up for exactly that event: the driver has already marked the client unusable and
// failed its queries (the request is answered 503), and the pool opens a new one when needed.
import { createLogger } from '../logging/logger.js';

/** SQLSTATEs of a session the server ended: administrator command, crash, or not accepting yet. */
const endedSession = new Set(['57P01', '57P02', '57P03']);

/** A socket reset under a read or write; the API's only outgoing sockets are its database connections. */
const lostSocket = new Set(['ECONNRESET', 'EPIPE']);

/** Whether an error is a PostgreSQL client losing its session or socket (and nothing else). */
export function isLostPostgresSession(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { code, syscall, message, stack } = error as { code?: unknown; syscall?: unknown; message?: unknown; stack?: unknown };
  if (typeof code === 'string' && endedSession.has(code)) return true;
  if (typeof code === 'string' && lostSocket.has(code) && (syscall === 'read' || syscall === 'write')) return true;
  const fromDriver = typeof stack === 'string' && /[\\/]node_modules[\\/].*[\\/](pg|pg-protocol|pg-pool)[\\/]/.test(stack);
  return fromDriver && typeof message === 'string' && /Connection terminated unexpectedly/.test(message);
}

let installed = false;

/** Installs the guard once per process; any other uncaught error still ends the process as before. */
export function surviveLostPostgresSessions(): void {
  if (installed) return;
  installed = true;
  const logger = createLogger('warn', (line) => process.stderr.write(line));
  process.on('uncaughtException', (error) => {
    if (isLostPostgresSession(error)) {
      logger.warn('database session lost; the pool will reconnect', { code: String((error as { code?: unknown }).code ?? '') });
      return;
    }
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
