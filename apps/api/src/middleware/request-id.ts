// Gives every request an id, echoed in the X-Request-Id header, the log line and any problem
// document, so a user's error report can be matched to the server's log. An id sent by a
// trusted proxy is kept only when it is a plain token.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

const acceptable = /^[A-Za-z0-9._-]{8,64}$/;

export function requestId(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const offered = c.req.header('x-request-id');
    const id = offered && acceptable.test(offered) ? offered : crypto.randomUUID();
    c.set('requestId', id);
    await next();
    c.header('X-Request-Id', id);
  };
}
