// Seeded SQLite populations, kept under var/bench/ so that a run reuses the one an earlier run
// seeded. A population is keyed by its scale, its seed and the migrations it was written with;
// when the schema changes, the stale copies are removed and the population is seeded afresh.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { migrations } from '@cynnig/data';
import { benchFolder } from '../api-process/api-entry-point.js';
import { seedPopulation, type SeedReport } from '../population/seed-population.js';

/**
 * A short fingerprint of what a seeded file must match: the migrations it was built with. The
 * generator is deterministic for a scale and seed, so code changes that keep the schema reuse it.
 */
export function seedingCodeFingerprint(): string {
  return createHash('sha256').update(Object.keys(migrations).join('\n')).digest('hex').slice(0, 12);
}

export interface CachedPopulation {
  readonly file: string;
  /** Null when the population was reused from an earlier run. */
  readonly seeded: SeedReport | null;
}

/** The path of a seeded SQLite population at this scale, seeding it when no cached copy exists. */
export async function cachedSqlitePopulation(scale: number, options: { seed?: number; onProgress?: (message: string) => void } = {}): Promise<CachedPopulation> {
  const seed = options.seed ?? 2024;
  const folder = benchFolder();
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `population-scale-${scale}-seed-${seed}-${seedingCodeFingerprint()}.sqlite`);
  if (existsSync(file)) return { file, seeded: null };
  const stale = `population-scale-${scale}-seed-${seed}-`;
  for (const name of readdirSync(folder)) if (name.startsWith(stale) && !name.includes('.seeding-')) rmSync(join(folder, name), { force: true });
  const partial = `${file}.seeding-${process.pid}`;
  rmSync(partial, { force: true });
  const seeded = await seedPopulation({ databaseUrl: `sqlite:${partial}`, scale, seed, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  // Closing the last connection checkpoints the WAL into the file, so the file alone is the database.
  for (const suffix of ['-wal', '-shm']) rmSync(`${partial}${suffix}`, { force: true });
  renameSync(partial, file);
  return { file, seeded };
}

/** A private copy of a population for one suite, so a run never changes the cached one. */
export function copyPopulation(from: string, toFolder: string, name = 'cynnig.sqlite'): string {
  mkdirSync(toFolder, { recursive: true });
  const to = join(toFolder, name);
  copyFileSync(from, to);
  return to;
}
