// Cynnig's migrations, numbered and collected in one record so their order never depends
// on reading a folder. They run with Kysely's Migrator on SQLite and PostgreSQL alike.
import { Migrator, type Kysely, type Migration, type MigrationResult } from 'kysely';
import { CynnigError } from '@cynnig/domain';
import * as referenceAndPeople from './0001-reference-and-people.js';
import * as children from './0002-children.js';
import * as workflowCases from './0003-workflow-cases.js';
import * as queuesAndAudit from './0004-queues-and-audit.js';
import * as oneOpenMissingEpisode from './0005-one-open-missing-episode.js';
import * as userAccountVersionAndDeactivation from './0006-user-account-version-and-deactivation.js';
import * as dueItemsByChildAndAudience from './0007-due-items-by-child-and-audience.js';

export const migrations: Readonly<Record<string, Migration>> = {
  '0001-reference-and-people': referenceAndPeople,
  '0002-children': children,
  '0003-workflow-cases': workflowCases,
  '0004-queues-and-audit': queuesAndAudit,
  '0005-one-open-missing-episode': oneOpenMissingEpisode,
  '0006-user-account-version-and-deactivation': userAccountVersionAndDeactivation,
  '0007-due-items-by-child-and-audience': dueItemsByChildAndAudience,
};

function migratorFor(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) } });
}

/**
 * Brings the database up to the newest migration. Returns the names applied this time
 * (empty when it was already up to date); a failure stops with one error naming the migration.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const { error, results } = await migratorFor(db).migrateToLatest();
  if (error) {
    const failed = results?.find((result: MigrationResult) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new CynnigError({
      code: 'database.migration-failed',
      message: {
        en: `The database could not be brought up to date: migration ${failed} failed`,
        cy: `Nid oedd modd diweddaru'r gronfa ddata: methodd mudo ${failed}`,
      },
      details: { migration: failed, reason: error instanceof Error ? error.message : String(error) },
    });
  }
  return (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName);
}

/** The migrations already applied, in order. */
export async function appliedMigrations(db: Kysely<any>): Promise<string[]> {
  const all = await migratorFor(db).getMigrations();
  return all.filter((migration) => migration.executedAt !== undefined).map((migration) => migration.name);
}
