// Kysely's SQLite dialect with two changes Cynnig needs when several API processes share one
// file and every request runs a couple of dozen statements:
// - transactions begin IMMEDIATE, so a second writer waits for the lock (busy timeout) instead
//   of failing with SQLITE_BUSY_SNAPSHOT when it reads first and writes after another process
//   committed, which no busy timeout can wait for;
// - prepared statements are kept and reused, instead of being prepared again on every call.
import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type SqliteDatabase, type SqliteStatement } from 'kysely';

/** Distinct statements kept prepared; Cynnig's queries are a few hundred shapes. */
const STATEMENTS_KEPT = 2000;

/**
 * A better-sqlite3 database seen through Kysely's `SqliteDatabase` interface, preparing each
 * distinct SQL text once. The least recently used statement goes when the cache is full.
 */
export function reusingStatements(database: BetterSqlite3.Database, kept = STATEMENTS_KEPT): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    prepare(text: string): SqliteStatement {
      const cached = statements.get(text);
      if (cached) {
        // Move to the back: Map keeps insertion order, so the front is the least recently used.
        statements.delete(text);
        statements.set(text, cached);
        return cached;
      }
      const statement = database.prepare(text) as unknown as SqliteStatement;
      statements.set(text, statement);
      if (statements.size > kept) statements.delete(statements.keys().next().value as string);
      return statement;
    },
    close(): void {
      statements.clear();
      database.close();
    },
  };
}

class ImmediateTransactionDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** `new SqliteDialect(...)` with immediate transactions and reused statements. */
export class CynnigSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;

  constructor(database: BetterSqlite3.Database) {
    const reusing = reusingStatements(database);
    super({ database: reusing });
    this.#database = reusing;
  }

  override createDriver(): Driver {
    return new ImmediateTransactionDriver({ database: this.#database });
  }
}
