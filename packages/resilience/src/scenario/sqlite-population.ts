// Seeded SQLite populations, kept under var/bench/ so that a run reuses the one an earlier run
// seeded. A population is keyed by its scale and seed and by the built code that wrote it (the
// data, workflow and rules packages and the API), so a change to any of them seeds afresh.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { benchFolder } from '../api-process/api-entry-point.js';
import { seedPopulation, type SeedReport } from '../population/seed-population.js';

const require = createRequire(import.meta.url);

function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** A short fingerprint of the built code that seeds a population. */
export function seedingCodeFingerprint(): string {
  const hash = createHash('sha256');
  for (const name of ['@cynnig/data', '@cynnig/workflows', '@cynnig/rules', '@cynnig/api']) {
    for (const file of filesUnder(dirname(require.resolve(name)))) {
      const { size, mtimeMs } = statSync(file);
      hash.update(`${file}:${size}:${mtimeMs}\n`);
    }
  }
  return hash.digest('hex').slice(0, 12);
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
