// Where the database lives, read from environment-like settings and checked once at start-up.
// SQLite in CYNNIG_DATA_DIR by default; PostgreSQL when DATABASE_URL names a postgres server.
import path from 'node:path';
import { CynnigError } from '@cynnig/domain';
import { z } from 'zod';

export const databaseSettingsSchema = z.object({
  DATABASE_URL: z.string().trim().optional(),
  CYNNIG_DATA_DIR: z.string().trim().optional(),
  /** Connections in the PostgreSQL pool; one process rarely needs more than ten. */
  CYNNIG_DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).optional(),
});

/** Environment-like input: `process.env` works as it is. */
export type DatabaseSettings = z.input<typeof databaseSettingsSchema>;

export type DatabaseEngine = 'sqlite' | 'postgres';

export type DatabaseConfig =
  | { engine: 'sqlite'; file: string; dataDir: string }
  | {
      engine: 'postgres';
      url: string;
      poolSize: number;
      /** How long a pooled session may live before it is closed and replaced (default 300 seconds). */
      connectionLifetimeSeconds?: number;
    };

/** The SQLite file's name inside the data folder. */
export const sqliteFileName = 'cynnig.sqlite';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;
const SQLITE_URL = /^(sqlite|file):/i;

/**
 * Reads the database settings. A value that cannot work stops here with one error naming
 * the setting, so a mistyped URL is never mistaken for "use the default".
 */
export function databaseConfigFrom(settings: DatabaseSettings): DatabaseConfig {
  const parsed = databaseSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    throw new CynnigError({
      code: 'config.database-pool-size.invalid',
      message: {
        en: 'CYNNIG_DATABASE_POOL_SIZE must be a whole number from 1 to 200',
        cy: 'Rhaid i CYNNIG_DATABASE_POOL_SIZE fod yn rhif cyfan o 1 i 200',
      },
      path: ['CYNNIG_DATABASE_POOL_SIZE'],
    });
  }
  const { DATABASE_URL: url, CYNNIG_DATA_DIR: dataDirSetting, CYNNIG_DATABASE_POOL_SIZE: poolSize } = parsed.data;
  if (url) {
    if (POSTGRES_URL.test(url)) {
      try {
        new URL(url);
      } catch {
        throw new CynnigError({
          code: 'config.database-url.invalid',
          message: { en: 'DATABASE_URL is not a valid address', cy: 'Nid yw DATABASE_URL yn gyfeiriad dilys' },
          path: ['DATABASE_URL'],
        });
      }
      return { engine: 'postgres', url, poolSize: poolSize ?? 10 };
    }
    if (SQLITE_URL.test(url)) {
      const file = path.resolve(url.replace(SQLITE_URL, '').replace(/^\/\/(?=\/)/, ''));
      return { engine: 'sqlite', file, dataDir: path.dirname(file) };
    }
    throw new CynnigError({
      code: 'config.database-url.scheme',
      message: {
        en: 'DATABASE_URL must start with postgres:// or postgresql:// (or leave it unset to use SQLite in CYNNIG_DATA_DIR)',
        cy: 'Rhaid i DATABASE_URL ddechrau gyda postgres:// neu postgresql:// (neu ei adael heb ei osod i ddefnyddio SQLite yn CYNNIG_DATA_DIR)',
      },
      path: ['DATABASE_URL'],
      details: { scheme: url.split(':')[0]?.slice(0, 20) ?? '' },
    });
  }
  const dataDir = path.resolve(dataDirSetting || 'var');
  return { engine: 'sqlite', file: path.join(dataDir, sqliteFileName), dataDir };
}

/** A server address safe to show in a message: no user name or password. */
export function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'the configured server';
  }
}
