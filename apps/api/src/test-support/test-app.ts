// Builds an application for one test case on a fresh SQLite database, with a logger that
// keeps its lines; the database is removed when the test finishes.
import { sqliteTestEngine } from '@cynnig/data/test-support';
import { onTestFinished } from 'vitest';
import { createApp, type AppDeps } from '../app.js';
import { loadConfig } from '../config/config.js';
import { createMemoryLogger } from '../logging/logger.js';

export async function testApp(overrides: Partial<AppDeps> = {}) {
  const logger = createMemoryLogger();
  const database = overrides.database ?? (await sqliteTestEngine.open({ seedReference: false }));
  if (!overrides.database) onTestFinished(() => database.close());
  const deps: AppDeps = {
    config: loadConfig({ NODE_ENV: 'test' }, '/tmp/cynnig-test'),
    logger,
    database,
    readiness: async () => ({ database: true, migrationsCurrent: true }),
    ...overrides,
  };
  return { app: createApp(deps), logger, deps };
}
