// Where the deployed API lives: the repository root and apps/api/dist/main.js, found from the
// installed @cynnig/api package so the suites run the very command line an operator runs.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding pnpm-workspace.yaml above this module. */
export function repositoryRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let folder = from;
  for (;;) {
    if (existsSync(join(folder, 'pnpm-workspace.yaml'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('Cannot find the Cynnig repository root (pnpm-workspace.yaml) above ' + from);
    folder = parent;
  }
}

/** apps/api/dist/main.js; fails with a sentence saying to build the API when it is missing. */
export function apiMainScript(): string {
  const entry = createRequire(import.meta.url).resolve('@cynnig/api');
  const main = join(dirname(entry), 'main.js');
  if (!existsSync(main)) throw new Error(`The API is not built (${main} is missing): run pnpm turbo run build --filter=@cynnig/resilience^...`);
  return main;
}

/** Folder for cached populations and results (git-ignored under var/). */
export function benchFolder(): string {
  return join(repositoryRoot(), 'var', 'bench');
}
