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
import { demoAccountsTable, seedDemoIfEmpty } from './demo-seed.js';
import { migrateDatabase } from './migrate.js';
import { demoEmailDomain, listProviders, listUsers } from '@cynnig/data';
import { localAuthorities } from '@cynnig/domain';

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
    if (seeded) say(`Demo population ready: ${seeded.children} children, ${seeded.dueItems} due items, in ${(seeded.milliseconds / 1000).toFixed(1)} s\n`);
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
    const accounts = (await listUsers(database.db)).filter((user) => user.email.endsWith(`@${demoEmailDomain}`) || user.email.endsWith(`.${demoEmailDomain}`));
    const providers = new Map((await listProviders(database.db)).map((provider) => [provider.id, provider.name]));
    const authorities = new Map(localAuthorities.map((authority) => [authority.code as string, authority.name.en]));
    const where = (user: (typeof accounts)[number]) =>
      (user.authorityCode ? authorities.get(user.authorityCode) : undefined) ?? (user.providerId ? providers.get(user.providerId) : undefined) ?? 'Wales (figures only)';
    if (accounts.length > 0) {
      say('\nDemo sign-ins:\n');
      say(`${demoAccountsTable(accounts.map((user) => ({ email: user.email, role: user.role, belongsTo: where(user) })))}\n\n`);
    }
  }
  stopOnSignals(running, logger);
}
