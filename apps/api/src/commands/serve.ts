// `cynnig serve [--demo] [--port N]`: opens the database, and with --demo migrates it and
// seeds the demo population on the first run only; then serves the API and the forms app
// until SIGTERM or SIGINT.
import { join } from 'node:path';
import type { OpenDatabase } from '@cynnig/data';
import { createApp } from '../app.js';
import type { Config } from '../config/config.js';
import { repositoryRoot } from '../config/repository-root.js';
import { databaseReadiness } from '../database/connect.js';
import type { Logger } from '../logging/logger.js';
import { formsApp } from '../routes/forms-app.js';
import { startServer, stopOnSignals } from '../server/http-server.js';
import { packagedRules } from '../services/packaged-rules.js';
import { seedDemoIfEmpty, seedSummary } from './demo-seed.js';
import { demoAccountsTable, demoSignIns } from './demo-sign-ins.js';
import { migrateDatabase } from './migrate.js';

export interface ServeOptions {
  readonly demo: boolean;
  readonly port: number | undefined;
}

const loopback = new Set(['127.0.0.1', 'localhost', '::1']);

export async function serve(options: ServeOptions, baseConfig: Config, database: OpenDatabase, logger: Logger, say: (text: string) => void): Promise<void> {
  // A demo on this machine's loopback address is reached over plain http://localhost.
  const config: Config = {
    ...baseConfig,
    port: options.port ?? baseConfig.port,
    cookieSecure: options.demo && loopback.has(baseConfig.host) ? false : baseConfig.cookieSecure,
  };
  if (options.demo) {
    const applied = await migrateDatabase(database);
    if (applied.length > 0) say(`Database prepared (${applied.length} migrations) at ${database.location}\n`);
    const seeded = await seedDemoIfEmpty(database, packagedRules, say);
    if (seeded) say(`${seedSummary(seeded)}\n`);
    else say('Using the data already in the database.\n');
  }
  const readiness = databaseReadiness(database);
  if (!(await readiness()).migrationsCurrent) say('The database needs migrating: run `cynnig migrate`. /ready answers 503 until then.\n');
  const web = config.environment === 'production' || options.demo ? formsApp(join(repositoryRoot(), 'apps', 'web', 'dist')) : null;
  const app = createApp({ config, logger, database, readiness, formsApp: web });
  const running = await startServer({
    fetch: app.fetch,
    host: config.host,
    port: config.port,
    graceSeconds: config.shutdownGraceSeconds,
    logger,
    onClosed: () => database.close(),
  });
  say(`\nCynnig is running at ${running.url}${web ? '' : ' (API only: the forms app has not been built)'}\n`);
  if (options.demo) {
    const signIns = await demoSignIns(database);
    if (signIns.length > 0) say(`\nDemo sign-ins:\n${demoAccountsTable(signIns)}\n\n`);
  }
  stopOnSignals(running, logger);
}
