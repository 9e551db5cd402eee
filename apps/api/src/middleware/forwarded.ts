// Where a request really came from. Behind a load balancer that ends TLS, the API sees the
// balancer's address and an http:// URL; with TRUST_PROXY on, it reads the address and the
// public origin from the X-Forwarded-For, X-Forwarded-Proto and X-Forwarded-Host headers the
// balancer sets. Off (the default), those headers are ignored, since anyone can send them.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

const hostPattern = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

function socketAddress(c: Context<AppEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The last header value, trimmed: the one the nearest (trusted) proxy wrote. */
function lastListed(value: string | undefined): string | undefined {
  const last = value?.split(',').at(-1)?.trim();
  return last ? last : undefined;
}

/**
 * Sets `clientAddress` and `publicOrigin` for later middleware and routes:
 * `app.use('*', forwarded({ trustProxy: config.trustProxy }))`.
 */
export function forwarded({ trustProxy }: { trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const own = new URL(c.req.url);
    let address = socketAddress(c);
    let origin = own.origin;
    if (trustProxy) {
      address = lastListed(c.req.header('x-forwarded-for')) ?? address;
      const proto = lastListed(c.req.header('x-forwarded-proto'))?.toLowerCase();
      const host = lastListed(c.req.header('x-forwarded-host')) ?? c.req.header('host');
      const scheme = proto === 'https' || proto === 'http' ? proto : own.protocol.slice(0, -1);
      if (host && hostPattern.test(host)) origin = `${scheme}://${host.toLowerCase()}`;
      else origin = `${scheme}://${own.host}`;
    }
    c.set('clientAddress', address);
    c.set('publicOrigin', origin);
    return next();
  };
}
