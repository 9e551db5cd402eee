// A small deployment for one suite: a seeded database (a private copy of a cached SQLite
// population, or a fresh PostgreSQL database seeded with the API's commands), the workload's
// accounts and children, and one or more API processes serving that one database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiProcess, type ApiProcess } from '../api-process/api-process.js';
import { seedPopulation } from '../population/seed-population.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../postgres/throwaway-database.js';
import { cachedSqlitePopulation, copyPopulation } from './sqlite-population.js';
import { prepareWorkload, type PreparedWorkload } from './workload-setup.js';

export interface DeploymentOptions {
  /** Population scale (1 is about Wales); small for tests. */
  readonly scale: number;
  /** API processes serving the one database. */
  readonly processes: number;
  readonly authorities?: number;
  readonly socialWorkers?: number;
  readonly childrenPerKind?: number;
  /** SQLite only: the folder to hold the database (e.g. a small mounted filesystem). */
  readonly folder?: string;
  /** Settings for every API process. */
  readonly env?: Record<string, string>;
}

export interface Deployment {
  readonly engine: 'sqlite' | 'postgres';
  readonly databaseUrl: string;
  /** The SQLite file, or null on PostgreSQL. */
  readonly file: string | null;
  /** The PostgreSQL database, or null on SQLite. */
  readonly postgres: ThrowawayDatabase | null;
  readonly apis: ApiProcess[];
  readonly workload: PreparedWorkload;
  urls(): string[];
  /** Processes that ended by themselves (crashed), with their last output; empty when none did. */
  crashes(): { readonly code: number | string; readonly output: string }[];
  /** Starts (again) the API process at `index` on its old port. */
  restart(index: number): Promise<ApiProcess>;
  close(): Promise<void>;
}

async function deploy(engine: Deployment['engine'], databaseUrl: string, file: string | null, postgres: ThrowawayDatabase | null, options: DeploymentOptions, cleanUp: () => Promise<void>): Promise<Deployment> {
  const workload = await prepareWorkload(databaseUrl, {
    authorities: options.authorities ?? 2,
    socialWorkers: options.socialWorkers ?? 2,
    childrenPerKind: options.childrenPerKind ?? 6,
  });
  const env = { CYNNIG_DATABASE_POOL_SIZE: '5', ...options.env };
  const apis: ApiProcess[] = [];
  const crashed: { code: number | string; output: string }[] = [];
  try {
    for (let i = 0; i < options.processes; i += 1) apis.push(await startApiProcess({ databaseUrl, env }));
  } catch (error) {
    await Promise.all(apis.map((api) => api.kill()));
    await cleanUp();
    throw error;
  }
  return {
    engine,
    databaseUrl,
    file,
    postgres,
    apis,
    workload,
    urls: () => apis.map((api) => api.url),
    crashes: () => [...crashed, ...apis.map((api) => api.unexpectedExit()).filter((exit) => exit !== null)],
    async restart(index) {
      const old = apis[index]!;
      const crash = old.unexpectedExit();
      if (crash) crashed.push(crash);
      await old.kill();
      apis[index] = await startApiProcess({ databaseUrl, env, port: old.port });
      return apis[index]!;
    },
    async close() {
      await Promise.all(apis.map((api) => api.stop().catch(() => api.kill())));
      await cleanUp();
    },
  };
}

/** Several API processes sharing one SQLite file (WAL). */
export async function deploySqlite(options: DeploymentOptions): Promise<Deployment> {
  const { file: template } = await cachedSqlitePopulation(options.scale);
  const ownFolder = options.folder === undefined;
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'cynnig-resilience-'));
  const file = copyPopulation(template, folder);
  return deploy('sqlite', `sqlite:${file}`, file, null, options, async () => {
    if (ownFolder) rmSync(folder, { recursive: true, force: true });
  });
}

/** Several API processes sharing one fresh PostgreSQL database on the given server. */
export async function deployPostgres(serverUrl: string, options: DeploymentOptions): Promise<Deployment> {
  const postgres = await createThrowawayDatabase(serverUrl);
  try {
    await seedPopulation({ databaseUrl: postgres.url, scale: options.scale });
  } catch (error) {
    await postgres.drop();
    throw error;
  }
  return deploy('postgres', postgres.url, null, postgres, options, () => postgres.drop());
}
