// `cynnig migrate`: brings the database up to the newest migration and adds the reference
// data (authorities, regions) that every other table refers to. Safe to run again.
import { migrateToLatest, seedReferenceData, type OpenDatabase } from '@cynnig/data';

/** Applies what is missing; returns the names of the migrations applied this time. */
export async function migrateDatabase(database: OpenDatabase): Promise<string[]> {
  const applied = await migrateToLatest(database.db);
  await seedReferenceData(database.db);
  return applied;
}
