#!/usr/bin/env node
// The `cynnig` command line: serve, migrate, seed, sweep, import, export, backup, restore.
// Settings come from the environment and are checked before anything starts; a bad setting
// or option stops with a plain sentence and exit code 1, never a stack trace.
import { CynnigError } from '@cynnig/domain';
import { parseCommand, usage, UsageError } from './commands/arguments.js';
import { migrateDatabase } from './commands/migrate.js';
import { operationCommandNames, parseOperationCommand } from './commands/operation-arguments.js';
import { runOperation } from './commands/run-operation.js';
import { seedCommand } from './commands/seed.js';
import { serve } from './commands/serve.js';
import { ConfigError, loadConfig } from './config/config.js';
import { connectDatabase } from './database/connect.js';
import { createLogger } from './logging/logger.js';
import { systemScope } from '@cynnig/data';
import { todayOf } from './services/actor.js';
import { packagedRules } from './services/packaged-rules.js';
import { sweep } from './services/sweep-service.js';

const say = (text: string) => process.stdout.write(text);
const fail = (lines: readonly string[]): never => {
  for (const line of lines) process.stderr.write(`Cynnig cannot start: ${line}\n`);
  process.exit(1);
};

async function main(argv: readonly string[]): Promise<void> {
  if ((operationCommandNames as readonly string[]).includes(argv[0] ?? '') && !argv.includes('--help') && !argv.includes('-h')) {
    process.exitCode = await runOperation(parseOperationCommand(argv), say);
    return;
  }
  const command = parseCommand(argv);
  if (command.name === 'help') {
    say(usage);
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await connectDatabase(config);
  switch (command.name) {
    case 'serve':
      await serve(command, config, database, logger, say);
      return;
    case 'migrate': {
      const applied = await migrateDatabase(database);
      say(applied.length === 0 ? 'The database is up to date.\n' : `Applied ${applied.length} migrations: ${applied.join(', ')}\n`);
      await database.close();
      return;
    }
    case 'seed':
      await seedCommand(command, database, packagedRules, say);
      await database.close();
      return;
    case 'sweep': {
      const now = new Date();
      const date = command.date ?? todayOf({ now });
      const started = performance.now();
      const result = await sweep(database.db, packagedRules, systemScope, date, now, (done) => say(`\rRe-evaluated ${done} children`));
      say(`\nSwept ${result.childrenEvaluated} children due by ${date}: ${result.dueItems} due items, in ${Math.round(performance.now() - started)} ms\n`);
      await database.close();
      return;
    }
    default:
      await database.close();
      throw new UsageError(`The ${command.name} command is not available in this version of Cynnig`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError) fail(error.problems);
  if (error instanceof UsageError) {
    process.stderr.write(`${error.message}\n\n${usage}`);
    process.exit(1);
  }
  if (error instanceof CynnigError) fail([error.bilingual.en]);
  const code = (error as { code?: unknown }).code;
  if (code === 'EADDRINUSE') fail(['the port is already in use: choose another with PORT or --port']);
  fail([`${(error as Error).name ?? 'Error'}: ${(error as Error).message ?? String(error)}`]);
});
