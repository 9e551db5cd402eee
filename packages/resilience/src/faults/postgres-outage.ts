// PostgreSQL outages made on purpose against one suite's own database: read-only (the database
// default plus terminating the sessions that started before it), and refusing connections
// (ALLOW_CONNECTIONS false plus terminating sessions), each with its way back.
import type { ThrowawayDatabase } from '../postgres/throwaway-database.js';

const terminateSessions = (name: string) => `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`;

export interface PostgresOutage {
  begin(): Promise<void>;
  end(): Promise<void>;
}

/** New transactions are read-only; sessions are cut so the pools reconnect into that mode. */
export function readOnlyOutage(database: ThrowawayDatabase): PostgresOutage {
  return {
    async begin() {
      await database.admin(`alter database ${database.name} set default_transaction_read_only = on`);
      await database.admin(terminateSessions(database.name));
    },
    async end() {
      await database.admin(`alter database ${database.name} reset default_transaction_read_only`);
      // As after maintenance or a fail-over: sessions opened during the outage end too.
      await database.admin(terminateSessions(database.name));
    },
  };
}

/** The server refuses every new connection to the database and cuts the open ones. */
export function refusingOutage(database: ThrowawayDatabase): PostgresOutage {
  return {
    async begin() {
      await database.admin(`alter database ${database.name} with allow_connections false`);
      await database.admin(terminateSessions(database.name));
    },
    async end() {
      await database.admin(`alter database ${database.name} with allow_connections true`);
    },
  };
}
