// A fresh PostgreSQL database for one suite, created on the server CYNNIG_TEST_POSTGRES_URL
// names and dropped afterwards, because other suites use the same server at the same time.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ThrowawayDatabase {
  readonly name: string;
  readonly url: string;
  /** Runs one statement as the server's administrator (outside the database under test). */
  admin(statement: string): Promise<void>;
  drop(): Promise<void>;
}

/** The server URL for tests, or undefined when PostgreSQL suites should be skipped. */
export function testPostgresUrl(): string | undefined {
  const url = process.env['CYNNIG_TEST_POSTGRES_URL'];
  return url && url.trim() !== '' ? url.trim() : undefined;
}

export async function createThrowawayDatabase(serverUrl: string, prefix = 'cynnig_resilience'): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    admin,
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
