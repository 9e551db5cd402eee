// Runs the application on Node's HTTP server and stops it gracefully: on SIGTERM or SIGINT it
// stops accepting connections, lets requests in flight finish (up to a grace period), then
// closes the database and exits.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Logger } from '../logging/logger.js';

export interface RunningServer {
  readonly url: string;
  /** Stops accepting, waits for requests in flight (at most `graceSeconds`), then runs `onClosed`. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  readonly fetch: (request: Request) => Response | Promise<Response>;
  readonly host: string;
  readonly port: number;
  readonly graceSeconds: number;
  readonly logger: Logger;
  readonly onClosed?: () => Promise<void>;
}

/** Starts listening; resolves once the port is bound, rejects when it cannot be (e.g. in use). */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: options.fetch, hostname: options.host, port: options.port }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = options.host === '127.0.0.1' || options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
      let stopping: Promise<void> | null = null;
      const stop = () => {
        stopping ??= new Promise<void>((done) => {
          const force = setTimeout(() => server.closeAllConnections(), options.graceSeconds * 1000);
          force.unref();
          // Keep-alive connections with no request in flight would hold close() open; a
          // connection that finishes its request is closed at the next tick of this timer.
          const idle = setInterval(() => server.closeIdleConnections(), 50);
          server.close(() => {
            clearTimeout(force);
            clearInterval(idle);
            (options.onClosed?.() ?? Promise.resolve()).catch(() => {}).finally(done);
          });
          server.closeIdleConnections();
        });
        return stopping;
      };
      resolve({ url: `http://${shownHost}:${address.port}`, stop });
    });
  });
}

/** Stops the server on SIGTERM or SIGINT, then ends the process. */
export function stopOnSignals(running: RunningServer, logger: Logger): void {
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info('shutting down', { signal });
    running.stop().then(() => process.exit(0));
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}
