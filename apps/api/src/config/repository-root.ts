// Finds the root of the Cynnig repository (the folder holding pnpm-workspace.yaml), so that
// relative settings such as CYNNIG_DATA_DIR mean the same thing from any working directory.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root above this module, or the working directory when run from elsewhere. */
export function repositoryRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let folder = from;
  for (;;) {
    if (existsSync(join(folder, 'pnpm-workspace.yaml'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
}
