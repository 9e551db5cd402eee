// Opens the database named by Cynnig's settings through the data package, and answers the
// readiness question: is it reachable, and has every migration been applied?
import { appliedMigrations, migrations, openDatabase, type OpenDatabase } from '@cynnig/data';
import { sql } from 'kysely';
import type { Config } from '../config/config.js';
import type { ReadinessProbe } from '../routes/health.js';

/** Opens the SQLite file or PostgreSQL server the settings name. */
export async function connectDatabase(config: Pick<Config, 'databaseUrl' | 'dataDirectory' | 'databasePoolSize'>): Promise<OpenDatabase> {
  if (config.databaseUrl.startsWith('sqlite:')) {
    const file = config.databaseUrl.slice('sqlite:'.length);
    const { dirname } = await import('node:path');
    return openDatabase({ engine: 'sqlite', file, dataDir: dirname(file) });
  }
  return openDatabase({ engine: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize });
}

/** Readiness over an open database: one trivial query, then the migration list. */
export function databaseReadiness(database: OpenDatabase): ReadinessProbe {
  const expected = Object.keys(migrations);
  return async () => {
    try {
      await sql`select 1`.execute(database.db);
    } catch {
      return { database: false, migrationsCurrent: false };
    }
    const applied = await appliedMigrations(database.db).catch(() => [] as string[]);
    return { database: true, migrationsCurrent: expected.every((name) => applied.includes(name)) };
  };
}
