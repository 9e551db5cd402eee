// createApp builds the whole HTTP application from its dependencies, so the server, the tests
// and the command line all use the same wiring; tests build one per case and call app.request().
import type { OpenDatabase } from '@cynnig/data';
import { bodyLimit } from 'hono/body-limit';
import { createRouter, type ApiRouter } from './app-router.js';
import type { Config } from './config/config.js';
import type { Logger } from './logging/logger.js';
import { csrf } from './middleware/csrf.js';
import { forwarded } from './middleware/forwarded.js';
import { language } from './middleware/language.js';
import { requestId } from './middleware/request-id.js';
import { requestLog } from './middleware/request-log.js';
import { securityHeaders } from './middleware/security-headers.js';
import { session } from './middleware/session.js';
import { ProblemError } from './problems/problem-error.js';
import { uniqueViolationOf } from './problems/database-conflict.js';
import { problemResponse, toProblemError } from './problems/problem-response.js';
import type { FormsApp } from './routes/forms-app.js';
import { registerDocsRoutes } from './routes/docs/register.js';
import { registerHealthRoutes, type ReadinessProbe } from './routes/health.js';
import { registerV1Routes } from './routes/v1/register.js';
import type { ChildRules } from './services/child-rules.js';
import { packagedRules } from './services/packaged-rules.js';

export interface AppDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly database: OpenDatabase;
  readonly readiness: ReadinessProbe;
  /** The current moment; tests move it. */
  readonly now?: () => Date;
  /** The rules that work out what is due; the packaged rule book unless a test says otherwise. */
  readonly rules?: ChildRules;
  /** The built forms app, served for non-API pages; null in tests and development. */
  readonly formsApp?: FormsApp | null;
}

export const bodyLimits = { standard: 256 * 1024, imports: 10 * 1024 * 1024 } as const;

/** Builds the application: `createApp(deps).request('/health')` answers `{ status: 'up' }`. */
export function createApp(deps: AppDeps): ApiRouter {
  const app = createRouter();
  const tooLarge = bodyLimit({ maxSize: bodyLimits.standard, onError: (c) => problemResponse(c, new ProblemError('payload-too-large')) });
  const importLimit = bodyLimit({ maxSize: bodyLimits.imports, onError: (c) => problemResponse(c, new ProblemError('payload-too-large')) });

  app.use('*', requestId());
  app.use('*', forwarded({ trustProxy: deps.config.trustProxy }));
  app.use('*', requestLog(deps.logger));
  app.use('*', securityHeaders({ strictTransport: deps.config.cookieSecure }));
  app.use('*', language());
  app.use('/api/*', (c, next) => (c.req.path.startsWith('/api/v1/imports') ? importLimit(c, next) : tooLarge(c, next)));

  const now = deps.now ?? (() => new Date());
  const cookiePolicy = { secure: deps.config.cookieSecure };
  app.use('/api/*', session(deps.database, { ...cookiePolicy, ...deps.config.session }, now));
  app.use('/api/*', csrf(cookiePolicy));

  registerHealthRoutes(app, deps.readiness);
  registerV1Routes(app, { database: deps.database, config: deps.config, logger: deps.logger, now, rules: deps.rules ?? packagedRules });
  registerDocsRoutes(app);

  app.notFound((c) => {
    c.set('unmatched', true);
    return deps.formsApp?.respond(c) ?? problemResponse(c, new ProblemError('not-found'));
  });
  app.onError((error, c) => {
    const problem = toProblemError(error);
    const violation = uniqueViolationOf(error);
    // Racing writes are expected now and then; a constraint refusing writes often points at a defect.
    if (violation) deps.logger.warn('write refused by a unique index', { requestId: c.get('requestId'), constraint: violation.constraint });
    if (problem.status >= 500) {
      // The message can quote stored values, so only the error's name and code locations are logged.
      const where = (error.stack ?? '').split('\n').slice(1, 6).map((line) => line.trim()).join(' | ');
      deps.logger.error('unhandled error', { requestId: c.get('requestId'), errorName: error.name, code: problem.code, where });
    }
    return problemResponse(c, problem);
  });
  return app;
}
