// Builds an application for one test case, with a logger that keeps its lines.
import { createApp, type AppDeps } from '../app.js';
import { loadConfig } from '../config/config.js';
import { createMemoryLogger } from '../logging/logger.js';

export function testApp(overrides: Partial<AppDeps> = {}) {
  const logger = createMemoryLogger();
  const deps: AppDeps = {
    config: loadConfig({ NODE_ENV: 'test' }, '/tmp/cynnig-test'),
    logger,
    readiness: async () => ({ database: true, migrationsCurrent: true }),
    ...overrides,
  };
  return { app: createApp(deps), logger, deps };
}
