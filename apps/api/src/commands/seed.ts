// `cynnig seed [--scale N] [--seed N] [--if-empty]`: brings the database up to date, writes the
// synthetic population with progress, runs the rules for every child, and prints a summary and
// the demo sign-ins. With --if-empty a database that already holds children is left as it is.
import type { OpenDatabase } from '@cynnig/data';
import type { ChildRules } from '../services/child-rules.js';
import { UsageError } from './arguments.js';
import { databaseHasNoChildren, seedPopulation, seedSummary } from './demo-seed.js';
import { demoAccountsTable, demoSignIns } from './demo-sign-ins.js';
import { migrateDatabase } from './migrate.js';

export interface SeedCommand {
  readonly scale: number;
  readonly seed: number;
  readonly ifEmpty: boolean;
}

/** Runs the command; returns false when --if-empty found data and nothing was written. */
export async function seedCommand(command: SeedCommand, database: OpenDatabase, rules: ChildRules, say: (text: string) => void, now = new Date()): Promise<boolean> {
  const applied = await migrateDatabase(database);
  if (applied.length > 0) say(`Database prepared (${applied.length} migrations) at ${database.location}\n`);
  let seeded = false;
  if (await databaseHasNoChildren(database)) {
    const result = await seedPopulation(database, rules, say, { scale: command.scale, seed: command.seed, now });
    say(`${seedSummary(result)}\n`);
    seeded = true;
  } else if (command.ifEmpty) {
    say('The database already holds children: nothing was written.\n');
  } else {
    throw new UsageError('The database already holds children. Seed an empty database, or add --if-empty to leave this one as it is');
  }
  const signIns = await demoSignIns(database);
  if (signIns.length > 0) say(`\nDemo sign-ins:\n${demoAccountsTable(signIns)}\n`);
  return seeded;
}
