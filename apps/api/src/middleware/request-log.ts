// One log line per request: time, level, request id, method, the route pattern (never the raw
// path, which holds child ids), status and duration. No names, references, emails or bodies.
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from '../logging/logger.js';
import type { AppEnv } from './app-env.js';

export function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const pattern = c.get('unmatched') ? '(unmatched)' : routePath(c, -1);
    const fields = {
      requestId: c.get('requestId'),
      method: c.req.method,
      route: pattern,
      status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) logger.error('request', fields);
    else logger.info('request', fields);
  };
}
